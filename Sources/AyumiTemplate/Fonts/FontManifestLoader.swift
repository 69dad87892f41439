import AyumiModel
import Yams

/// Reads `fonts/manifest.yaml` into a `FontManifest`.
public enum FontManifestLoader {
    static let faceKeys = ["name", "package", "package_version", "file", "face_index", "version", "sha256",
                           "license", "license_file"]

    public static func load(_ path: String, diagnostics: inout Diagnostics) -> FontManifest? {
        guard let file = YAMLFile.load(path, what: "the font manifest", diagnostics: &diagnostics),
              let root = file.root
        else { return nil }
        let reader = NodeReader(file: file)
        var found = Diagnostics()
        var families: [FontFamily] = []
        let top = reader.mapping(root, "the font manifest", allowed: ["families"], diagnostics: &found) ?? []
        for (_, _, familiesNode) in top {
            for (familyName, _, weightsNode) in reader.mapping(familiesNode, "`families`", diagnostics: &found) ?? [] {
                var weights: [(weight: FontWeight, faces: [FontFaceEntry])] = []
                let allowed = FontWeight.allCases.map(\.rawValue)
                for (weightName, _, facesNode) in reader.mapping(weightsNode, "the family `\(familyName)`",
                                                                 allowed: allowed, diagnostics: &found) ?? [] {
                    let faces = (reader.sequence(facesNode, "the faces of `\(familyName)`", diagnostics: &found) ?? [])
                        .compactMap { face(from: $0, reader: reader, diagnostics: &found) }
                    weights.append((FontWeight(rawValue: weightName)!, faces))
                }
                families.append(FontFamily(name: familyName, weights: weights))
            }
        }
        diagnostics.append(contentsOf: found)
        return found.hasErrors ? nil : FontManifest(path: path, families: families)
    }

    private static func face(from node: Node, reader: NodeReader, diagnostics: inout Diagnostics) -> FontFaceEntry? {
        guard let pairs = reader.mapping(node, "a font face", allowed: faceKeys, diagnostics: &diagnostics) else {
            return nil
        }
        var fields: [String: String] = [:]
        for (key, _, value) in pairs {
            fields[key] = reader.string(value, "`\(key)`", diagnostics: &diagnostics)
        }
        let required = ["name", "package", "file", "version", "sha256", "license"]
        let missing = required.filter { fields[$0] == nil }
        guard missing.isEmpty else {
            diagnostics.append(.error(at: reader.location(node), "a font face lacks " +
                                      missing.map { "`\($0)`" }.joined(separator: ", ")))
            return nil
        }
        guard let index = Int(fields["face_index"] ?? "0"), index >= 0 else {
            diagnostics.append(.error(at: reader.location(node), "`face_index` must be a whole number from 0"))
            return nil
        }
        return FontFaceEntry(name: fields["name"]!, package: fields["package"]!, file: fields["file"]!,
                             faceIndex: index, version: fields["version"]!, sha256: fields["sha256"]!.lowercased(),
                             license: fields["license"]!, location: reader.location(node))
    }
}
