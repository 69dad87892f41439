import AyumiModel

/// Turns the fields of a saved fillable PDF into a resident's answers, by the template's own
/// declarations: the inverse of what layout and AyumiPDF make of an answers file.
///
/// Field names, as AyumiLayout's `FieldWidget` and AyumiPDF's `FormFieldTree` write them:
///
/// | template field | PDF fields | answer |
/// |---|---|---|
/// | text, comb, lines | `name` (ruled lines cut by a page: `name_2` …) | the text; parts joined by line breaks |
/// | date | `name.era` (several eras), `name.year`, `.month`, `.day` | `1948-03-15` |
/// | choice, one answer | `name` (radio; `/V` is the button's position, `/Opt` its word), `name_other` | the word, or the written text for 「その他」 |
/// | choice, several | `name.1` … (a check box per option), `name.other` | the list of words, the written text last |
/// | table | `name.ROW.KEY` | the non-empty rows, each its non-empty cells |
///
/// Text keeps what the resident typed, with line breaks made `\n` (PDFium saves `\r\n`, some
/// viewers `\r`). A field left empty gives no key. Problems are values naming fields, never
/// their contents.
public struct AnswersReading: Sendable {
    public let declarations: FormDeclarations

    public init(declarations: FormDeclarations) {
        self.declarations = declarations
    }

    /// The answers `form` holds; throws when the PDF is not a fillable PDF of this template.
    public func read(_ form: SavedForm) throws(AnswersRefusal) -> ReadAnswers {
        guard !form.fields.isEmpty else { throw .noFields }
        if let found = form.templateIdentifier, let expected = declarations.templateName, found != expected {
            throw .otherTemplate(found: found, expected: expected)
        }
        var byName: [String: SavedField] = [:]
        for field in form.fields where byName[field.fullName] == nil { byName[field.fullName] = field }
        var used: Set<String> = []
        var result = ReadAnswers()
        // A template may name a field `memo_2` beside `memo`: that is never a part of `memo`.
        let declared = Set(declarations.declarations.map(\.name))

        for declaration in declarations.declarations {
            switch declaration {
            case .text(let name, _):
                var parts: [String] = []
                if let text = take(name, from: byName, used: &used).flatMap(Self.text) { parts.append(text) }
                // Ruled lines cut by a page break: `name_2`, `name_3` … until one is missing.
                var part = 2
                while !declared.contains("\(name)_\(part)"), byName["\(name)_\(part)"] != nil || byName["\(name).\(part)"] != nil {
                    let field = take("\(name)_\(part)", from: byName, used: &used) ?? take("\(name).\(part)", from: byName, used: &used)
                    if let text = field.flatMap(Self.text) { parts.append(text) }
                    part += 1
                }
                if !parts.isEmpty { result.answers.append(Answer(name, .text(parts.joined(separator: "\n")))) }
            case .date(let name, let eras):
                readDate(name, eras: eras, fields: byName, used: &used, into: &result)
            case .choice(let name, let options, let multiple, let other):
                if multiple {
                    readCheckList(name, options: options, other: other, fields: byName, used: &used, into: &result)
                } else {
                    readRadio(name, options: options, other: other, fields: byName, used: &used, into: &result)
                }
            case .table(let name, let keys, let keyed):
                readTable(name, keys: keys, keyed: keyed, fields: form.fields, used: &used, into: &result)
            }
        }

        let unknown = Self.orderedUnique(form.fields.map(\.fullName)).filter { !used.contains($0) }
        if form.templateIdentifier == nil, unknown.count * 2 > Set(form.fields.map(\.fullName)).count {
            throw .fieldsOfAnotherTemplate(unknown: unknown.count, total: Set(form.fields.map(\.fullName)).count)
        }
        result.problems += unknown.map(AnswersProblem.unknownField)
        return result
    }

    // MARK: - Kinds of fields

    private func readDate(_ name: String, eras: [Era], fields: [String: SavedField], used: inout Set<String>,
                          into result: inout ReadAnswers) {
        let eraField = take("\(name).era", from: fields, used: &used)
        let year = take("\(name).year", from: fields, used: &used).flatMap(Self.text) ?? ""
        let month = take("\(name).month", from: fields, used: &used).flatMap(Self.text) ?? ""
        let day = take("\(name).day", from: fields, used: &used).flatMap(Self.text) ?? ""
        var era: Era?
        var eraUnreadable = false
        if eras.count == 1 {
            era = eras[0]
        } else if let eraField, let state = eraField.buttonState {
            if let word = Self.word(of: state, field: eraField, options: eras.map(\.rawValue)) {
                era = Era(rawValue: word)
            }
            eraUnreadable = era == nil
        } else if eras.contains(.western), (DateParts.number(year) ?? 0) >= 1000 {
            // No era chosen, but a four-digit year can only be 西暦.
            era = .western
        }
        if eraUnreadable {
            result.problems.append(.unknownState("\(name).era"))
            return
        }
        switch DateParts(era: era, year: year, month: month, day: day).reading {
        case .empty: break
        case .incomplete: result.problems.append(.incompleteDate(name))
        case .impossible: result.problems.append(.impossibleDate(name))
        case .date(let date): result.answers.append(Answer(name, .text(date.isoString)))
        }
    }

