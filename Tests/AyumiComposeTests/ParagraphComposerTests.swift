import AyumiCompose
import AyumiModel
import AyumiTestSupport
import Testing

@Suite("Breaking paragraphs into lines (first, simple composer)")
struct ParagraphComposerTests {
    let composer = ParagraphComposer(shaper: FakeShaper())
    let font = FontRequest(family: "mincho", weight: .regular, size: .pt(10))

    func lines(_ text: String, measure: Double, indent: Double = 0) -> [String] {
        let paragraph = composer.compose(text, font: font, direction: .horizontal, measure: measure, firstLineIndent: indent)
        return paragraph.lines.map { line in
            String(String.UnicodeScalarView(line.glyphs.map { paragraph.scalars[paragraph.shaped.glyphs[$0].cluster] }))
        }
    }

    @Test("full lines hold exactly measure ÷ em characters")
    func fillsLines() {
        #expect(lines("あいうえおかきくけこさ", measure: 50) == ["あいうえお", "かきくけこ", "さ"])
    }

    @Test("the first line is shorter by its indent, and its glyphs start after it")
    func indent() {
        #expect(lines("あいうえおかきくけこ", measure: 50, indent: 10) == ["あいうえ", "おかきくけ", "こ"])
        let paragraph = composer.compose("あい", font: font, direction: .horizontal, measure: 50, firstLineIndent: 10)
        #expect(paragraph.lines[0].positions == [10, 20])
        #expect(paragraph.lines[0].extent == 30)
    }

    @Test("a Latin word moves whole to the next line, and the space at the break is dropped")
    func latinWords() {
        #expect(lines("あいう Care", measure: 50) == ["あいう ", "Care"])
        #expect(lines("ab cd ef gh", measure: 30) == ["ab cd ", "ef gh"])
    }

    @Test("a word longer than the line breaks rather than overflowing")
    func overlongWord() {
        #expect(lines("abcdefghijkl", measure: 30) == ["abcdef", "ghijkl"])
    }

    @Test("no line is longer than the measure", arguments: [35.0, 50, 77.5, 120])
    func neverOverflows(measure: Double) {
        let paragraph = composer.compose("人生会議は、これからの医療や Advance Care Planning について話し合うことです。",
                                         font: font, direction: .horizontal, measure: measure, firstLineIndent: 10)
        for line in paragraph.lines { #expect(line.extent <= measure + 0.001) }
        let kept = paragraph.lines.flatMap { $0.glyphs }.map { paragraph.scalars[paragraph.shaped.glyphs[$0].cluster] }
        #expect(String(String.UnicodeScalarView(kept)).withoutWhitespace == paragraph.scalars.map(String.init).joined().withoutWhitespace)
    }

    @Test("characters without a glyph are passed on as missing")
    func missing() {
        let paragraph = ParagraphComposer(shaper: FakeShaper(missing: ["\u{E000}"]))
            .compose("あ\u{E000}い", font: font, direction: .horizontal, measure: 100)
        #expect(paragraph.shaped.missing == [1])
        #expect(paragraph.lines.count == 1)
    }
}
