import AyumiModel

/// The 和暦 labels an edition's text may hold, computed with the template filters, old and new.
///
/// An edition's fiscal years and as-of date reach the documents through placeholders
/// (`{{ edition.fiscal_years | fiscal_years }}`), which need nothing from staff. But staff also
/// write such labels into the text itself: `label: 令和8・9年度版`, 「令和8年4月1日現在の法令に
/// 基づいています」. These pairs say what each label becomes, so carrying an edition forward can
/// rewrite them; each label is made by the same filter a template would use, in the plain,
/// full-width (`令和８年`) and kanji (`令和八年`, for vertical text) forms.
///
/// A bare year (`令和8年`, `2026年`) is deliberately not among them: law notes cite laws by
/// year (「令和8年法律第○号」), and those must not move. Such mentions go on the review list.
struct EraLabels {
    /// Old label → new label, longest old label first (so 令和8・9年度版 is taken before 令和8年).
    private(set) var pairs: [(old: String, new: String)] = []

    init(oldYears: [Int], newYears: [Int], oldDate: CivilDate?, newDate: CivilDate?) {
        var found: [String: String] = [:]
        func add(_ expression: String, _ old: FilterValue, _ new: FilterValue) {
            for form in ["", " | fullwidth_digits", " | kanji_digits"] {
                guard let oldLabel = Self.apply(expression + form, to: old),
                      let newLabel = Self.apply(expression + form, to: new),
                      oldLabel != newLabel, found[oldLabel] == nil else { continue }
                found[oldLabel] = newLabel
            }
        }
        let oldList = FilterValue.list(oldYears.map { .text(String($0), at: Self.nowhere) }, at: Self.nowhere)
        let newList = FilterValue.list(newYears.map { .text(String($0), at: Self.nowhere) }, at: Self.nowhere)
        add("v | fiscal_years", oldList, newList)
        add("v | fiscal_years('')", oldList, newList)
        for (old, new) in zip(oldYears, newYears) {
            let oldYear = FilterValue.text(String(old), at: Self.nowhere), newYear = FilterValue.text(String(new), at: Self.nowhere)
            add("v | fiscal_years('')", .list([oldYear], at: Self.nowhere), .list([newYear], at: Self.nowhere))
            if found["\(old)年度"] == nil { found["\(old)年度"] = "\(new)年度" }
        }
        if let oldDate, let newDate {
            let old = FilterValue.text(oldDate.description, at: Self.nowhere)
            let new = FilterValue.text(newDate.description, at: Self.nowhere)
            add("v | wareki_weekday", old, new)
            add("v | wareki", old, new)
            found["\(oldDate.year)年\(oldDate.month)月\(oldDate.day)日"] = "\(newDate.year)年\(newDate.month)月\(newDate.day)日"
        }
        pairs = found.map { ($0.key, $0.value) }.sorted { ($0.old.unicodeScalars.count, $0.old) > ($1.old.unicodeScalars.count, $1.old) }
    }

    /// The ranges (in scalar offsets) of old labels in `text`, longest first at each position,
    /// never overlapping, with what each becomes.
    func occurrences(in text: String) -> [(range: Range<Int>, new: String)] {
        let scalars = Array(text.unicodeScalars)
        let candidates = pairs.map { (Array($0.old.unicodeScalars), $0.new) }
        var found: [(Range<Int>, String)] = []
        var index = 0
        while index < scalars.count {
            if let (old, new) = candidates.first(where: { old, _ in
                index + old.count <= scalars.count && scalars[index..<index + old.count].elementsEqual(old)
                    && !Self.continuesNumber(scalars, before: index, after: index + old.count, label: old)
            }) {
                found.append((index..<index + old.count, new))
                index += old.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// `2026年度` inside `12026年度` is not a label; nor is `令和8年` inside `令和8年度` when only
    /// the shorter label matched (the longer label, when known, was tried first).
    private static func continuesNumber(_ scalars: [Unicode.Scalar], before start: Int, after end: Int,
                                        label: [Unicode.Scalar]) -> Bool {
        if let first = label.first, first.properties.numericType != nil, start > 0,
           scalars[start - 1].properties.numericType != nil { return true }
        if let last = label.last, last.properties.numericType != nil, end < scalars.count,
           scalars[end].properties.numericType != nil { return true }
        return false
    }

    private static let nowhere = SourceLocation(file: "<edition>", line: 1, column: 1)

    /// Runs a filter expression such as `v | wareki` on a value; `nil` if a filter refuses it.
    private static func apply(_ expression: String, to value: FilterValue) -> String? {
        var diagnostics = Diagnostics()
        guard let parsed = PlaceholderExpression.parse(expression, at: nowhere, diagnostics: &diagnostics) else { return nil }
        return parsed.pipeline.apply(to: value, diagnostics: &diagnostics)
    }
}
