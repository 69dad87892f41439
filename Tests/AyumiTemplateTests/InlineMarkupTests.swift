import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// Markup as it would sit in `data.yaml`, its first line at line 1, column 1.
private func markup(_ text: String, file: String = "data.yaml") -> SourceText {
    var segments: [SourceMap.Segment] = [.init(offset: 0, line: 1, column: 1)]
    for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" {
        segments.append(.init(offset: offset + 1, line: segments.count + 1, column: 1))
    }
    return SourceText(text, sourceMap: SourceMap(file: file, segments: segments))
}

private func parse(_ text: String) -> ([Inline], [Diagnostic]) {
    var diagnostics = Diagnostics()
    let inlines = InlineMarkupParser.parse(markup(text), diagnostics: &diagnostics)
    return (inlines, diagnostics.all)
}

/// A compact picture of inlines: `text(…)`, `ruby(base|reading…)`, `bold[…]`, `dots[…]`, `tcy(…)`, `br`.
private func shape(_ inlines: [Inline]) -> String {
    inlines.map { inline in
        switch inline {
        case .text(let text): "text(\(text.text))"
        case .ruby(let ruby): "ruby(\(([ruby.base] + ruby.readings).map(\.text).joined(separator: "|")))"
        case .bold(let inner): "bold[\(shape(inner))]"
        case .emphasisDots(let inner): "dots[\(shape(inner))]"
        case .tateChuYoko(let text): "tcy(\(text.text))"
        case .lineBreak: "br"
        case .pageReference(let target): "page(\(target.text))"
        }
    }.joined(separator: " ")
}

private func rubies(in inlines: [Inline]) -> [Ruby] {
    inlines.flatMap { inline -> [Ruby] in
        switch inline {
        case .ruby(let ruby): [ruby]
        case .bold(let inner), .emphasisDots(let inner): rubies(in: inner)
        default: []
        }
    }
}