    private func readRadio(_ name: String, options: [String], other: Bool, fields: [String: SavedField],
                           used: inout Set<String>, into result: inout ReadAnswers) {
        let all = options + (other ? ["その他"] : [])
        let group = take(name, from: fields, used: &used)
        let written = other ? (take("\(name)_other", from: fields, used: &used) ?? take("\(name).other", from: fields, used: &used))
            .flatMap(Self.text) : nil
        var word: String?
        if let group, let state = group.buttonState {
            word = Self.word(of: state, field: group, options: all)
            if word == nil { result.problems.append(.unknownState(name)) }
        }
        switch (word, written) {
        case (let word?, let written?) where other && word == all.last:
            result.answers.append(Answer(name, .text(written)))
        case (let word?, _?):
            result.problems.append(.writeInBesideChoice(name))
            result.answers.append(Answer(name, .text(word)))
        case (let word?, nil):
            result.answers.append(Answer(name, .text(word)))
        case (nil, let written?):
            // Written in 「その他」 without choosing it: what was written is the answer.
            result.answers.append(Answer(name, .text(written)))
        case (nil, nil):
            break
        }
    }

    private func readCheckList(_ name: String, options: [String], other: Bool, fields: [String: SavedField],
                               used: inout Set<String>, into result: inout ReadAnswers) {
        let all = options + (other ? ["その他"] : [])
        var words: [String] = []
        var otherChecked = false
        for (index, option) in all.enumerated() {
            guard let box = take("\(name).\(index + 1)", from: fields, used: &used), box.buttonState != nil else { continue }
            if other, index == all.count - 1 { otherChecked = true } else { words.append(option) }
        }
        let written = other ? (take("\(name).other", from: fields, used: &used) ?? take("\(name)_other", from: fields, used: &used))
            .flatMap(Self.text) : nil
        if let written { words.append(written) } else if otherChecked { words.append("その他") }
        if !words.isEmpty { result.answers.append(Answer(name, .list(words))) }
    }

    private func readTable(_ name: String, keys: [String], keyed: Bool, fields: [SavedField], used: inout Set<String>,
                           into result: inout ReadAnswers) {
        var rows: [Int: [String: String]] = [:]
        let prefix = name + "."
        for field in fields where field.fullName.hasPrefix(prefix) {
            let rest = field.fullName.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: "."), let row = Int(rest[..<dot]), row >= 1,
                  String(row) == rest[..<dot], keys.contains(String(rest[rest.index(after: dot)...])) else { continue }
            used.insert(field.fullName)
            if let text = Self.text(field) { rows[row, default: [:]][String(rest[rest.index(after: dot)...])] = text }
        }
        let ordered = rows.keys.sorted().compactMap { rows[$0] }.filter { !$0.isEmpty }
        guard !ordered.isEmpty else { return }
        if keyed {
            result.answers.append(Answer(name, .keyedRows(ordered.map { row in keys.compactMap { key in row[key].map { KeyedCell(key, $0) } } })))
        } else {
            result.answers.append(Answer(name, .cellRows(ordered.map { row in
                let last = keys.lastIndex { row[$0] != nil } ?? -1
                return keys.prefix(last + 1).map { row[$0] ?? "" }
            })))
        }
    }

    // MARK: - Values

    private func take(_ name: String, from fields: [String: SavedField], used: inout Set<String>) -> SavedField? {
        guard let field = fields[name] else { return nil }
        used.insert(name)
        return field
    }

    /// A text field's text with line breaks as `\n`; `nil` when empty or only spaces.
    static func text(_ field: SavedField) -> String? {
        guard var text = field.text else { return nil }
        text = text.normalisingLineBreaks
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }

    /// The option a button state stands for. Ayumi names a radio button's state by its
    /// position (`0`, `1` …) and lists the words in `/Opt`; a state that is itself one of the
    /// words (another writer's export value) counts too.
    static func word(of state: String, field: SavedField, options: [String]) -> String? {
        if options.contains(state) { return state }
        guard let position = Int(state), String(position) == state, position >= 0 else { return nil }
        if position < field.options.count, options.contains(field.options[position]) { return field.options[position] }
        return position < options.count ? options[position] : nil
    }

    static func orderedUnique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

extension String {
    /// The text with every `\r\n` and lone `\r` made `\n`.
    var normalisingLineBreaks: String {
        var scalars = String.UnicodeScalarView()
        var afterReturn = false
        for scalar in unicodeScalars {
            if scalar == "\n", afterReturn { afterReturn = false; continue }
            afterReturn = scalar == "\r"
            scalars.append(afterReturn ? "\n" : scalar)
        }
        return String(scalars)
    }
}
