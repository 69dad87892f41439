/// The Japanese eras (元号) since the Gregorian calendar was adopted, and how years are named in them.
///
/// Ayumi uses this fixed table rather than Foundation's `Calendar(identifier: .japanese)`: both
/// give the same names (reference/jlreq-facts.md §15 verified Foundation on Debian 12), but a
/// table of five dates is deterministic on every platform, needs no locale or time zone, and
/// makes the boundary rules visible. A new era is one new line here.
///
/// Year 1 of an era is written 元年 (令和元年), as every official document does.
public struct JapaneseEra: Hashable, Sendable {
    /// The era's name, such as 令和.
    public let name: String
    /// Its first day.
    public let start: CivilDate

    /// Oldest first. 明治 officially began on 1868-10-23 (明治元年9月8日 in the lunisolar
    /// calendar) and applied from that year's start; 1868-01-01 is the usual convention for
    /// converting whole years, as Java and ICU do.
    public static let all: [JapaneseEra] = [
        JapaneseEra(name: "明治", start: CivilDate(year: 1868, month: 1, day: 1)!),
        JapaneseEra(name: "大正", start: CivilDate(year: 1912, month: 7, day: 30)!),
        JapaneseEra(name: "昭和", start: CivilDate(year: 1926, month: 12, day: 25)!),
        JapaneseEra(name: "平成", start: CivilDate(year: 1989, month: 1, day: 8)!),
        JapaneseEra(name: "令和", start: CivilDate(year: 2019, month: 5, day: 1)!),
    ]

    /// The first day Ayumi converts: 明治6年1月1日, when Japan moved to the Gregorian calendar.
    ///
    /// Earlier 明治 dates were counted in the lunisolar calendar (明治5年12月2日 was followed by
    /// 明治6年1月1日), so a Gregorian date before this day has no simple 和暦 equivalent.
    public static let firstConvertibleDate = CivilDate(year: 1873, month: 1, day: 1)!

    /// The era in effect on `date`; `nil` before `firstConvertibleDate`.
    public static func era(on date: CivilDate) -> JapaneseEra? {
        guard date >= firstConvertibleDate else { return nil }
        return all.last { $0.start <= date }
    }

    /// The year of this era that contains Gregorian `year` (1 for the year the era began).
    public func year(of gregorianYear: Int) -> Int { gregorianYear - start.year + 1 }

    /// 元年 for year 1, otherwise the number: `元`, `8`.
    public static func yearNumeral(_ year: Int) -> String { year == 1 ? "元" : String(year) }

    // MARK: - Whole years

    /// The era a calendar year is named by when only the year is known: the era in effect on
    /// 31 December, the one that began during the year (2019 → 令和元年, 1989 → 平成元年), as
    /// conversion tables (西暦和暦早見表) list it. A full date names the day exactly.
    public static func era(ofCalendarYear year: Int) -> JapaneseEra? {
        CivilDate(year: year, month: 12, day: 31).flatMap { era(on: $0) }
    }

    /// The era a fiscal year (April to March, 年度) is named by: the era in effect for most of
    /// it, which is the era on 1 October.
    ///
    /// This reproduces official usage at every change: 2019年度 is 令和元年度 (令和 from May),
    /// 1988年度 is 昭和63年度 (平成 only from January 1989), 1926年度 is 大正15年度 and
    /// 1912年度 is 大正元年度.
    public static func era(ofFiscalYear year: Int) -> JapaneseEra? {
        CivilDate(year: year, month: 10, day: 1).flatMap { era(on: $0) }
    }
}
