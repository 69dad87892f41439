import AyumiModel
import Yams

/// The data files given for one build, checked against the template's `data:` declarations.
struct BoundData {
    private(set) var values: [String: Value] = [:]
    /// Keys the data gave, valid or not (an invalid value is reported once, not also as missing).
    private var given: Set<String> = []

    /// Reads `paths` in order (a later file's key replaces an earlier one's) and checks every key
    /// and value against `fields`. A CSV file a value names is relative to `folder(path)` (the
    /// data file's folder) and must lie inside `readable(path)`.
    init(paths: [String], fields: [DataField], readable: (String) -> ReadableFiles, folder: (String) -> String,
         diagnostics: inout Diagnostics) {
        let names = fields.map(\.name)
        var firstFile: String?
        var unreadable = false
        for path in paths {
            guard let file = YAMLFile.load(path, what: "the data file", diagnostics: &diagnostics) else {
                unreadable = true
                continue
            }
            firstFile = firstFile ?? path
            let reader = NodeReader(file: file)
            guard let root = file.root, !(root.scalar.map { $0.string.isEmpty } ?? false) else {
                diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1), "the data file is empty",
                                          hints: ["write the values as `key: value` lines, such as `title: …`"]))
                unreadable = true
                continue
            }
            guard let pairs = reader.mapping(root, "the data", diagnostics: &diagnostics) else {
                unreadable = true
                continue
            }
            for (key, keyNode, value) in pairs {
                guard let field = fields.first(where: { $0.name == key }) else {
                    diagnostics.append(reader.unknownKey(key, at: reader.location(keyNode),
                                                         in: "the data for this template", allowed: names))
                    continue
                }
                given.insert(key)
                var found = Diagnostics()
                if field.kind == .list, let csvName = Self.csvName(value) {
                    let table = Self.csvList(csvName, in: folder(path), readable: readable(path), for: field,
                                             namedAt: reader.location(value), diagnostics: &found)
                    diagnostics.append(contentsOf: found)
                    if let table, !found.hasErrors { values[key] = Value(table: table) }
                    continue
                }
                field.validate(value, reader: reader, diagnostics: &found)
                diagnostics.append(contentsOf: found)
                if !found.hasErrors { values[key] = Value(node: value, reader: reader) }
            }
        }
        // A file that could not be read may well hold the missing keys: say nothing more.
        guard !unreadable else { return }
        for field in fields where field.required && !given.contains(field.name) {
            let place = firstFile.map { SourceLocation(file: $0, line: 1, column: 1) }
            let label = field.label.map { "（\($0)）" } ?? ""
            diagnostics.append(.error(at: place, "the data has no `\(field.name)`\(label), which this template needs",
                                      hints: ["add a line `\(field.name): …` to the data file"]))
        }
    }

    subscript(name: String) -> Value? { values[name] }
}
