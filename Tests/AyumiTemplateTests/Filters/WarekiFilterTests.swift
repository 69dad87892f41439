import AyumiModel
import AyumiTemplate
import Foundation
import Testing

@Suite("和暦 filters")
struct WarekiFilterTests {
    /// reference/jlreq-facts.md §15, every vector, plus this edition's date.
    @Test("wareki: the era boundaries", arguments: [
        ("1912-07-29", "明治45年7月29日"),
        ("1912-07-30", "大正元年7月30日"),
        ("1926-12-24", "大正15年12月24日"),
        ("1926-12-25", "昭和元年12月25日"),
        ("1989-01-07", "昭和64年1月7日"),
        ("1989-01-08", "平成元年1月8日"),
        ("2019-04-30", "平成31年4月30日"),
        ("2019-05-01", "令和元年5月1日"),
        ("2026-04-01", "令和8年4月1日"),
        ("1873-01-01", "明治6年1月1日"),
        ("2000-02-29", "平成12年2月29日"),
        ("2026-4-1", "令和8年4月1日"),
        ("2119-12-31", "令和101年12月31日"),
    ])
    func wareki(date: String, expected: String) {
        let (result, diagnostics) = FilterRun.apply("edition.as_of | wareki", to: date)
        #expect(result == expected, "\(diagnostics)")
        #expect(diagnostics.isEmpty)
    }

    @Test("wareki_weekday adds the day of the week in full-width parentheses", arguments: [
        ("2026-04-01", "令和8年4月1日（水）"),
        ("2019-05-01", "令和元年5月1日（水）"),
        ("1989-01-07", "昭和64年1月7日（土）"),
        ("1989-01-08", "平成元年1月8日（日）"),
        ("1926-12-25", "昭和元年12月25日（土）"),
        ("1912-07-30", "大正元年7月30日（火）"),
        ("1873-01-01", "明治6年1月1日（水）"),
        ("2024-02-29", "令和6年2月29日（木）"),
    ])
    func weekday(date: String, expected: String) {
        #expect(FilterRun.apply("event.date | wareki_weekday", to: date).0 == expected)
    }

    @Test("era_year names a year: the era that began in it, or a full date's exact era", arguments: [
        ("2026", "令和8年"),
        ("2019", "令和元年"),
        ("2018", "平成30年"),
        ("1989", "平成元年"),
        ("1926", "昭和元年"),
        ("1873", "明治6年"),
        ("2019-04-30", "平成31年"),
        ("2019-05-01", "令和元年"),
        ("1926-12-24", "大正15年"),
    ])
    func eraYear(value: String, expected: String) {
        #expect(FilterRun.apply("year | era_year", to: value).0 == expected)
    }

    @Test("fiscal_years: the edition label, the era named again where it changes", arguments: [
        (["2026", "2027"], "令和8・9年度版"),
        (["2026"], "令和8年度版"),
        (["2018", "2019"], "平成30・令和元年度版"),
        (["2018", "2019", "2020"], "平成30・令和元・2年度版"),
        (["2019"], "令和元年度版"),
        (["1988", "1989"], "昭和63・平成元年度版"),
        (["1926"], "大正15年度版"),
        (["1912"], "大正元年度版"),
        (["2026", "2028"], "令和8・10年度版"),
    ])
    func fiscalYears(years: [String], expected: String) {
        let (result, diagnostics) = FilterRun.apply("edition.fiscal_years | fiscal_years", to: FilterRun.list(years))
        #expect(result == expected, "\(diagnostics)")
    }

