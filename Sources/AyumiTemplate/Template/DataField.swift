import AyumiModel
import Yams

/// A value a template asks its data for, as declared under `data:` in template.yaml.
///
/// ```yaml
/// data:
///   title: {type: text, required: true, label: 題名}
///   page_size: {type: choice, options: [A4, A5, B5], default: A4}
///   font_size: {type: length, default: 12pt, min: 9pt, max: 32pt}
/// ```
struct DataField {
    enum Kind: String, CaseIterable {
        /// One line or more of text. Inline markup (ruby, bold …) applies to it as to all text.
        case text
        /// Prose: paragraphs and headings, with inline markup.
        case markup
        /// One of a fixed list of words.
        case choice
        /// A length such as `12pt` or `5mm`.
        case length
        /// A date written `2026-04-01` (templates show it as 和暦 with a filter).
        case date
        /// `true` or `false` (`yes`/`no`), for `when:` conditions.
        case boolean
        /// A whole or decimal number.
        case number
        /// A list: of plain values, or of `key: value` items declared under `fields:`.
        case list
        /// A group of `key: value` lines declared under `fields:` (an edition's details).
        case group
    }

    var name: String
    var kind: Kind
    var required: Bool
    var label: String?
    var options: [String]
    var minimum: Length?
    var maximum: Length?
    /// The default's node in the template file, used when the data leaves the key out.
    var defaultValue: Node?
    var location: SourceLocation
    /// For lists of items and groups: the keys each item (or the group) may have.
    var fields: [DataField] = []

    static let keys = ["type", "required", "label", "options", "default", "min", "max", "fields"]
}

extension DataField {
    /// Reads one declaration; `nil` (with diagnostics) when it cannot be used.
    static func read(name: String, node: Node, reader: NodeReader, diagnostics: inout Diagnostics) -> DataField? {
        let what = "the data field `\(name)`"
        guard let pairs = reader.mapping(node, what, allowed: keys, diagnostics: &diagnostics) else { return nil }
        var field = DataField(name: name, kind: .text, required: false, label: nil, options: [],
                              defaultValue: nil, location: reader.location(node))
        var sawType = false
        for (key, _, value) in pairs {
            switch key {
            case "type":
                guard let word = reader.string(value, "`type`", diagnostics: &diagnostics) else { continue }
                guard let kind = Kind(rawValue: word) else {
                    diagnostics.append(unknownWord(word, for: "`type`", at: reader.location(value),
                                                   allowed: Kind.allCases.map(\.rawValue)))
                    continue
                }
                field.kind = kind
                sawType = true
            case "required":
                field.required = reader.bool(value, "`required`", diagnostics: &diagnostics) ?? false
            case "label":
                field.label = reader.string(value, "`label`", diagnostics: &diagnostics)
            case "options":
                let items = reader.sequence(value, "`options`", diagnostics: &diagnostics) ?? []
                field.options = items.compactMap { reader.string($0, "an option", diagnostics: &diagnostics) }
            case "fields":
                for (subName, _, declaration) in reader.mapping(value, "`fields`", diagnostics: &diagnostics) ?? [] {
                    if let sub = DataField.read(name: subName, node: declaration, reader: reader, diagnostics: &diagnostics) {
                        field.fields.append(sub)
                    }
                }
            case "min", "max":
                guard let text = reader.string(value, "`\(key)`", diagnostics: &diagnostics) else { continue }
                guard case .absolute(let length)? = LengthSpec(parsing: text) else {
                    diagnostics.append(.error(at: reader.location(value), "`\(key)` must be a length like `9pt`"))
                    continue
                }
                if key == "min" { field.minimum = length } else { field.maximum = length }
            default:
                field.defaultValue = value
            }
        }
        if !sawType {
            diagnostics.append(.error(at: field.location, "\(what) has no `type`",
                                      hints: ["add `type:` with one of " + Kind.allCases.map(\.rawValue).joined(separator: ", ")]))
            return nil
        }
        if field.kind == .choice, field.options.isEmpty {
            diagnostics.append(.error(at: field.location, "\(what) is a choice but lists no `options`"))
            return nil
        }
        return field
    }

