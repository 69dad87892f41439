/// A day of the Gregorian calendar, written in data as `YYYY-MM-DD`.
///
/// Dates in Ayumi's data are plain calendar days: no time, no time zone. That is what a 和暦
/// label needs, and it keeps the filters free of `Calendar`, `TimeZone` and the clock, so the
/// same data gives the same text on every machine.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Why text could not be read as a date.
    public enum Problem: Error, Hashable, Sendable {
        /// Not of the form `YYYY-MM-DD` (or `YYYY-M-D`) with half-width digits.
        case notADate
        /// The month is not 1…12.
        case noSuchMonth
        /// The day is past the end of its month (2026-02-30); carries the month's length.
        case noSuchDay(daysInMonth: Int)
    }

    /// A date known to exist; `nil` for 2026-02-30 and the like.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2026-04-01`; also `2026-4-1`, which YAML timestamps allow. Nothing else: a date
    /// written `2026/04/01` or `令和8年4月1日` is refused rather than guessed at.
    public static func parse(_ text: String) -> Result<CivilDate, Problem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return .failure(.notADate) }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth) }
        let length = daysIn(month: month, year: year)
        guard let date = CivilDate(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(daysInMonth: length))
        }
        return .success(date)
    }

    /// 0 for Sunday … 6 for Saturday, counted from 1970-01-01, a Thursday.
    public var weekday: Int { ((daysSince1970 % 7) + 7 + 4) % 7 }

    /// Days from 1970-01-01 to this date (negative before it), in the proleptic Gregorian calendar.
    ///
    /// Years are counted from March, so the leap day falls at the end of a counted year, and in
    /// 400-year cycles of 146,097 days, so the arithmetic stays in small integers.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `2026-04-01`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Character {
    /// `0`…`9` only (not full-width or other scripts' digits, which `isNumber` accepts).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
