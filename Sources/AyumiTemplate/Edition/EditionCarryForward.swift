import AyumiModel
import Yams

/// Carries an edition file forward to new fiscal years, editing its text in place.
///
/// What changes: `edition.fiscal_years` becomes the new years; `edition.as_of` moves to April 1st
/// of the first new fiscal year (the day a 年度 starts); 和暦 labels written into values
/// (`令和8・9年度版`, `令和8年4月1日`, `2026年度` …, see `EraLabels`) are recomputed with the
/// template filters. Everything else — comments, key order, quoting, blank lines — stays as
/// written, because the file's text is edited at the places Yams reports, never re-serialised.
///
/// What staff must still look at comes back as `review`: each section of the edition (contacts,
/// fees, law notes, files it names), dates that were not moved, and values or comments that
/// still mention an old year.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// if let file = YAMLFile.load("edition-2026.yaml", what: "the edition", diagnostics: &diagnostics) {
///     switch EditionCarryForward.carry(file, to: [2028, 2029]) {
///     case .success(let carried): print(carried.text)
///     case .failure(let problems): print(problems)
///     }
/// }
/// ```
public struct EditionCarryForward: Sendable {
    /// Why an edition cannot be carried forward; the command line words these.
    public enum Problem: Error, Hashable, Sendable {
        /// The file is not a mapping of `key: value` lines.
        case notAMapping(SourceLocation)
        /// There is no `edition:` group.
        case noEdition(SourceLocation)
        /// `edition:` has no `fiscal_years`.
        case noFiscalYears(SourceLocation)
        /// A fiscal year that is not a year such as `2026`.
        case notAYear(String, SourceLocation)
        /// `as_of` that is not a date such as `2026-04-01`.
        case notADate(String, SourceLocation)
        /// A year the filters cannot name in 和暦 (before 1873).
        case yearOutOfRange(Int)
        /// A value whose layout the editor cannot rewrite safely (an alias, a tag …).
        case cannotEdit(String, SourceLocation)
    }

    /// A value that was rewritten.
    public struct Change: Hashable, Sendable {
        public var path: String
        public var old: String
        public var new: String
        public var location: SourceLocation
    }

    /// Something staff must check by hand.
    public struct ReviewItem: Hashable, Sendable {
        public enum Reason: Hashable, Sendable {
            /// Contacts: names, phone numbers, addresses, opening hours (連絡先・窓口).
            case contacts
            /// Fees and costs (料金・費用).
            case fees
            /// Law notes and system descriptions (法令・制度).
            case laws
            /// Who publishes the edition (発行者).
            case publisher
            /// A file the edition names; the file itself needs updating.
            case file(String)
            /// A date that was not moved (an event, a deadline).
            case date(String)
            /// A value still mentions an old year (`令和8年`, `2026年`): move it by hand if it should move.
            case mentionsOldYear(String)
            /// A comment mentions an old year.
            case commentMentionsOldYear(String)
            /// A 和暦 label that could not be rewritten in place (folded lines, escapes).
            case labelNotUpdated(String)
            /// Any other section of the edition.
            case other
        }

        public var path: String
        public var location: SourceLocation
        public var reason: Reason
    }

    /// The new file's text.
    public var text: String
    public var oldYears: [Int]
    public var newYears: [Int]
    public var oldAsOf: CivilDate?
    public var newAsOf: CivilDate
    public var changes: [Change]
    public var review: [ReviewItem]

    /// Every problem that stopped a carry-forward.
    public struct Failure: Error, Hashable, Sendable {
        public var problems: [Problem]
    }

    public static func carry(_ file: YAMLFile, to newYears: [Int]) -> Result<EditionCarryForward, Failure> {
        var carrier = Carrier(file: file, newYears: newYears)
        return carrier.run()
    }
}

// MARK: - The work

private struct Carrier {
    let file: YAMLFile
    let newYears: [Int]
    var edits: TextEdits
    let mapper: ScalarSourceMapper
    var changes: [EditionCarryForward.Change] = []
    var review: [EditionCarryForward.ReviewItem] = []
    var problems: [EditionCarryForward.Problem] = []

