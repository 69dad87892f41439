import AyumiModel
import Yams

extension BlockReader {
    /// A date answer (`1948-03-15`), shown in the first of the field's eras that it falls in.
    /// Era boundaries come from `JapaneseEra`, the same table the 和暦 filters use.
    func dateAnswer(_ answer: Value, field name: String, eras: [Era], diagnostics: inout Diagnostics) -> FieldValue? {
        let what = "the answer for `\(name)`"
        guard let text = answer.reader.string(answer.node, what, diagnostics: &diagnostics) else { return nil }
        guard case .success(let date) = CivilDate.parse(text) else {
            diagnostics.append(.error(at: answer.location, "\(what) must be a date written like `1948-03-15`",
                                      hints: ["write the year, month and day in Western numbers with hyphens"]))
            return nil
        }
        for era in eras {
            if era == .western {
                return .date(label: era.rawValue, year: String(date.year), month: String(date.month), day: String(date.day))
            }
            if let japanese = JapaneseEra.era(on: date), japanese.name == era.rawValue {
                return .date(label: era.rawValue, year: JapaneseEra.yearNumeral(japanese.year(of: date.year)),
                             month: String(date.month), day: String(date.day))
            }
        }
        diagnostics.append(.error(at: answer.location, "\(what) falls in none of the field's eras",
                                  hints: ["add 西暦 (or the right era) to the field's `eras:`"]))
        return nil
    }
}
