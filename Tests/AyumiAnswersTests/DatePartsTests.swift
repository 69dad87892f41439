import AyumiModel
import AyumiTemplate
import Testing
@testable import AyumiAnswers

/// Dates as three boxes and an era, back to the calendar: era boundaries, 元年, full-width digits.
@Suite("DateParts")
struct DatePartsTests {
    @Test("era dates read to ISO dates, at and across the boundaries", arguments: [
        (Era.showa, "64", "1", "7", "1989-01-07"),
        (.heisei, "1", "1", "8", "1989-01-08"),
        (.heisei, "元", "1", "8", "1989-01-08"),
        (.heisei, "31", "4", "30", "2019-04-30"),
        (.reiwa, "元", "5", "1", "2019-05-01"),
        (.showa, "19", "6", "12", "1944-06-12"),
        (.showa, "１９", "０６", "１２", "1944-06-12"),
        (.taisho, "15", "12", "24", "1926-12-24"),
        (.showa, "元", "12", "25", "1926-12-25"),
        (.western, "1948", "3", "15", "1948-03-15"),
        (.reiwa, "8年", "4月", "1日", "2026-04-01"),
    ])
    func dates(era: Era, year: String, month: String, day: String, expected: String) {
        #expect(DateParts(era: era, year: year, month: month, day: day).reading == readingOf(expected))
    }

    @Test("dates that do not exist in their era are impossible", arguments: [
        (Era.showa, "64", "1", "8"), (.heisei, "1", "1", "7"), (.heisei, "31", "5", "1"), (.reiwa, "1", "4", "30"),
        (.taisho, "15", "12", "25"), (.western, "2026", "2", "30"), (.reiwa, "0", "5", "1"), (.showa, "65", "1", "1"),
        (.western, "2026", "13", "1"),
    ])
    func impossible(era: Era, year: String, month: String, day: String) {
        #expect(DateParts(era: era, year: year, month: month, day: day).reading == .impossible)
    }

    @Test("a date with a part missing or not a number is incomplete; nothing typed is empty")
    func incomplete() {
        #expect(DateParts(era: .showa, year: "19", month: "", day: "12").reading == .incomplete)
        #expect(DateParts(era: nil, year: "19", month: "6", day: "12").reading == .incomplete)
        #expect(DateParts(era: .showa, year: "十九", month: "6", day: "12").reading == .incomplete)
        #expect(DateParts(era: nil, year: "", month: " ", day: "").reading == .empty)
        #expect(DateParts(era: .reiwa, year: "", month: "", day: "").reading == .empty)
    }

    private func readingOf(_ iso: String) -> DateParts.Reading {
        let parts = iso.split(separator: "-").map { Int($0)! }
        return .date(CivilDate(year: parts[0], month: parts[1], day: parts[2])!)
    }
}
