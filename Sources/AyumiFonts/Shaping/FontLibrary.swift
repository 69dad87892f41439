import AyumiCompose
import AyumiModel
import Foundation

/// The fonts of one manifest, opened: the fallback chain of every family and weight in use.
///
/// Opening a face checks its file exists (else an error naming the Debian package to install),
/// that FreeType can read it (once for each version of the file: `FaceNameCache`), and that its
/// SHA-256 matches the manifest (else a warning: the font was updated and lines may break
/// differently).
public final class FontLibrary: Sendable {
    public let manifest: FontManifest
    private let chains: [String: [LoadedFace]]

    /// Opens the chains for `families` (every family and weight of the manifest when `nil`).
    public init(manifest: FontManifest, families: Set<FontRequestKey>? = nil, diagnostics: inout Diagnostics) {
        self.manifest = manifest
        var cache = ChecksumCache()
        var names = FaceNameCache()
        var opened: [String: LoadedFace] = [:]
        var chains: [String: [LoadedFace]] = [:]
        let wanted = families ?? Set(manifest.families.flatMap { family in
            family.weights.map { FontRequestKey(family: family.name, weight: $0.weight) }
        })
        for key in wanted.sorted(by: { ($0.family, $0.weight.rawValue) < ($1.family, $1.weight.rawValue) }) {
            let entries = manifest.faces(family: key.family, weight: key.weight)
            if entries.isEmpty {
                diagnostics.append(.error(at: nil, "the font manifest has no \(key.weight.rawValue) face for `\(key.family)`",
                                          hints: ["add one under `families: \(key.family): \(key.weight.rawValue):` in \(manifest.path)"]))
            }
            var chain: [LoadedFace] = []
            for entry in entries {
                let id = "\(entry.file)#\(entry.faceIndex)"
                if let face = opened[id] ?? Self.open(entry, cache: &cache, names: &names, diagnostics: &diagnostics) {
                    opened[id] = face
                    chain.append(face)
                }
            }
            chains[key.id] = chain
        }
        cache.save()
        names.save()
        self.chains = chains
    }

    /// The faces of a family and weight, the family's own first.
    func chain(family: String, weight: FontWeight) -> [LoadedFace] {
        chains[FontRequestKey(family: family, weight: weight).id] ?? []
    }

    private static func open(_ entry: FontFaceEntry, cache: inout ChecksumCache, names: inout FaceNameCache,
                             diagnostics: inout Diagnostics) -> LoadedFace? {
        guard FileManager.default.fileExists(atPath: entry.file) else {
            diagnostics.append(.error(at: entry.location, "the font file of \(entry.name) is missing: \(entry.file)",
                                      hints: ["install it: apt-get install \(entry.package)"]))
            return nil
        }
        let postScriptName: String
        let harfBuzz: HarfBuzzFont
        do {
            // FreeType reads the face once per version of the file (`FaceNameCache`).
            if let known = names.name(of: entry.file, face: entry.faceIndex) {
                postScriptName = known
            } else {
                postScriptName = try FreeTypeFace(file: entry.file, index: entry.faceIndex).postScriptName
                names.remember(postScriptName, of: entry.file, face: entry.faceIndex)
            }
            harfBuzz = try HarfBuzzFont(file: entry.file, index: entry.faceIndex)
        } catch {
            diagnostics.append(.error(at: entry.location, "\(entry.file) cannot be read as a font (face \(entry.faceIndex))",
                                      hints: ["reinstall it: apt-get install --reinstall \(entry.package)"]))
            return nil
        }
        if let actual = cache.sha256(of: entry.file), actual != entry.sha256 {
            diagnostics.append(.warning(at: entry.location, "\(entry.file) is not the file the manifest names (its SHA-256 differs)",
                                        hints: ["a font update can move line breaks; check the output, then set " +
                                                "`sha256: \(actual)` and the new `version` in the manifest"]))
        }
        return LoadedFace(entry: entry, postScriptName: postScriptName, harfBuzz: harfBuzz)
    }
}

/// A family and weight, as a key for fallback chains.
public struct FontRequestKey: Hashable, Sendable {
    public var family: String
    public var weight: FontWeight

    public init(family: String, weight: FontWeight) {
        self.family = family
        self.weight = weight
    }

    var id: String { "\(family)/\(weight.rawValue)" }
}