    /// Checks a data value against this declaration.
    func validate(_ node: Node, reader: NodeReader, diagnostics: inout Diagnostics) {
        let what = "`\(name)`"
        switch kind {
        case .list:
            guard let items = reader.sequence(node, what, diagnostics: &diagnostics) else { return }
            if required, items.isEmpty {
                diagnostics.append(.error(at: reader.location(node), "\(what) is an empty list",
                                          hints: ["give at least one item, each on a line starting `- `"]))
            }
            guard !fields.isEmpty else { return }
            for item in items { validateGroup(item, what: "an item of \(what)", reader: reader, diagnostics: &diagnostics) }
            return
        case .group:
            validateGroup(node, what: what, reader: reader, diagnostics: &diagnostics)
            return
        default:
            break
        }
        guard let value = reader.string(node, what, diagnostics: &diagnostics) else { return }
        validate(value, at: reader.location(node), diagnostics: &diagnostics)
    }

    /// Checks a single value (text, a choice, a length, a date …) written at `location`.
    ///
    /// An empty value (`key:` with nothing after it, or an empty CSV cell) is an error when the
    /// value is `required`, and otherwise stands for "not given": it is not checked further.
    func validate(_ value: String, at location: SourceLocation, diagnostics: inout Diagnostics) {
        let what = "`\(name)`"
        if value.allSatisfy(\.isWhitespace) {
            if required {
                var hints = ["write the \(label ?? name) here"]
                if kind == .choice { hints.append("use one of " + options.map { "`\($0)`" }.joined(separator: ", ")) }
                diagnostics.append(.error(at: location, "\(what) is empty", hints: hints))
            }
            return
        }
        switch kind {
        case .text, .markup:
            break
        case .choice:
            if !options.contains(value) {
                diagnostics.append(Self.unknownWord(value, for: what, at: location, allowed: options))
            }
        case .length:
            guard let spec = LengthSpec(parsing: value), case .absolute(let length) = spec else {
                diagnostics.append(.error(at: location, "\(what) must be a length such as `12pt` or `4mm`, not `\(value)`",
                                          hints: ["units: pt, mm, cm, Q (1 Q = 0.25 mm)"]))
                return
            }
            if let minimum, length < minimum {
                diagnostics.append(.error(at: location, "\(what) is \(value), smaller than the smallest allowed, \(Self.format(minimum))"))
            }
            if let maximum, length > maximum {
                diagnostics.append(.error(at: location, "\(what) is \(value), larger than the largest allowed, \(Self.format(maximum))"))
            }
        case .date:
            if case .failure = CivilDate.parse(value) {
                diagnostics.append(.error(at: location, "\(what) must be a date written like `2026-04-01`, not `\(value)`",
                                          hints: ["write the year, month and day with hyphens: 2026-04-01"]))
            }
        case .boolean:
            if !["true", "false", "yes", "no"].contains(value) {
                diagnostics.append(.error(at: location, "\(what) must be `true` or `false`, not `\(value)`"))
            }
        case .number:
            if Double(value) == nil {
                diagnostics.append(.error(at: location, "\(what) must be a number such as `30` or `2.5`, not `\(value)`"))
            }
        case .list, .group:
            break
        }
    }

    /// Checks a mapping against `fields`: unknown keys, missing required ones, each value.
    private func validateGroup(_ node: Node, what: String, reader: NodeReader, diagnostics: inout Diagnostics) {
        let names = fields.map(\.name)
        guard let pairs = reader.mapping(node, what, diagnostics: &diagnostics) else { return }
        for (key, keyNode, value) in pairs {
            guard let field = fields.first(where: { $0.name == key }) else {
                diagnostics.append(reader.unknownKey(key, at: reader.location(keyNode), in: what, allowed: names))
                continue
            }
            field.validate(value, reader: reader, diagnostics: &diagnostics)
        }
        for field in fields where field.required && !pairs.contains(where: { $0.key == field.name }) {
            diagnostics.append(.error(at: reader.location(node), "\(what) has no `\(field.name)`",
                                      hints: ["add a line `\(field.name): …`"]))
        }
    }

    static func unknownWord(_ word: String, for what: String, at location: SourceLocation, allowed: [String]) -> Diagnostic {
        var hints: [String] = []
        if let suggestion = Suggestion.closest(to: word, among: allowed) { hints.append("did you mean `\(suggestion)`?") }
        hints.append("use one of " + allowed.map { "`\($0)`" }.joined(separator: ", "))
        return .error(at: location, "`\(word)` is not a value \(what) can take", hints: hints)
    }

    private static func format(_ length: Length) -> String {
        let rounded = (length.points * 100).rounded() / 100
        return rounded == rounded.rounded() ? "\(Int(rounded))pt" : "\(rounded)pt"
    }
}
