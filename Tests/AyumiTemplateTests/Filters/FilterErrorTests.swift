import AyumiModel
import AyumiTemplate
import Testing

@Suite("Mistakes in filtered values")
struct FilterValueErrorTests {
    /// Data written at data.yaml:3:8; messages name the path, never the value itself.
    @Test("bad values are located errors at the value", arguments: [
        ("as_of | wareki", "2026-02-30", "data.yaml:3:8: error: `as_of` is not a real date: that month has only 28 days", nil),
        ("as_of | wareki", "2025-02-29", "data.yaml:3:8: error: `as_of` is not a real date: that month has only 28 days", nil),
        ("as_of | wareki", "2026-04-31", "data.yaml:3:8: error: `as_of` is not a real date: that month has only 30 days", nil),
        ("as_of | wareki", "2026-13-01", "data.yaml:3:8: error: `as_of` is not a real date: the month must be 1 to 12", nil),
        ("as_of | wareki", "2026-00-10", "data.yaml:3:8: error: `as_of` is not a real date: the month must be 1 to 12", nil),
        ("as_of | wareki", "2026-04-00", "data.yaml:3:8: error: `as_of` is not a real date: that month has only 30 days", nil),
        ("as_of | wareki", "2026/04/01", "data.yaml:3:8: error: `as_of` is not a date written as YYYY-MM-DD, which `wareki` needs",
         "write the date with half-width digits and hyphens, such as 2026-04-01"),
        ("as_of | wareki", "令和8年4月1日", "data.yaml:3:8: error: `as_of` is not a date written as YYYY-MM-DD, which `wareki` needs", nil),
        ("as_of | wareki", "２０２６-０４-０１", "data.yaml:3:8: error: `as_of` is not a date written as YYYY-MM-DD, which `wareki` needs", nil),
        ("as_of | wareki_weekday", "26-04-01", "data.yaml:3:8: error: `as_of` is not a date written as YYYY-MM-DD, which `wareki_weekday` needs", nil),
        ("birth | wareki", "1872-12-31",
         "data.yaml:3:8: error: `birth` is before 1873-01-01 (明治6年1月1日), the first day `wareki` can convert",
         "Japan used the lunisolar calendar until 明治5年12月2日; write the 和暦 date itself in the data"),
        ("year | era_year", "令和8", "data.yaml:3:8: error: `year` is not a year such as 2026 or a date such as 2026-04-01, which `era_year` needs", nil),
        ("year | era_year", "2019-02-29", "data.yaml:3:8: error: `year` is not a real date: that month has only 28 days", nil),
        ("year | era_year", "1868", "data.yaml:3:8: error: `year` is before 1873, the first year `era_year` can name", nil),
        ("fy | fiscal_years", "R8", "data.yaml:3:8: error: an item of `fy` is not a year such as 2026",
         "write each fiscal year (年度) with four half-width digits: [2026, 2027]"),
    ])
    func badValue(expression: String, value: String, message: String, hint: String?) {
        let (result, diagnostics) = FilterRun.apply(expression, to: value)
        #expect(result == nil)
        #expect(diagnostics.map(\.description) == [message])
        if let hint { #expect(diagnostics.first?.hints == [hint]) }
    }

    @Test("a bad item of a list is located at the item")
    func badListItem() {
        let (_, diagnostics) = FilterRun.apply("edition.fiscal_years | fiscal_years", to: FilterRun.list(["2026", "2O27"]))
        #expect(diagnostics.map(\.description) == ["data.yaml:3:15: error: an item of `edition.fiscal_years` is not a year such as 2026"])
        let (_, unordered) = FilterRun.apply("edition.fiscal_years | fiscal_years", to: FilterRun.list(["2027", "2026"]))
        #expect(unordered.map(\.description) == [
            "data.yaml:3:15: error: the years of `edition.fiscal_years` must increase, each after the one before",
        ])
        let (_, repeated) = FilterRun.apply("fy | fiscal_years", to: FilterRun.list(["2026", "2026"]))
        #expect(repeated.first?.message == "the years of `fy` must increase, each after the one before")
        let (_, empty) = FilterRun.apply("fy | fiscal_years", to: FilterRun.list([]))
        #expect(empty.map(\.description) == ["data.yaml:3:8: error: `fy` lists no years"])
    }

    @Test("a list where one value belongs, and a list left unfiltered")
    func lists() {
        let (_, wareki) = FilterRun.apply("dates | wareki", to: FilterRun.list(["2026-04-01"]))
        #expect(wareki.map(\.description) == ["data.yaml:3:8: error: `dates` is a list, but `wareki` needs a single value"])
        let (_, plain) = FilterRun.apply("edition.fiscal_years", to: FilterRun.list(["2026"]))
        #expect(plain.map(\.description) == [
            "data.yaml:3:8: error: `edition.fiscal_years` is a list, and a placeholder needs a single value",
        ])
        #expect(plain.first?.hints == ["add a filter that makes one text of a list, such as `| fiscal_years`"])
    }

    @Test("after a failed filter the rest do not run, not even default")
    func stops() {
        let (result, diagnostics) = FilterRun.apply("as_of | wareki | default(\"未定\")", to: "2026-02-30")
        #expect(result == nil)
        #expect(diagnostics.count == 1)
    }
}

