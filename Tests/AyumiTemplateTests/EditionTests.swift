import AyumiModel
import Testing
@testable import AyumiTemplate

/// Carrying an edition forward by editing its text, and comparing editions.
@Suite("Editions")
struct EditionTests {
    func file(_ text: String) throws -> YAMLFile {
        var diagnostics = Diagnostics()
        return try #require(YAMLFile.parse(text, path: "edition.yaml", diagnostics: &diagnostics))
    }

    func carry(_ text: String, to years: [Int]) throws -> EditionCarryForward {
        switch EditionCarryForward.carry(try file(text), to: years) {
        case .success(let carried): return carried
        case .failure(let failure): throw failure
        }
    }

    @Test("years, the as-of date and labels change; comments, quotes, order and blank lines stay")
    func flow() throws {
        let carried = try carry("""
            # 令和8・9年度版
            edition: {fiscal_years: [2026, 2027], as_of: '2026-04-01', label: "令和8・9年度版"}   # 表紙

            note: 令和8年4月1日現在。令和８年４月１日（水）現在。令和八年四月一日現在。2026年4月1日現在。
            """, to: [2028, 2029])
        #expect(carried.text == """
            # 令和8・9年度版
            edition: {fiscal_years: [2028, 2029], as_of: '2028-04-01', label: "令和10・11年度版"}   # 表紙

            note: 令和10年4月1日現在。令和１０年４月１日（土）現在。令和十年四月一日現在。2028年4月1日現在。
            """)
        #expect(carried.oldYears == [2026, 2027] && carried.newAsOf.description == "2028-04-01")
        #expect(carried.changes.map(\.path) == ["edition.fiscal_years", "edition.as_of", "edition.label", "note"])
    }

    @Test("fewer years in a flow list, across an era change")
    func eraChange() throws {
        let carried = try carry("edition: {fiscal_years: [2017, 2018], as_of: 2017-04-01, label: 平成29・30年度版}\n", to: [2019])
        #expect(carried.text == "edition: {fiscal_years: [2019], as_of: 2019-04-01, label: 令和元年度版}\n")
    }

    @Test("a single year written as a scalar")
    func scalar() throws {
        let carried = try carry("edition:\n  fiscal_years: 2026\n  title: 2026年度 お知らせ\n", to: [2027])
        #expect(carried.text == "edition:\n  fiscal_years: 2027\n  title: 2027年度 お知らせ\n")
    }

    @Test("labels inside a block scalar are rewritten where they stand")
    func blockScalar() throws {
        let carried = try carry("""
            edition:
              fiscal_years: [2026, 2027]
            cover: |
              みらい市
              令和8・9年度版
            """, to: [2028, 2029])
        #expect(carried.text.hasSuffix("  みらい市\n  令和10・11年度版"))
    }

    @Test("a bare year (a law's year) is not moved but goes on the review list; so do dates and files")
    func review() throws {
        let carried = try carry("""
            edition: {fiscal_years: [2026, 2027], as_of: 2026-04-01}
            laws:
              - 令和8年法律第12号による改正を反映しています。
            event: {date: 2026-11-30}
            resources: resources.csv
            phone_numbers: [0000-00-0000]
            """, to: [2028, 2029])
        #expect(carried.text.contains("令和8年法律第12号"))
        let reasons = carried.review.map(\.reason)
        #expect(reasons.contains(.mentionsOldYear("令和8年")))
        #expect(reasons.contains(.date("2026-11-30")))
        #expect(reasons.contains(.file("resources.csv")))
        #expect(reasons.contains(.laws))
        #expect(reasons.contains(.contacts))
    }

    @Test("what cannot be carried forward", arguments: [
        ("- a\n", EditionCarryForward.Problem.notAMapping(SourceLocation(file: "edition.yaml", line: 1, column: 1))),
        ("title: x\n", .noEdition(SourceLocation(file: "edition.yaml", line: 1, column: 1))),
        ("edition: {as_of: 2026-04-01}\n", .noFiscalYears(SourceLocation(file: "edition.yaml", line: 1, column: 10))),
        ("edition: {fiscal_years: [2026, x]}\n", .notAYear("x", SourceLocation(file: "edition.yaml", line: 1, column: 32))),
        ("edition: {fiscal_years: [1850]}\n", .yearOutOfRange(1850)),
    ])
    func problems(text: String, problem: EditionCarryForward.Problem) throws {
        guard case .failure(let failure) = EditionCarryForward.carry(try file(text), to: [2028]) else {
            Issue.record("carried forward \(text)")
            return
        }
        #expect(failure.problems.contains(problem), "\(failure.problems)")
    }

    @Test("era labels: the filters' own output, longest first")
    func labels() {
        let labels = EraLabels(oldYears: [2026, 2027], newYears: [2028, 2029],
                               oldDate: CivilDate(year: 2026, month: 4, day: 1), newDate: CivilDate(year: 2028, month: 4, day: 1))
        let found = labels.occurrences(in: "令和8・9年度版、令和8年度、2026年度、12026年度")
        #expect(found.map(\.new) == ["令和10・11年度版", "令和10年度", "2028年度"])
    }

    @Test("diff: short lists are one value, other lists item by item")
    func diff() throws {
        let old = try file("a: [1, 2]\nb: [長い長い長い長い長い長い長い長い文です。]\nc: {d: x}\n")
        let new = try file("a: [1, 3]\nb: [長い長い長い長い長い長い長い長い文でした。]\ne: y\n")
        let differences = EditionDiff.compare(old, new)
        #expect(differences.map(\.path) == ["a", "b[1]", "e", "c.d"])
        #expect(differences[0].kind == .changed(old: .list(["1", "2"]), new: .list(["1", "3"])))
        #expect(differences[2].kind == .added(.text("y")))
        #expect(differences[3].kind == .removed(.text("x")))
    }
}
