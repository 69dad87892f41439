import AyumiModel
import Foundation
import Yams

/// Ruled lines, fields and choice groups: where the resident writes.
///
/// ```yaml
/// - lines: 5
///   name: medical_note
///   label: 医療について伝えておきたいこと
/// - field: full_name
///   label: 氏名
/// - field: birthday
///   label: 生年月日
///   type: date
///   eras: [昭和, 平成, 令和, 西暦]
/// - field: postal_code
///   label: 郵便番号
///   type: comb
///   count: 7
/// - choices: cpr
///   label: 心肺蘇生（心臓マッサージなど）
///   options: [希望する, 希望しない, わからない, 家族に任せる]
/// ```
extension BlockReader {
    enum FieldType: String, CaseIterable {
        case text, date, comb
    }

    mutating func ruledLines(_ content: Node, options: [String: Node], at location: SourceLocation,
                             diagnostics: inout Diagnostics) -> [Block] {
        let count = integer(content, "`lines`", default: 3, range: 1...60, diagnostics: &diagnostics)
        let name = options["name"].flatMap { fieldName($0, "`name`", diagnostics: &diagnostics) }
        let label = options["label"].flatMap { inlines($0, "`label`", diagnostics: &diagnostics) }
        var pitch = Length.mm(9)
        if let node = options["pitch"], case .absolute(let length)? = binding.length(node, "`pitch`", diagnostics: &diagnostics) {
            pitch = length
        }
        guard let valueStyle = style(options, fallbacks: ["handwriting", "paragraph"], at: location, diagnostics: &diagnostics),
              let labelStyle = style(options, "label_style", fallbacks: ["label", "paragraph"], at: location,
                                     diagnostics: &diagnostics)
        else { return [] }
        var value: [Inline]?
        if let name, let answer = answers.answer(for: name, at: location, diagnostics: &diagnostics),
           let text = answer.reader.text(answer.node, "the answer for `\(name)`", diagnostics: &diagnostics) {
            value = [.text(text)]
        }
        return [.ruledLines(RuledLinesBlock(name: name, label: label, labelStyle: labelStyle, count: count, pitch: pitch,
                                            value: value, valueStyle: valueStyle, location: location))]
    }

    mutating func field(_ content: Node, options: [String: Node], at location: SourceLocation,
                        diagnostics: inout Diagnostics) -> [Block] {
        guard let name = fieldName(content, "`field`", diagnostics: &diagnostics) else { return [] }
        guard let labelNode = options["label"] else {
            diagnostics.append(.error(at: location, "the field `\(name)` has no `label`",
                                      hints: ["add `label:` with the Japanese wording residents see (and screen readers read)"]))
            return []
        }
        let label = inlines(labelNode, "`label`", diagnostics: &diagnostics) ?? []
        let type = options["type"].flatMap { binding.choice($0, "`type`", as: FieldType.self, diagnostics: &diagnostics) } ?? .text
        let kind: FieldKind
        switch type {
        case .text:
            kind = .text(lines: integer(options["lines"], "`lines`", default: 1, range: 1...30, diagnostics: &diagnostics),
                         width: share(options["width"], "`width`", diagnostics: &diagnostics))
        case .comb:
            kind = .comb(count: integer(options["count"], "`count`", default: 7, range: 1...20, diagnostics: &diagnostics))
        case .date:
            var eras = Era.allCases
            if let node = options["eras"] {
                let items = reader.sequence(node, "`eras`", diagnostics: &diagnostics) ?? []
                eras = items.compactMap { binding.choice($0, "an era", as: Era.self, diagnostics: &diagnostics) }
            }
            kind = .date(eras: eras)
        }
        guard let style = style(options, fallbacks: ["field", "paragraph"], at: location, diagnostics: &diagnostics) else {
            return []
        }
        var value: FieldValue?
        if let answer = answers.answer(for: name, at: location, diagnostics: &diagnostics) {
            value = fieldAnswer(answer, field: name, kind: kind, diagnostics: &diagnostics)
        }
        return [.field(FieldBlock(name: name, label: label, kind: kind, value: value, style: style, location: location))]
    }