@Suite("Placeholder expressions")
struct PlaceholderExpressionTests {
    @Test("paths and filters are read with their places")
    func parses() throws {
        var diagnostics = Diagnostics()
        let expression = try #require(PlaceholderExpression.parse(
            " edition.as_of | wareki_weekday | default( '未定' ) ",
            at: SourceLocation(file: "t.yaml", line: 4, column: 12), diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(expression.path == ["edition", "as_of"])
        #expect(expression.dottedPath == "edition.as_of")
        #expect(expression.location == SourceLocation(file: "t.yaml", line: 4, column: 13))
        #expect(expression.pipeline.steps.map(\.filter) == [.warekiWeekday, .defaultValue("未定")])
        #expect(expression.pipeline.steps.map(\.location.column) == [29, 46])
        #expect(expression.pipeline.steps[1].argumentLocation?.column == 55)
    }

    @Test("Japanese names in a path (CSV headers written in Japanese)")
    func japanesePath() throws {
        var diagnostics = Diagnostics()
        let expression = try #require(PlaceholderExpression.parse("窓口.電話番号 | fullwidth_digits",
                                                                 at: FilterRun.template, diagnostics: &diagnostics))
        #expect(expression.path == ["窓口", "電話番号"])
    }

    /// The text after `{{`, written at template.yaml:1:1.
    @Test("syntax mistakes are located errors", arguments: [
        ("edition.as_of | warekii", "template.yaml:1:17: error: unknown filter `warekii`", "did you mean `wareki`?"),
        ("x | fullwidth", "template.yaml:1:5: error: unknown filter `fullwidth`", "did you mean `fullwidth_digits`?"),
        ("x | upper", "template.yaml:1:5: error: unknown filter `upper`",
         "the filters are `wareki`, `wareki_weekday`, `era_year`, `fiscal_years`, `fullwidth_digits`, `kanji_digits`, `default`"),
        ("", "template.yaml:1:1: error: the placeholder is empty",
         "write the name of a data field between the braces, such as {{ title }}"),
        ("   ", "template.yaml:1:4: error: the placeholder is empty", nil),
        ("| wareki", "template.yaml:1:1: error: expected the name of a data field, not `|`", nil),
        ("x |", "template.yaml:1:4: error: expected a filter name after `|` before the end of the placeholder", nil),
        ("x | | wareki", "template.yaml:1:5: error: expected a filter name after `|`, not `|`", nil),
        ("edition.", "template.yaml:1:9: error: expected a name after `.` before the end of the placeholder", nil),
        ("edition..as_of", "template.yaml:1:9: error: expected a name after `.`, not `.`", nil),
        ("as_of wareki", "template.yaml:1:7: error: unexpected `w` after `as_of`", "separate filters with `|`, as in `as_of | wareki`"),
        ("as_of ｜ wareki", "template.yaml:1:7: error: unexpected `｜` after `as_of`",
         "`｜` is a full-width character; write the half-width `|`"),
        ("x | default（\"未定\"）", "template.yaml:1:12: error: unexpected `（` after `default`",
         "`（` is a full-width character; write the half-width `(`"),
        ("x | wareki(\"long\")", "template.yaml:1:12: error: the filter `wareki` takes no arguments",
         "write `wareki` without parentheses"),
        ("x | default", "template.yaml:1:5: error: the filter `default` needs an argument: the text to show when the value is empty",
         "for example `default(\"未記入\")`"),
        ("x | default()", "template.yaml:1:5: error: the filter `default` needs an argument: the text to show when the value is empty", nil),
        ("x | default(\"a\", \"b\")", "template.yaml:1:18: error: the filter `default` takes one argument (the text to show when the value is empty), not 2", nil),
        ("x | default(未記入)", "template.yaml:1:13: error: an argument of `default` must be in quotes", "write it as default(\"…\")"),
        ("x | default(”未記入”)", "template.yaml:1:13: error: an argument of `default` must be in quotes",
         "`”` is a full-width character; write the half-width `\"`"),
        ("x | default(\"未記入)", "template.yaml:1:13: error: this quote is not closed", "end the argument with another `\"`"),
        ("x | default(\"未記入\"", "template.yaml:1:12: error: the `(` after `default` is not closed", "end the arguments with `)`"),
        ("x | default(\"a\" \"b\")", "template.yaml:1:17: error: expected `,` or `)` after an argument of `default`, not `\"`", nil),
        ("x | kanji_digits(\"digit\")", "template.yaml:1:18: error: `kanji_digits` has no style `digit`", "did you mean `\"digits\"`?"),
        ("x | fiscal_years(\"版\", \"x\")", "template.yaml:1:23: error: the filter `fiscal_years` takes one argument (the word after 年度 (default 版)), not 2", nil),
        ("ｔｉｔｌｅ", "template.yaml:1:1: error: expected the name of a data field, not `ｔ`", nil),
    ])
    func mistake(expression: String, message: String, hint: String?) {
        var diagnostics = Diagnostics()
        let parsed = PlaceholderExpression.parse(expression, at: FilterRun.template, diagnostics: &diagnostics)
        #expect(parsed == nil)
        #expect(diagnostics.all.map(\.description) == [message])
        if let hint { #expect(diagnostics.all.first?.hints.contains(hint) == true, "\(diagnostics.all.first?.hints ?? [])") }
    }

    @Test("every unknown filter is reported, not just the first")
    func collects() {
        var diagnostics = Diagnostics()
        #expect(PlaceholderExpression.parse("x | warekii | fullwidth | default(\"-\")", at: FilterRun.template,
                                            diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.description) == [
            "template.yaml:1:5: error: unknown filter `warekii`",
            "template.yaml:1:15: error: unknown filter `fullwidth`",
        ])
    }

    @Test("locations follow the text's source map, across lines of a YAML block")
    func sourceMapped() {
        // `x |` on line 7 from column 5, then `warekii` on line 8 from column 5.
        let map = SourceMap(file: "t.yaml", segments: [
            .init(offset: 0, line: 7, column: 5), .init(offset: 4, line: 8, column: 5),
        ])
        var diagnostics = Diagnostics()
        _ = PlaceholderExpression.parse(SourceText("x | warekii", sourceMap: map), diagnostics: &diagnostics)
        #expect(diagnostics.all.map(\.description) == ["t.yaml:8:5: error: unknown filter `warekii`"])
    }
}

@Suite("Filter values from YAML")
struct FilterValueFromYAMLTests {
    @Test("a YAML list keeps each item's place, so a bad year is pointed at")
    func yamlList() throws {
        var diagnostics = Diagnostics()
        let yaml = "edition:\n  fiscal_years: [2026, 2O27]\n  as_of: 2026-04-01\n"
        let file = try #require(YAMLFile.parse(yaml, path: "edition.yaml", diagnostics: &diagnostics))
        let edition = try #require(file.root?["edition"])
        let yearsNode = try #require(edition["fiscal_years"])
        let years = try #require(FilterValue(yearsNode, in: file))
        let (_, errors) = FilterRun.apply("edition.fiscal_years | fiscal_years", to: years)
        #expect(errors.map(\.description) == ["edition.yaml:2:24: error: an item of `edition.fiscal_years` is not a year such as 2026"])
        let asOfNode = try #require(edition["as_of"])
        let asOf = try #require(FilterValue(asOfNode, in: file))
        #expect(FilterRun.apply("edition.as_of | wareki_weekday", to: asOf).0 == "令和8年4月1日（水）")
        #expect(FilterValue(edition, in: file) == nil)
    }
}