    init(file: YAMLFile, newYears: [Int]) {
        self.file = file
        self.newYears = newYears
        self.edits = TextEdits(file.text)
        self.mapper = ScalarSourceMapper(text: file.text, path: file.path)
    }

    var start: SourceLocation { SourceLocation(file: file.path, line: 1, column: 1) }

    mutating func run() -> Result<EditionCarryForward, EditionCarryForward.Failure> {
        typealias Failure = EditionCarryForward.Failure
        guard let root = file.root, case .mapping(let top) = root else { return .failure(Failure(problems: [.notAMapping(start)])) }
        guard let editionNode = top["edition"], case .mapping(let edition) = editionNode else {
            return .failure(Failure(problems: [.noEdition(start)]))
        }
        guard let yearsNode = edition["fiscal_years"] else {
            return .failure(Failure(problems: [.noFiscalYears(file.location(of: editionNode))]))
        }
        let oldYears = years(in: yearsNode)
        var oldAsOf: CivilDate?
        if let asOfNode = edition["as_of"] { oldAsOf = date(in: asOfNode) }
        for year in newYears + oldYears where JapaneseEra.era(ofFiscalYear: year) == nil {
            problems.append(.yearOutOfRange(year))
        }
        guard problems.isEmpty, let newAsOf = CivilDate(year: newYears[0], month: 4, day: 1) else {
            return .failure(Failure(problems: problems))
        }

        rewriteYears(yearsNode, old: oldYears)
        if let asOfNode = edition["as_of"], oldAsOf != nil {
            replaceScalar(asOfNode, with: newAsOf.description, path: "edition.as_of")
        }
        let labels = EraLabels(oldYears: oldYears, newYears: newYears, oldDate: oldAsOf, newDate: newAsOf)
        let scalars = ScalarWalk.scalars(in: root).filter {
            !$0.path.hasPrefix("edition.fiscal_years") && $0.path != "edition.as_of"
        }
        for item in scalars { rewriteLabels(item, labels: labels) }
        reviewSections(top, edition: edition)
        reviewValues(scalars, labels: labels, oldYears: oldYears)
        reviewComments(labels: labels, oldYears: oldYears)
        guard problems.isEmpty else { return .failure(Failure(problems: problems)) }
        review.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        // Places in the new text, where staff will look.
        let result = edits.result
        let after = TextEdits(result)
        func moved(_ location: SourceLocation) -> SourceLocation {
            guard let offset = edits.offset(of: location) else { return location }
            return after.location(of: edits.mappedOffset(offset), file: location.file)
        }
        for index in review.indices { review[index].location = moved(review[index].location) }
        for index in changes.indices { changes[index].location = moved(changes[index].location) }
        return .success(EditionCarryForward(text: result, oldYears: oldYears, newYears: newYears, oldAsOf: oldAsOf,
                                            newAsOf: newAsOf, changes: changes, review: review))
    }

    // MARK: Fiscal years and the as-of date

