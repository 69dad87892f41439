import AyumiModel
import Yams

/// Template values with the data filled in: the one place placeholders are resolved.
///
/// A placeholder names a path: `{{ title }}` a data field, `{{ edition.publisher }}` a key inside
/// one, `{{ contact.phone }}` a key of the item a `repeat` is at. Template nodes come from
/// `reader` — template.yaml, or a file it includes.
struct Binding {
    let template: Template
    let data: BoundData
    /// The file the template nodes being read come from.
    var reader: NodeReader
    /// Names a `repeat` gives to the item it is at, innermost last.
    var scope: [(name: String, value: Value)] = []
    /// Whether `{{ … }}` in the text being read is a placeholder: yes in template files, no in
    /// data (a resident's text is never read as template code).
    var interpolates = true

    init(template: Template, data: BoundData) {
        self.template = template
        self.data = data
        self.reader = template.reader
    }

    /// The same binding with `name` standing for `value` (inside a `repeat`).
    func with(_ name: String, as value: Value) -> Binding {
        var copy = self
        copy.scope.append((name, value))
        return copy
    }

    /// The same binding reading nodes of another file: an included template file, or data.
    func reading(_ reader: NodeReader, interpolating: Bool) -> Binding {
        var copy = self
        copy.reader = reader
        copy.interpolates = interpolating
        return copy
    }

    /// The value a template node stands for: the node itself, or, for a node that is just a
    /// placeholder, the data's value (or the field's default). `nil` when an optional field
    /// was left out and has no default, or when the placeholder names nothing.
    func value(_ node: Node, diagnostics: inout Diagnostics) -> Value? {
        let own = Value(node: node, reader: reader)
        guard interpolates, case .scalar(let scalar) = node else { return own }
        let placeholders = Placeholder.all(in: scalar.string)
        guard placeholders.count == 1, let only = placeholders.first,
              only.range == 0..<scalar.string.unicodeScalars.count,
              let text = reader.text(node, "a placeholder", diagnostics: &diagnostics),
              let expression = expression(only, in: text, diagnostics: &diagnostics)
        else { return own }
        let found = fieldValue(expression.dottedPath, at: expression.location, diagnostics: &diagnostics)
        guard !expression.pipeline.steps.isEmpty else { return found }
        // A filtered value is new text, located where its data was (or at the placeholder).
        guard let filtered = applyFilters(expression, to: found, diagnostics: &diagnostics) else { return nil }
        return Value(node: Node.text(filtered), reader: found?.reader ?? reader, madeAt: found?.location ?? expression.location)
    }

    /// The placeholder's expression (`path | filter(…) | filter`), parsed from the text inside
    /// its braces so every part keeps its location.
    private func expression(_ placeholder: Placeholder, in text: SourceText,
                            diagnostics: inout Diagnostics) -> PlaceholderExpression? {
        let inner = text.slice(scalarOffset: placeholder.range.lowerBound + 2, count: placeholder.range.count - 4)
        return PlaceholderExpression.parse(inner, diagnostics: &diagnostics)
    }

    private func applyFilters(_ expression: PlaceholderExpression, to value: Value?,
                              diagnostics: inout Diagnostics) -> String? {
        let input = value.flatMap(\.filterValue)
        return expression.pipeline.apply(to: input, diagnostics: &diagnostics)
    }

    /// The value at a path (`name`, `name.key`, `item.key.key`).
    func fieldValue(_ path: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> Value? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let head = parts[0]
        var current: Value
        if let bound = scope.last(where: { $0.name == head }) {
            current = bound.value
        } else if let field = template.fields.first(where: { $0.name == head }) {
            if let given = data[head] {
                current = given
            } else if let fallback = field.defaultValue {
                current = Value(node: fallback, reader: template.reader)
            } else {
                return nil
            }
        } else {
            let names = scope.map(\.name) + template.fields.map(\.name)
            var hints = ["declare it under `data:` at the top of template.yaml"]
            if let guess = Suggestion.closest(to: head, among: names) {
                hints.insert("did you mean `{{ \(([guess] + parts.dropFirst()).joined(separator: ".")) }}`?", at: 0)
            }
            diagnostics.append(.error(at: location, "the placeholder `{{ \(path) }}` names no data field", hints: hints))
            return nil
        }
        for key in parts.dropFirst() {
            guard case .mapping = current.node else {
                diagnostics.append(.error(at: location, "`\(head)` has no `\(key)`: it is not a mapping of `key: value` lines"))
                return nil
            }
            guard let next = current.member(key) else { return nil }
            current = next
        }
        return current
    }

    /// Text with every placeholder replaced by its value's text, each character keeping the
    /// location it came from (the template, or the data file).
    func text(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> SourceText? {
        guard let value = value(node, diagnostics: &diagnostics) else { return nil }
        guard let text = value.text(what, diagnostics: &diagnostics) else { return nil }
        let placeholders = Placeholder.all(in: text.text)
        guard !placeholders.isEmpty, interpolates, value.file == reader.file.path, value.csv == nil else { return text }
        var result = SourceText("", sourceMap: SourceMap(file: text.sourceMap.file, segments: []))
        var done = 0
        for placeholder in placeholders {
            result = result.appending(text.slice(scalarOffset: done, count: placeholder.range.lowerBound - done))
            done = placeholder.range.upperBound
            guard let expression = expression(placeholder, in: text, diagnostics: &diagnostics) else { continue }
            let filled = fieldValue(expression.dottedPath, at: expression.location, diagnostics: &diagnostics)
            if expression.pipeline.steps.isEmpty {
                if let filled, let filledText = filled.text("`\(expression.dottedPath)`", diagnostics: &diagnostics) {
                    result = result.appending(filledText)
                }
            } else if let filtered = applyFilters(expression, to: filled, diagnostics: &diagnostics) {
                result = result.appending(SourceText(filtered, sourceMap: SourceMap(startingAt: filled?.location ?? expression.location)))
            }
        }
        let total = text.text.unicodeScalars.count
        return result.appending(text.slice(scalarOffset: done, count: total - done))
    }

    /// The text of a value found in a list or a row: a value written in the file being read
    /// (a template's own rows) may hold placeholders; a value from data never does.
    func text(of value: Value, _ what: String, diagnostics: inout Diagnostics) -> SourceText? {
        if interpolates, value.csv == nil, value.file == reader.file.path {
            return text(value.node, what, diagnostics: &diagnostics)
        }
        return value.text(what, diagnostics: &diagnostics)
    }

    /// A value's text (as `text(of:)`) with its inline markup parsed.
    func inlines(of value: Value, _ what: String, diagnostics: inout Diagnostics) -> [Inline]? {
        guard let text = text(of: value, what, diagnostics: &diagnostics) else { return nil }
        return InlineMarkupParser.parse(text, diagnostics: &diagnostics)
    }

    /// A single word or number, with its location.
    func string(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> (String, SourceLocation)? {
        guard let value = value(node, diagnostics: &diagnostics),
              let string = value.string(what, diagnostics: &diagnostics)
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
