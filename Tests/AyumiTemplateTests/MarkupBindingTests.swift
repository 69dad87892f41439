import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// The text blocks of a bound document.
private func textBlocks(_ document: Document?) -> [TextBlock] {
    (document?.blocks ?? []).compactMap { block in
        if case .text(let text) = block { text } else { nil }
    }
}

@Suite("Inline markup in the article template")
struct MarkupBindingTests {
    @Test("ruby in the body becomes a ruby inline located in the data file")
    func rubyInBody() throws {
        let (document, diagnostics, path) = Article.bind("title: 題\nbody: |\n  これは{人生会議|じんせいかいぎ}のお話です。\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let paragraph = try #require(textBlocks(document).last)
        #expect(paragraph.role == .paragraph)
        guard paragraph.content.count == 3, case .ruby(let ruby) = paragraph.content[1] else {
            Issue.record("expected text, ruby, text; got \(paragraph.content)")
            return
        }
        #expect(ruby.base.text == "人生会議" && ruby.readings.map(\.text) == ["じんせいかいぎ"])
        #expect(ruby.base.location(ofScalarAt: 0) == SourceLocation(file: path, line: 3, column: 7))
        #expect(ruby.readings[0].location(ofScalarAt: 0) == SourceLocation(file: path, line: 3, column: 12))
        #expect(paragraph.content.plainText == "これは人生会議のお話です。")
    }

    @Test("a markup mistake in the body points at its line and column in the data file", arguments: [
        ("title: 題\nbody: |\n  一行目です。\n  二行目の{人生会議|じんせいかいぎです。\n",
         "4:7: error: `{` starts ruby but no `}` closes it"),
        ("title: 題\nbody: |\n  一行目です。\n\n  # 見出しの**太字\n",
         "5:9: error: `**` starts bold text but no `**` closes it"),
        ("title: 題\nbody: \"本文の{漢字|か|ん|じ}\"\n",
         "2:11: error: ruby expected 2 readings, one for each base character, but found 3"),
        ("title: 題\nbody: 本文の^12345^です\n", "2:10: error: 縦中横 holds at most 4 characters, but this has 5"),
    ])
    func mistakeLocation(yaml: String, message: String) {
        let (document, diagnostics, path) = Article.bind(yaml)
        #expect(document == nil)
        #expect(diagnostics.map(\.description) == ["\(path):\(message)"])
    }

    @Test("a mistake in a title is reported once, though the title is also the PDF's title")
    func titleOnce() {
        let (_, diagnostics, path) = Article.bind("title: 人生}会議\nbody: 本文\n")
        #expect(diagnostics.map(\.description) == ["\(path):1:10: error: `}` closes ruby that was never opened"])
    }

    @Test("ruby in a title: the block keeps the ruby, the PDF's title has only the base text")
    func rubyInTitle() throws {
        let (document, diagnostics, _) = Article.bind("title: \"{人生会議|じんせいかいぎ}のすすめ\"\nbody: 本文\n")
        #expect(diagnostics.isEmpty)
        let bound = try #require(document)
        #expect(bound.metadata.title == "人生会議のすすめ")
        guard case .ruby? = textBlocks(bound).first?.content.first else {
            Issue.record("the title block has no ruby")
            return
        }
    }

    @Test("every markup mistake in the body is reported")
    func collected() {
        let (_, diagnostics, path) = Article.bind("title: 題\nbody: |\n  {漢字}です。\n\n  ^^と**太字\n")
        #expect(diagnostics.map(\.description) == [
            "\(path):3:3: error: ruby has no reading: the `|` between the base and the reading is missing",
            "\(path):5:3: error: `^^` holds no characters to set as 縦中横",
            "\(path):5:6: error: `**` starts bold text but no `**` closes it",
        ])
    }
}

@Suite("Line breaks in prose")
struct ProseLineBreakTests {
    @Test("a line ending in a backslash keeps its break, located at the backslash")
    func explicitBreak() throws {
        let (document, diagnostics, path) = Article.bind("title: 題\nbody: |\n  〒123-4567\\\n  みらい市本町1-2-3\n  電話は平日に。\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let paragraph = try #require(textBlocks(document).last)
        #expect(paragraph.content.plainText == "〒123-4567\nみらい市本町1-2-3電話は平日に。")
        #expect(paragraph.content.count == 3)
        #expect(paragraph.content[1] == .lineBreak(SourceLocation(file: path, line: 3, column: 12)))
        guard case .text(let second) = paragraph.content[2] else { return }
        #expect(second.location(ofScalarAt: 0) == SourceLocation(file: path, line: 4, column: 3))
    }

    @Test("a doubled backslash at the end of a line is a backslash, and the lines join as usual")
    func escapedBackslash() throws {
        let (document, diagnostics, _) = Article.bind("title: 題\nbody: |\n  C:\\\\\n  です。\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(textBlocks(document).last?.content.plainText == "C:\\です。")
    }

    @Test("a break at the end of a paragraph is a warning, and the document is still made")
    func breakAtParagraphEnd() throws {
        let (document, diagnostics, path) = Article.bind("title: 題\nbody: |\n  一行目\\\n  二行目\\\n\n  次の段落\n")
        #expect(diagnostics.map(\.description) == [
            "\(path):4:6: warning: a line break (`\\` at the end of a line) has no text after it",
        ])
        #expect(document != nil)
        let blocks = textBlocks(document)
        #expect(blocks.map(\.content.plainText) == ["題", "一行目\n二行目", "次の段落"])
    }

    @Test("a 1 MB body is bound in a few seconds at most (prose and markup parsing are linear)")
    func megabyteBody() throws {
        let line = "  {人生会議|じんせいかいぎ}は、**何度でも**話し合えます。《《大切》》なのは^12^月の見直しです。\\\n"
        let paragraph = String(repeating: line, count: 40) + "  おわり。\n\n"
        let body = String(repeating: paragraph, count: 1_000_000 / paragraph.utf8.count + 1)
        let clock = ContinuousClock()
        var result: (Document?, [Diagnostic], path: String)?
        let elapsed = clock.measure { result = Article.bind("title: 題\nbody: |\n" + body) }
        let (document, diagnostics, _) = try #require(result)
        #expect(diagnostics.isEmpty)
        #expect(textBlocks(document).count > 100)
        #expect(elapsed < TimeBound.scaled(.seconds(5)), "took \(elapsed)")
    }
}