@Suite("Inline markup: what each form becomes")
struct InlineMarkupFormTests {
    @Test("every form parses to the expected inlines", arguments: [
        ("ただの文です。", "text(ただの文です。)", "ただの文です。"),
        ("{漢字|かんじ}", "ruby(漢字|かんじ)", "漢字"),
        ("{漢字|かん|じ}", "ruby(漢字|かん|じ)", "漢字"),
        ("これは{人生会議|じんせいかいぎ}です", "text(これは) ruby(人生会議|じんせいかいぎ) text(です)", "これは人生会議です"),
        ("{人生|じんせい}{会議|かい|ぎ}", "ruby(人生|じんせい) ruby(会議|かい|ぎ)", "人生会議"),
        ("**太字**", "bold[text(太字)]", "太字"),
        ("《《大切》》", "dots[text(大切)]", "大切"),
        ("^12^", "tcy(12)", "12"),
        ("第^12^回", "text(第) tcy(12) text(回)", "第12回"),
        ("^!?^と^2026^", "tcy(!?) text(と) tcy(2026)", "!?と2026"),
        ("**{大切|たいせつ}な人**へ", "bold[ruby(大切|たいせつ) text(な人)] text(へ)", "大切な人へ"),
        ("《《{人生|じん|せい}》》", "dots[ruby(人生|じん|せい)]", "人生"),
        ("**太字と《《圏点》》**", "bold[text(太字と) dots[text(圏点)]]", "太字と圏点"),
        ("《《圏点と**太字**》》", "dots[text(圏点と) bold[text(太字)]]", "圏点と太字"),
        ("**^12^月**", "bold[tcy(12) text(月)]", "12月"),
        (#"\{ \} \| \* \《 \》 \^ \\"#, #"text({ } | * 《 》 ^ \)"#, #"{ } | * 《 》 ^ \"#),
        ("一行目\\\n二行目", "text(一行目) br text(二行目)", "一行目\n二行目"),
        ("一行目\\\r\n二行目", "text(一行目) br text(二行目)", "一行目\n二行目"),
        ("**一行目\\\n二行目**", "bold[text(一行目) br text(二行目)]", "一行目\n二行目"),
        (#"{\{\}|かっこ}"#, "ruby({}|かっこ)", "{}"),
        (#"{漢字|かん\|じ}"#, "ruby(漢字|かん|じ)", "漢字"),
        (#"**a\*\*b**"#, "bold[text(a**b)]", "a**b"),
        ("a*b《c》d", "text(a*b《c》d)", "a*b《c》d"),
        ("***強調***", "bold[text(*強調)] text(*)", "*強調*"),
        ("{葛\u{E0100}城|かつ|らぎ}", "ruby(葛\u{E0100}城|かつ|らぎ)", "葛\u{E0100}城"),
        ("{漢字 | かん | じ}", "ruby(漢字|かん|じ)", "漢字"),
        ("", "", ""),
    ])
    func form(text: String, expected: String, plain: String) {
        let (inlines, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(shape(inlines) == expected)
        #expect(inlines.plainText == plain)
    }

    @Test("ruby bases and readings keep their locations", arguments: [
        // markup, then line:column of the base's first and last characters and of each reading's first
        ("{漢字|かんじ}", "1:2 1:3", ["1:5"]),
        ("これは{人生会議|じんせいかいぎ}です", "1:5 1:8", ["1:10"]),
        ("一行目\n二行目の{漢字|かん|じ}", "2:6 2:7", ["2:9", "2:12"]),
        (#"{\{字|かっこ|じ}"#, "1:3 1:4", ["1:6", "1:10"]),
        ("**《《{大切|たい|せつ}》》**", "1:6 1:7", ["1:9", "1:12"]),
        ("{ 漢字 |　かんじ}", "1:3 1:4", ["1:8"]),
    ])
    func rubyLocations(text: String, base: String, readings: [String]) throws {
        let (inlines, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        let ruby = try #require(rubies(in: inlines).first)
        let last = ruby.base.text.unicodeScalars.count - 1
        let place = { (location: AyumiModel.SourceLocation?) in location.map { "\($0.line):\($0.column)" } ?? "none" }
        #expect("\(place(ruby.base.location(ofScalarAt: 0))) \(place(ruby.base.location(ofScalarAt: last)))" == base)
        #expect(ruby.readings.map { place($0.location(ofScalarAt: 0)) } == readings)
        #expect(ruby.base.location(ofScalarAt: 0)?.file == "data.yaml")
    }

    @Test("text around escapes is one inline whose characters keep their columns")
    func escapedTextLocations() throws {
        let (inlines, _) = parse(#"あ\*い\\う"#)
        guard case .text(let text)? = inlines.first, inlines.count == 1 else {
            Issue.record("expected one text inline, got \(shape(inlines))")
            return
        }
        #expect(text.text == #"あ*い\う"#)
        let columns = (0..<5).map { text.location(ofScalarAt: $0)?.column }
        #expect(columns == [1, 3, 4, 6, 7])
    }

    @Test("a line break is located at its backslash")
    func lineBreakLocation() {
        let (inlines, _) = parse("〒123-4567\\\nみらい市")
        #expect(inlines.count == 3)
        #expect(inlines[1] == .lineBreak(SourceLocation(file: "data.yaml", line: 1, column: 10)))
        guard case .text(let second) = inlines[2] else { return }
        #expect(second.location(ofScalarAt: 0) == SourceLocation(file: "data.yaml", line: 2, column: 1))
    }

    @Test("ruby keeps group and per-character readings apart")
    func rubyKinds() throws {
        let group = try #require(rubies(in: parse("{漢字|かんじ}").0).first)
        let perCharacter = try #require(rubies(in: parse("{漢字|かん|じ}").0).first)
        #expect(!group.isPerCharacter)
        #expect(perCharacter.isPerCharacter)
    }
}

@Suite("Inline markup: mistakes")
struct InlineMarkupMistakeTests {
    @Test("each mistake is reported at the character it is about, with a hint showing the right form", arguments: [
        ("{漢字|かんじ", ["1:1: error: `{` starts ruby but no `}` closes it"], "{漢字|かんじ}"),
        ("一行目\n二行目の{漢字", ["2:5: error: `{` starts ruby but no `}` closes it"], "{漢字|かんじ}"),
        ("漢字}", ["1:3: error: `}` closes ruby that was never opened"], #"\}"#),
        ("AかB|C", ["1:4: error: `|` belongs inside ruby, between the base and its reading"], #"\|"#),
        ("{漢字}", ["1:1: error: ruby has no reading: the `|` between the base and the reading is missing"], "{漢字|かんじ}"),
        ("{|かんじ}", ["1:2: error: ruby has no base characters before `|`"], "{漢字|かんじ}"),
        ("{漢字|}", ["1:4: error: ruby has an empty reading after `|`"], "{漢字|かんじ}"),
        ("{ |かんじ}", ["1:3: error: ruby has no base characters before `|`"], "{漢字|かんじ}"),
        ("{漢字|かん|}", ["1:7: error: ruby has an empty reading after `|`"], "{漢字|かん|じ}"),
        ("{漢字|か|ん|じ}", ["1:1: error: ruby expected 2 readings, one for each base character, but found 3"], "{漢字|かん|じ}"),
        ("{人生会議|じん|せい}", ["1:1: error: ruby expected 4 readings, one for each base character, but found 2"], "{漢字|かんじ}"),
        ("{漢{字|じ}|かんじ}", ["1:3: error: ruby cannot go inside ruby"], "{人生|じんせい}{会議|かいぎ}"),
        ("{**漢字**|かんじ}", ["1:2: error: `**` cannot go inside ruby, whose base and readings are plain text",
                            "1:6: error: `**` cannot go inside ruby, whose base and readings are plain text"],
         "**{漢字|かんじ}**"),
        ("{{ title }}さま", ["1:1: error: `{{` starts a placeholder that was not filled in"], "{{ name }}"),
        ("題{{ title }と", ["1:2: error: `{{` starts a placeholder that was not filled in"], "closed with }}"),
        ("題{{ title", ["1:2: error: `{{` starts a placeholder that was not filled in"], "closed with }}"),
        ("**太字", ["1:1: error: `**` starts bold text but no `**` closes it"], "**大切**"),
        ("《《大切", ["1:1: error: `《《` starts emphasis dots but no `》》` closes them"], "《《大切》》"),
        ("大切》》です", ["1:3: error: `》》` closes emphasis dots that were never opened"], "《《大切》》"),
        ("《《大切《《です》》", ["1:5: error: `《《` opens emphasis dots while earlier ones are still open"], "《《大切》》"),
        ("**《《大切**》》", ["1:3: error: `《《` is still open where the bold text around it ends",
                          "1:9: error: `》》` closes emphasis dots that were never opened"], "**《《大切》》**"),
        ("****と《《》》", ["1:1: error: `**` and `**` have nothing between them",
                       "1:6: error: `《《` and `》》` have nothing between them"], "**大切**"),
        ("第^12回", ["1:2: error: `^` starts 縦中横 but no `^` closes it on the same line"], "^12^"),
        ("^^", ["1:1: error: `^^` holds no characters to set as 縦中横"], "^12^"),
        ("^12345^", ["1:1: error: 縦中横 holds at most 4 characters, but this has 5"], "four characters or fewer"),
        ("^1{2^", ["1:3: error: `{` cannot go inside 縦中横, which holds plain characters only"], "^12^"),
        (#"C:\Users"#, [#"1:3: error: `\U` is not an escape"#], #"write \\ for a backslash"#),
        ("\\ 空白", ["1:1: error: a backslash followed by a space is not an escape"], #"write \\ for a backslash"#),
        ("{漢字|かん\\じ}", ["1:7: error: a backslash before an ordinary character is not an escape"],
         #"write \\ for a backslash"#),
        (#"全角の\｛括弧"#, [#"1:4: error: `\｛` is not an escape"#], #"write \\ for a backslash"#),
    ])
    func mistake(text: String, expected: [String], hint: String) {
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map(\.description) == expected.map { "data.yaml:\($0)" })
        #expect(diagnostics.first?.hints.contains { $0.contains(hint) } == true, "hints: \(diagnostics.first?.hints ?? [])")
    }

    @Test("every mistake is reported, in the order of the text", arguments: [
        ("{漢字|かんじ と **太字", ["1:1: error: `{` starts ruby but no `}` closes it",
                              "1:11: error: `**` starts bold text but no `**` closes it"]),
        ("a}b|c", ["1:2: error: `}` closes ruby that was never opened",
                   "1:4: error: `|` belongs inside ruby, between the base and its reading"]),
        ("{漢字}と^12345^\n{|よみ}", ["1:1: error: ruby has no reading: the `|` between the base and the reading is missing",
                                  "1:6: error: 縦中横 holds at most 4 characters, but this has 5",
                                  "2:2: error: ruby has no base characters before `|`"]),
        ("{漢{字", ["1:1: error: `{` starts ruby but no `}` closes it",
                   "1:3: error: `{` starts ruby but no `}` closes it"]),
    ])
    func collected(text: String, expected: [String]) {
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map(\.description) == expected.map { "data.yaml:\($0)" })
    }

    @Test("a line break with nothing after it is a warning, and is dropped", arguments: ["終わり\\", "終わり\\\n"])
    func breakAtEnd(text: String) {
        let (inlines, diagnostics) = parse(text)
        #expect(diagnostics.map(\.description) == [
            "data.yaml:1:4: warning: a line break (`\\` at the end of a line) has no text after it",
        ])
        #expect(shape(inlines) == "text(終わり)")
    }

    @Test("after a mistake the rest of the text still parses")
    func recovery() {
        let (inlines, diagnostics) = parse("漢字}と{人生|じんせい}と**太字**")
        #expect(diagnostics.count == 1)
        #expect(shape(inlines) == "text(漢字}と) ruby(人生|じんせい) text(と) bold[text(太字)]")
    }

    @Test("messages name markup, never the writer's own words")
    func privacy() {
        let (_, diagnostics) = parse("{山田花子|やまだ|はなこ}")
        #expect(diagnostics.count == 1)
        #expect(!diagnostics[0].message.contains("山田") && !diagnostics[0].message.contains("やまだ"))
    }
}

@Suite("Inline markup: speed")
struct InlineMarkupSpeedTests {
    /// `text` repeated to at least `bytes` bytes of UTF-8, one segment per line as a YAML literal block gives.
    private func long(_ unit: String, bytes: Int) -> SourceText {
        let copies = bytes / unit.utf8.count + 1
        let text = String(repeating: unit, count: copies) + "おわり"
        var segments: [SourceMap.Segment] = [.init(offset: 0, line: 1, column: 3)]
        var line = 1
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" {
            line += 1
            segments.append(.init(offset: offset + 1, line: line, column: 3))
        }
        return SourceText(text, sourceMap: SourceMap(file: "body.yaml", segments: segments))
    }

    @Test("a 1 MB body of mixed markup parses in well under a second")
    func megabyte() {
        let unit = "これは{人生会議|じんせいかいぎ}の**大切な**お話です。《《必ず》》^12^月に\\{見直し\\}ましょう。{漢字|かん|じ}\\\n"
        let text = long(unit, bytes: 1_000_000)
        var diagnostics = Diagnostics()
        let clock = ContinuousClock()
        var inlines: [Inline] = []
        let elapsed = clock.measure { inlines = InlineMarkupParser.parse(text, diagnostics: &diagnostics) }
        #expect(text.text.utf8.count >= 1_000_000)
        #expect(diagnostics.isEmpty)
        #expect(rubies(in: inlines).count == 2 * (1_000_000 / unit.utf8.count + 1))
        #expect(elapsed < TimeBound.scaled(.milliseconds(2000)), "took \(elapsed)")
    }

    /// A parser that went back over the text for each mistake would take minutes here: each of
    /// these lines holds tens of thousands of markup characters and no line break.
    @Test("text full of mistakes stays linear too", arguments: [
        "{", "{a{", "}", "a|", "^", "^1", "《《a", "**", "\\q", "{a{b}", "{a|b|c}", "{a\\}", "{{", "{{a}",
    ])
    func adversarial(unit: String) {
        let text = long(unit, bytes: 100_000)
        var diagnostics = Diagnostics()
        let elapsed = ContinuousClock().measure { _ = InlineMarkupParser.parse(text, diagnostics: &diagnostics) }
        #expect(elapsed < TimeBound.scaled(.milliseconds(2000)), "took \(elapsed)")
    }
}

@Suite("Page references in markup")
struct PageReferenceMarkupTests {
    func parse(_ text: String) -> ([Inline], [Diagnostic]) {
        var diagnostics = Diagnostics()
        let inlines = InlineMarkupParser.parse(SourceText(text, sourceMap: SourceMap(startingAt:
            SourceLocation(file: "d.yaml", line: 1, column: 1))), diagnostics: &diagnostics)
        return (inlines, diagnostics.all)
    }

    @Test("[[見出し]] becomes a page reference with the heading's text")
    func reference() {
        let (inlines, diagnostics) = parse("→ [[人生会議とは]]ページ")
        #expect(diagnostics.isEmpty)
        #expect(inlines.count == 3)
        if case .pageReference(let target) = inlines[1] {
            #expect(target.text == "人生会議とは")
            #expect(target.location(ofScalarAt: 0)?.column == 5)
        } else {
            Issue.record("not a page reference: \(inlines)")
        }
    }

    @Test("an unclosed or empty reference is a located error; \\[ prints a bracket", arguments: [
        ("→ [[人生会議とは", "d.yaml:1:3: error: `[[` starts a page reference but no `]]` closes it on the same line"),
        ("→ [[]]", "d.yaml:1:3: error: `[[]]` names no heading"),
    ])
    func mistakes(text: String, message: String) {
        #expect(parse(text).1.first?.description == message)
    }

    @Test("a single bracket is text, and \\[[ is not a reference")
    func plain() {
        #expect(parse("[注] と \\[[x]]").0.plainText == "[注] と [[x]]")
    }
}
