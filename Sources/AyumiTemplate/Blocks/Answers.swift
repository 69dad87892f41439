import AyumiModel
import Yams

/// A resident's own answers for the filled rendition: `field_name: value` lines.
///
/// Keys are checked against the fields the template actually has once the body is read, so a
/// misspelt key gets a "did you mean" pointing at the real field name. Messages about answers
/// name the field and the place, never the resident's words.
struct Answers {
    private var values: [String: Value] = [:]
    private var keyLocations: [String: SourceLocation] = [:]
    /// Field names the template asked for, in order.
    private(set) var fieldNames: [String] = []
    /// Where each field is declared, to find two fields with one name.
    private var fieldPlaces: [String: SourceLocation] = [:]

    static var none: Answers { Answers() }

    init() {}

    init(path: String, diagnostics: inout Diagnostics) {
        guard let file = YAMLFile.load(path, what: "the resident's answers", diagnostics: &diagnostics),
              let root = file.root else { return }
        if case .scalar(let scalar) = root, scalar.string.isEmpty { return }
        let reader = NodeReader(file: file)
        for (key, keyNode, value) in reader.mapping(root, "the resident's answers", diagnostics: &diagnostics) ?? [] {
            values[key] = Value(node: value, reader: reader)
            keyLocations[key] = reader.location(keyNode)
        }
    }

    /// The answer for `name`, noting that the template has such a field, declared at `location`.
    ///
    /// Every field needs its own name: it is the field's name in a fillable PDF (where two fields
    /// of one name share one value) and its key in the resident's answers. A second field with
    /// a name already used is an error at the second, pointing at the first.
    mutating func answer(for name: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> Value? {
        if let first = fieldPlaces[name] {
            diagnostics.append(.error(at: location, "the field name `\(name)` is already used by another field",
                                      hints: ["the first is at \(first.file):\(first.line):\(first.column)",
                                              "give every field its own name, such as `\(name)_2`"]))
            return nil
        }
        fieldPlaces[name] = location
        fieldNames.append(name)
        return values[name]
    }

    /// Errors for answers that match no field of the template.
    func unknownKeys() -> [Diagnostic] {
        keyLocations.filter { !fieldNames.contains($0.key) }.sorted { $0.value.line < $1.value.line }.map { key, location in
            var hints: [String] = []
            if let guess = Suggestion.closest(to: key, among: fieldNames) { hints.append("did you mean `\(guess)`?") }
            hints.append("the template's fields are listed by `ayumi check`; remove or rename this line")
            return .error(at: location, "the template has no field named `\(key)`", hints: hints)
        }
    }
}