    mutating func years(in node: Node) -> [Int] {
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = Array(sequence)
        default:
            problems.append(.notAYear(describe(node), file.location(of: node)))
            return []
        }
        var years: [Int] = []
        for item in items {
            guard let text = item.scalar?.string, let year = Int(text), (1000...9999).contains(year) else {
                problems.append(.notAYear(item.scalar?.string ?? describe(item), file.location(of: item)))
                continue
            }
            years.append(year)
        }
        if items.isEmpty { problems.append(.notAYear("[]", file.location(of: node))) }
        return years
    }

    mutating func date(in node: Node) -> CivilDate? {
        guard let text = node.scalar?.string, case .success(let date) = CivilDate.parse(text) else {
            problems.append(.notADate(node.scalar?.string ?? describe(node), file.location(of: node)))
            return nil
        }
        return date
    }

    /// Writes the new years where the old ones were, in the list's own style.
    mutating func rewriteYears(_ node: Node, old: [Int]) {
        let newText = "[" + newYears.map(String.init).joined(separator: ", ") + "]"
        let oldText = old.count == 1 && node.scalar != nil ? String(old[0]) : "[" + old.map(String.init).joined(separator: ", ") + "]"
        defer {
            changes.append(.init(path: "edition.fiscal_years", old: oldText, new: newText, location: file.location(of: node)))
        }
        switch node {
        case .scalar:
            replaceScalar(node, with: newYears.count == 1 ? String(newYears[0]) : newText, path: nil)
        case .sequence(let sequence):
            let items = Array(sequence)
            if items.count == newYears.count {
                for (item, year) in zip(items, newYears) { replaceScalar(item, with: String(year), path: nil) }
            } else if isFlow(node) {
                replaceFlowSequence(node, with: newText)
            } else {
                replaceBlockSequence(items, with: newYears.map(String.init))
            }
        default:
            break
        }
    }

    /// Replaces a scalar's characters, keeping its quotes; records a change when `path` is given.
    mutating func replaceScalar(_ node: Node, with replacement: String, path: String?) {
        guard let value = node.scalar?.string, let range = contiguousRange(of: value, in: node) else {
            problems.append(.cannotEdit(path ?? "edition.fiscal_years", file.location(of: node)))
            return
        }
        edits.replace(range, with: replacement)
        if let path {
            changes.append(.init(path: path, old: value, new: replacement, location: file.location(of: node)))
        }
    }

    /// Whether a sequence is written `[a, b]` (Yams does not keep the style of a composed node).
    func isFlow(_ node: Node) -> Bool {
        guard let mark = node.mark.flatMap({ edits.offset(of: location($0)) }), mark <= edits.scalars.count else { return false }
        return edits.scalars[max(0, mark - 2)..<min(edits.scalars.count, mark + 1)].contains("[")
    }

    /// `[2026, 2027]` → `[2028, 2029, 2030]`: from the `[` at the node's mark to its `]`.
    mutating func replaceFlowSequence(_ node: Node, with replacement: String) {
        // The mark is at the `[` or just after it, depending on the libyaml event Yams took it from.
        guard let mark = node.mark.flatMap({ edits.offset(of: location($0)) }), mark <= edits.scalars.count,
              let open = edits.scalars[max(0, mark - 2)..<min(edits.scalars.count, mark + 1)].lastIndex(of: "["),
              let close = edits.scalars[open...].firstIndex(of: "]") else {
            problems.append(.cannotEdit("edition.fiscal_years", file.location(of: node)))
            return
        }
        edits.replace(open..<close + 1, with: replacement)
    }

    /// `- 2026` lines → one `- year` line per new year, indented like the first.
    mutating func replaceBlockSequence(_ items: [Node], with values: [String]) {
        guard let first = items.first?.mark.flatMap({ edits.offset(of: location($0)) }),
              let last = items.last?.mark.flatMap({ edits.offset(of: location($0)) }) else {
            problems.append(.cannotEdit("edition.fiscal_years", start))
            return
        }
        let firstLine = edits.line(around: first), lastLine = edits.line(around: last)
        let prefix = edits.text(firstLine.lowerBound..<first)
        guard prefix.trimmedSpaces.hasPrefix("-") || prefix.trimmedSpaces.isEmpty else {
            problems.append(.cannotEdit("edition.fiscal_years", file.location(of: items[0])))
            return
        }
        let indent = String(prefix.prefix { $0 == " " })
        let lines = values.map { indent + "- " + $0 }.joined(separator: "\n")
        edits.replace(firstLine.lowerBound..<lastLine.upperBound, with: lines)
    }

    // MARK: 和暦 labels

    mutating func rewriteLabels(_ item: ScalarWalk.Item, labels: EraLabels) {
        guard let value = item.node.scalar?.string else { return }
        let found = labels.occurrences(in: value)
        guard !found.isEmpty else { return }
        let map = mapper.sourceMap(for: value, at: item.node.mark)
        var newValue = String.UnicodeScalarView()
        let valueScalars = Array(value.unicodeScalars)
        var cursor = 0
        var rewrote = false
        for occurrence in found {
            newValue.append(contentsOf: valueScalars[cursor..<occurrence.range.lowerBound])
            let old = String(String.UnicodeScalarView(valueScalars[occurrence.range]))
            if let range = sourceRange(of: occurrence.range, map: map, expecting: old), edits.replace(range, with: occurrence.new) {
                newValue.append(contentsOf: occurrence.new.unicodeScalars)
                rewrote = true
            } else {
                newValue.append(contentsOf: valueScalars[occurrence.range])
                review.append(.init(path: item.path, location: file.location(of: item.node), reason: .labelNotUpdated(old)))
            }
            cursor = occurrence.range.upperBound
        }
        newValue.append(contentsOf: valueScalars[cursor...])
        if rewrote {
            changes.append(.init(path: item.path, old: value, new: String(newValue), location: file.location(of: item.node)))
        }
    }

    /// The source offsets of value characters `range`, when they sit together on one line and read `expected`.
    func sourceRange(of range: Range<Int>, map: SourceMap, expecting expected: String) -> Range<Int>? {
        guard let first = map.location(ofScalarAt: range.lowerBound), let last = map.location(ofScalarAt: range.upperBound - 1),
              first.line == last.line, last.column - first.column == range.count - 1,
              let start = edits.offset(of: first) else { return nil }
        let source = start..<start + range.count
        guard source.upperBound <= edits.scalars.count, edits.text(source) == expected else { return nil }
        return source
    }

    /// A value's characters as one run in the source (plain or quoted on one line).
    func contiguousRange(of value: String, in node: Node) -> Range<Int>? {
        let count = value.unicodeScalars.count
        guard count > 0 else { return nil }
        return sourceRange(of: 0..<count, map: mapper.sourceMap(for: value, at: node.mark), expecting: value)
    }

    // MARK: The review list

    /// One item for each section of the edition staff maintain by hand.
    mutating func reviewSections(_ top: Node.Mapping, edition: Node.Mapping) {
        for (key, value) in edition {
            guard let name = key.scalar?.string, !["fiscal_years", "as_of"].contains(name) else { continue }
            if changes.contains(where: { $0.path == "edition.\(name)" }) { continue }
            addSection("edition.\(name)", key: name, value: value, at: file.location(of: key))
        }
        for (key, value) in top {
            guard let name = key.scalar?.string, name != "edition" else { continue }
            addSection(name, key: name, value: value, at: file.location(of: key))
        }
    }

    mutating func addSection(_ path: String, key: String, value: Node, at location: SourceLocation) {
        if let text = value.scalar?.string, Self.namesAFile(text) {
            review.append(.init(path: path, location: location, reason: .file(text)))
            return
        }
        if let text = value.scalar?.string, case .success = CivilDate.parse(text) { return }   // listed as a date
        review.append(.init(path: path, location: location, reason: Self.category(of: key)))
    }

    /// Dates that were not moved, and values that still name an old year.
    mutating func reviewValues(_ scalars: [ScalarWalk.Item], labels: EraLabels, oldYears: [Int]) {
        for item in scalars {
            guard let value = item.node.scalar?.string else { continue }
            let location = file.location(of: item.node)
            if case .success = CivilDate.parse(value) {
                review.append(.init(path: item.path, location: location, reason: .date(value)))
                continue
            }
            if Self.namesAFile(value), item.path.contains(".") || item.path.contains("[") {
                review.append(.init(path: item.path, location: location, reason: .file(value)))
            }
            var rewritten = value
            for occurrence in labels.occurrences(in: value).reversed() {
                var scalars = Array(rewritten.unicodeScalars)
                scalars.replaceSubrange(occurrence.range, with: occurrence.new.unicodeScalars)
                rewritten = String(String.UnicodeScalarView(scalars))
            }
            if let mention = Self.oldYearMention(in: rewritten, years: oldYears) {
                review.append(.init(path: item.path, location: location, reason: .mentionsOldYear(mention)))
            }
        }
    }

    /// Comments that still mention an old year or label.
    mutating func reviewComments(labels: EraLabels, oldYears: [Int]) {
        for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let hash = Self.commentStart(in: line) else { continue }
            let comment = String(line[hash...]).trimmedSpaces
            let mention = labels.occurrences(in: comment).first.map { _ in comment } ?? Self.oldYearMention(in: comment, years: oldYears)
            guard mention != nil else { continue }
            let column = line[..<hash].unicodeScalars.count + 1
            review.append(.init(path: "#", location: SourceLocation(file: file.path, line: number + 1, column: column),
                                reason: .commentMentionsOldYear(comment)))
        }
    }

    // MARK: Helpers

    func location(_ mark: Mark) -> SourceLocation { SourceLocation(file: file.path, line: mark.line, column: mark.column) }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string
        case .mapping: "{…}"
        case .sequence: "[…]"
        case .alias: "*"
        }
    }

    static func namesAFile(_ text: String) -> Bool {
        let lower = text.lowercased()
        return !text.contains(" ") && [".csv", ".yaml", ".yml", ".png", ".jpg", ".jpeg", ".pdf", ".svg"].contains { lower.hasSuffix($0) }
    }

    /// The section a key most likely holds, from words in its name (English or Japanese).
    static func category(of key: String) -> EditionCarryForward.ReviewItem.Reason {
        let name = key.lowercased()
        func has(_ words: [String]) -> Bool { words.contains { name.contains($0) } }
        if has(["contact", "phone", "tel", "fax", "mail", "address", "office", "window", "desk", "center", "centre",
                "連絡", "電話", "住所", "窓口", "相談"]) { return .contacts }
        if has(["fee", "price", "cost", "charge", "料金", "費用", "手数料", "負担"]) { return .fees }
        if has(["law", "legal", "act", "regulation", "system", "法", "制度", "規則"]) { return .laws }
        if has(["publisher", "author", "issuer", "発行"]) { return .publisher }
        return .other
    }

    /// `令和8年`, `令和８年`, `令和八年` or `2026年` / `2026` for an old year, as found in `text`.
    static func oldYearMention(in text: String, years: [Int]) -> String? {
        var labels: [String] = []
        for year in years {
            if let era = JapaneseEra.era(ofCalendarYear: year) {
                let number = JapaneseEra.yearNumeral(era.year(of: year))
                labels.append(era.name + number + "年")
                labels.append(era.name + NumberForms.fullWidth(number) + "年")
                labels.append(era.name + NumberForms.kanji(number) + "年")
            }
            if let fiscal = JapaneseEra.era(ofFiscalYear: year) {
                labels.append(fiscal.name + JapaneseEra.yearNumeral(fiscal.year(of: year)) + "年度")
            }
        }
        if let found = labels.first(where: { text.contains($0) }) { return found }
        let scalars = Array(text.unicodeScalars)
        for year in years {
            let digits = Array(String(year).unicodeScalars)
            var index = 0
            while index + digits.count <= scalars.count {
                if scalars[index..<index + digits.count].elementsEqual(digits),
                   index == 0 || scalars[index - 1].properties.numericType == nil,
                   index + digits.count == scalars.count || scalars[index + digits.count].properties.numericType == nil {
                    return String(year)
                }
                index += 1
            }
        }
        return nil
    }

    /// Where a `#` comment starts on a line, outside quotes; `nil` when the line has none.
    static func commentStart(in line: Substring) -> Substring.Index? {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                if previous == " " || previous == ":" || previous == "[" || previous == "{" || previous == "," { quote = character }
            } else if character == "#", previous == " " || previous == "\t" || index == line.startIndex {
                return index
            }
            previous = character
        }
        return nil
    }
}

/// Digits in the forms the filters write them, for finding mentions of a year.
enum NumberForms {
    static func fullWidth(_ text: String) -> String { NumberNotation.fullwidthDigits(text) }
    static func kanji(_ text: String) -> String { NumberNotation.kanjiDigits(text, style: .counting) }
}