    @Test("fiscal_years takes a single year, and another word (or none) after 年度")
    func fiscalYearsVariants() {
        #expect(FilterRun.apply("fy | fiscal_years", to: "2026").0 == "令和8年度版")
        #expect(FilterRun.apply("fy | fiscal_years('')", to: FilterRun.list(["2026", "2027"])).0 == "令和8・9年度")
        #expect(FilterRun.apply("fy | fiscal_years(\"事業計画\")", to: "2026").0 == "令和8年度事業計画")
        #expect(FilterRun.apply("fy | fiscal_years | fullwidth_digits", to: FilterRun.list(["2026", "2027"])).0
                == "令和８・９年度版")
    }

    /// Foundation's Japanese calendar (verified on this platform in jlreq-facts §15) and the era
    /// table agree on the first of every month from 1873 to 2100 and on every day around each change.
    @Test("agrees with Foundation's Japanese calendar")
    func agreesWithFoundation() throws {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .japanese)
        formatter.locale = Locale(identifier: "ja_JP")
        formatter.timeZone = TimeZone(identifier: "Asia/Tokyo")
        formatter.dateFormat = "Gy年M月d日(E)"
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = try #require(TimeZone(identifier: "Asia/Tokyo"))
        var dates: [DateComponents] = []
        for year in 1873...2100 {
            for month in 1...12 { dates.append(DateComponents(year: year, month: month, day: 1)) }
        }
        for era in JapaneseEra.all.dropFirst() {
            for offset in -3...3 {
                dates.append(DateComponents(year: era.start.year, month: era.start.month, day: era.start.day + offset))
            }
        }
        var disagreements: [String] = []
        for components in dates {
            let date = try #require(gregorian.date(from: components))
            let parts = gregorian.dateComponents([.year, .month, .day], from: date)
            let iso = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            let ours = FilterRun.apply("d | wareki_weekday", to: iso).0?
                .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
            let foundation = formatter.string(from: date)
            if ours != foundation { disagreements.append("\(iso): \(ours ?? "nil") vs \(foundation)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}

@Suite("Digit filters and default")
struct DigitFilterTests {
    @Test("fullwidth_digits", arguments: [
        ("2026", "２０２６"),
        ("令和8年4月1日", "令和８年４月１日"),
        ("電話 03-1234-5678", "電話 ０３-１２３４-５６７８"),
        ("abc", "abc"),
    ])
    func fullwidth(value: String, expected: String) {
        #expect(FilterRun.apply("x | fullwidth_digits", to: value).0 == expected)
    }

    @Test("kanji_digits counts with 十, 百, 千, 万", arguments: [
        ("12", "十二"), ("10", "十"), ("20", "二十"), ("25", "二十五"), ("105", "百五"), ("110", "百十"),
        ("2026", "二千二十六"), ("1000", "千"), ("0", "〇"), ("05", "五"), ("10000", "一万"),
        ("120000", "十二万"), ("100000000", "一億"), ("１２", "十二"), ("1.25", "一・二五"),
        ("令和8年12月25日", "令和八年十二月二十五日"), ("第3条", "第三条"),
    ])
    func kanjiCounting(value: String, expected: String) {
        #expect(FilterRun.apply("x | kanji_digits", to: value).0 == expected)
    }

    @Test("kanji_digits(\"digits\") writes digit by digit", arguments: [
        ("2026", "二〇二六"), ("12", "一二"), ("03-1234", "〇三-一二三四"),
    ])
    func kanjiDigitByDigit(value: String, expected: String) {
        #expect(FilterRun.apply("x | kanji_digits(\"digits\")", to: value).0 == expected)
    }

    @Test("filters chain left to right")
    func chain() {
        #expect(FilterRun.apply("as_of | wareki | kanji_digits", to: "2026-04-01").0 == "令和八年四月一日")
        #expect(FilterRun.apply("as_of | wareki_weekday | fullwidth_digits", to: "2026-04-01").0 == "令和８年４月１日（水）")
    }

    @Test("default fills a missing or empty value, and is located in the template")
    func defaults() {
        #expect(FilterRun.apply("x | default(\"未記入\")", to: nil).0 == "未記入")
        #expect(FilterRun.apply("x | default('未 記入')", to: "").0 == "未 記入")
        #expect(FilterRun.apply("x | default(\"未記入\")", to: "花子").0 == "花子")
        #expect(FilterRun.apply("x | default(\"\\\"と\\\\\")", to: nil).0 == "\"と\\")
        #expect(FilterRun.apply("x | wareki | default(\"日付未定\")", to: nil).0 == "日付未定")
        #expect(FilterRun.apply("x", to: nil).0 == nil)
        #expect(FilterRun.apply("x | wareki", to: nil) .0 == nil)
        // The default's text is then converted like data, and a mistake is found in the template.
        let (result, diagnostics) = FilterRun.apply("x | default(\"未定\") | wareki", to: nil)
        #expect(result == nil)
        #expect(diagnostics.map(\.description) == [
            "template.yaml:1:13: error: `x` is not a date written as YYYY-MM-DD, which `wareki` needs",
        ])
    }

    @Test("a plain placeholder gives its value unchanged")
    func plain() {
        #expect(FilterRun.apply("  edition.publisher  ", to: "みらい市 高齢者支援課").0 == "みらい市 高齢者支援課")
    }
}
