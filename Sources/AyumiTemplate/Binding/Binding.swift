import AyumiModel
import Yams

/// Template values with the data filled in: the one place placeholders are resolved.
struct Binding {
    let template: Template
    let data: BoundData

    /// The value a template node stands for: the node itself, or, for a node that is just a
    /// placeholder, the data's value (or the field's default). `nil` when an optional field
    /// was left out and has no default, or when the placeholder names nothing.
    func value(_ node: Node, diagnostics: inout Diagnostics) -> Value? {
        let own = Value(node: node, reader: template.reader)
        guard case .scalar(let scalar) = node else { return own }
        let placeholders = Placeholder.all(in: scalar.string)
        guard placeholders.count == 1, let only = placeholders.first,
              only.range == 0..<scalar.string.unicodeScalars.count
        else { return own }
        return fieldValue(only.name, at: own.location, diagnostics: &diagnostics)
    }

    private func fieldValue(_ name: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> Value? {
        guard let field = template.fields.first(where: { $0.name == name }) else {
            var hints = ["declare it under `data:` at the top of template.yaml"]
            if let guess = Suggestion.closest(to: name, among: template.fields.map(\.name)) {
                hints.insert("did you mean `{{ \(guess) }}`?", at: 0)
            }
            diagnostics.append(.error(at: location, "the placeholder `{{ \(name) }}` names no data field", hints: hints))
            return nil
        }
        if let given = data[name] { return given }
        return field.defaultValue.map { Value(node: $0, reader: template.reader) }
    }

    /// Text with every placeholder replaced by its value's text, each character keeping the
    /// location it came from (the template, or the data file).
    func text(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> SourceText? {
        guard let value = value(node, diagnostics: &diagnostics) else { return nil }
        guard let text = value.reader.text(value.node, what, diagnostics: &diagnostics) else { return nil }
        let placeholders = Placeholder.all(in: text.text)
        guard !placeholders.isEmpty, value.reader.file.path == template.file.path else { return text }
        var result = SourceText("", sourceMap: SourceMap(file: text.sourceMap.file, segments: []))
        var done = 0
        for placeholder in placeholders {
            result = result.appending(text.slice(scalarOffset: done, count: placeholder.range.lowerBound - done))
            if let filled = fieldValue(placeholder.name, at: text.location(ofScalarAt: placeholder.range.lowerBound)
                                       ?? value.location, diagnostics: &diagnostics),
               let filledText = filled.reader.text(filled.node, "`\(placeholder.name)`", diagnostics: &diagnostics) {
                result = result.appending(filledText)
            }
            done = placeholder.range.upperBound
        }
        let total = text.text.unicodeScalars.count
        return result.appending(text.slice(scalarOffset: done, count: total - done))
    }

    /// A single word or number, with its location.
    func string(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> (String, SourceLocation)? {
        guard let value = value(node, diagnostics: &diagnostics),
              let string = value.reader.string(value.node, what, diagnostics: &diagnostics)
        else { return nil }
        return (string, value.location)
    }

    /// A length; font-relative units are kept for the caller to resolve.
    func length(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> LengthSpec? {
        guard let (text, location) = string(node, what, diagnostics: &diagnostics) else { return nil }
        guard let length = LengthSpec(parsing: text) else {
            diagnostics.append(.error(at: location, "\(what) must be a length such as `12pt`, `5mm` or `1.5zw`, not `\(text)`",
                                      hints: ["units: " + LengthSpec.unitNames.joined(separator: ", ")]))
            return nil
        }
        return length
    }

    /// One of a fixed set of words (a Swift enum with string raw values).
    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, as type: T.Type,
                                                    diagnostics: inout Diagnostics) -> T? where T.RawValue == String {
        guard let (text, location) = string(node, what, diagnostics: &diagnostics) else { return nil }
        guard let value = T(rawValue: text) else {
            diagnostics.append(DataField.unknownWord(text, for: what, at: location, allowed: T.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }
}