    mutating func choices(_ content: Node, options: [String: Node], at location: SourceLocation,
                          diagnostics: inout Diagnostics) -> [Block] {
        guard let name = fieldName(content, "`choices`", diagnostics: &diagnostics) else { return [] }
        guard let labelNode = options["label"], let optionsNode = options["options"] else {
            diagnostics.append(.error(at: location, "the choices `\(name)` need a `label` and `options`",
                                      hints: ["options: [希望する, 希望しない, わからない]"]))
            return []
        }
        let label = inlines(labelNode, "`label`", diagnostics: &diagnostics) ?? []
        let items = (binding.value(optionsNode, diagnostics: &diagnostics)).flatMap {
            $0.reader.sequence($0.node, "`options`", diagnostics: &diagnostics)
        } ?? []
        let choices = items.compactMap { binding.string($0, "an option", diagnostics: &diagnostics)?.0 }
        let multiple = flag(options["multiple"], "`multiple`", default: false, diagnostics: &diagnostics)
        let other = flag(options["other"], "`other`", default: false, diagnostics: &diagnostics)
        let kind = FieldKind.choice(options: choices, multiple: multiple, other: other)
        guard let style = style(options, fallbacks: ["field", "paragraph"], at: location, diagnostics: &diagnostics) else {
            return []
        }
        var value: FieldValue?
        if let answer = answers.answer(for: name, at: location, diagnostics: &diagnostics) {
            value = fieldAnswer(answer, field: name, kind: kind, diagnostics: &diagnostics)
        }
        return [.field(FieldBlock(name: name, label: label, kind: kind, value: value, style: style, location: location))]
    }

    /// Hyphens and dashes a resident writes between a comb's groups (after NFKC, which makes
    /// `－` a `-`): left out, since each cell takes one character of the value itself.
    static let combSeparators: Set<Character> = ["-", "‐", "‑", "−", "–", "—", "ー", "―"]

    /// A resident's answer checked against its field.
    func fieldAnswer(_ answer: Value, field name: String, kind: FieldKind, diagnostics: inout Diagnostics) -> FieldValue? {
        let what = "the answer for `\(name)`"
        switch kind {
        case .text:
            return answer.reader.string(answer.node, what, diagnostics: &diagnostics).map(FieldValue.text)
        case .comb(let count):
            guard let text = answer.reader.string(answer.node, what, diagnostics: &diagnostics) else { return nil }
            // As typed on screen: `100-0001`, `１００－０００１`, `100 0001` are the same seven cells.
            let characters = text.precomposedStringWithCompatibilityMapping
                .filter { !$0.isWhitespace && !Self.combSeparators.contains($0) }
            guard characters.count <= count else {
                diagnostics.append(.error(at: answer.location, "\(what) has \(characters.count) characters, more than its \(count) boxes"))
                return nil
            }
            return .text(String(characters))
        case .date(let eras):
            return dateAnswer(answer, field: name, eras: eras, diagnostics: &diagnostics)
        case .choice(let options, let multiple, let other):
            let given: [String]
            if case .sequence = answer.node {
                given = (answer.reader.sequence(answer.node, what, diagnostics: &diagnostics) ?? [])
                    .compactMap { answer.reader.string($0, "a choice", diagnostics: &diagnostics) }
            } else {
                given = answer.reader.string(answer.node, what, diagnostics: &diagnostics).map { [$0] } ?? []
            }
            if !multiple, given.count > 1 {
                diagnostics.append(.error(at: answer.location, "\(what) may be only one of its options, but gives \(given.count)"))
                return nil
            }
            let chosen = given.filter(options.contains)
            let written = given.filter { !options.contains($0) }
            if !written.isEmpty, !other {
                var hints = ["choose from " + options.map { "`\($0)`" }.joined(separator: ", ")]
                if let guess = written.first.flatMap({ Suggestion.closest(to: $0, among: options) }) {
                    hints.insert("did you mean `\(guess)`?", at: 0)
                }
                diagnostics.append(.error(at: answer.location, "\(what) is not one of its options", hints: hints))
                return nil
            }
            return .choices(chosen, other: written.isEmpty ? nil : written.joined(separator: "、"))
        }
    }
}
