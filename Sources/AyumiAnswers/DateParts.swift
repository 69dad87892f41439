import AyumiModel
import AyumiTemplate

/// A date as a form holds it — an era and the year, month and day typed in three boxes — and
/// its Gregorian date.
///
/// Residents type numbers as their keyboard gives them: `8`, `０８`, `元` (the first year of an
/// era, as Ayumi itself pre-fills it), sometimes with the unit (`8年`). The date must exist in
/// that era: 昭和64年1月7日 does, 昭和64年1月8日 does not (平成 began that day), and neither does
/// 平成元年1月7日.
public struct DateParts: Hashable, Sendable {
    public var era: Era?
    public var year: String
    public var month: String
    public var day: String

    public init(era: Era?, year: String, month: String, day: String) {
        self.era = era
        self.year = year
        self.month = month
        self.day = day
    }

    public enum Reading: Hashable, Sendable {
        /// No year, month or day typed.
        case empty
        case incomplete
        case impossible
        case date(CivilDate)
    }

    /// The date these parts give.
    public var reading: Reading {
        let numbers = [year, month, day].map(Self.number)
        // An era alone (a single-era field always has one) is no date.
        if [year, month, day].allSatisfy({ Self.trimmed($0).isEmpty }) { return .empty }
        guard let era, let year = numbers[0], let month = numbers[1], let day = numbers[2] else { return .incomplete }
        let gregorianYear: Int
        if era == .western {
            gregorianYear = year
        } else {
            guard let japanese = JapaneseEra.all.first(where: { $0.name == era.rawValue }) else { return .impossible }
            gregorianYear = japanese.start.year + year - 1
        }
        guard year >= 1, let date = CivilDate(year: gregorianYear, month: month, day: day) else { return .impossible }
        if era != .western, JapaneseEra.era(on: date)?.name != era.rawValue { return .impossible }
        return .date(date)
    }

    /// `8`, `08`, `８`, `元`, `8年` → 8; anything else (`八`, `8.5`, empty) → `nil`.
    static func number(_ text: String) -> Int? {
        var text = trimmed(text)
        if let last = text.last, "年月日".contains(last) { text.removeLast() }
        text = trimmed(text)
        if text == "元" { return 1 }
        guard !text.isEmpty, text.count <= 6 else { return nil }
        var value = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: value = value * 10 + Int(scalar.value - 0x30)
            case 0xFF10...0xFF19: value = value * 10 + Int(scalar.value - 0xFF10)
            default: return nil
            }
        }
        return value
    }

    static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

extension CivilDate {
    /// `1948-03-15`: the form answers files take (docs/templates.md).
    public var isoString: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
