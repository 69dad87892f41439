import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

@Suite("Laying out pages")
struct DocumentLayoutTests {
    let style = TextStyle(family: "mincho", size: .pt(10), linePitch: .pt(20))

    func document(_ paragraphs: [String], mode: WritingMode = .horizontal, paper: PaperSize = .a5) -> Document {
        Document(metadata: DocumentMetadata(title: "t"),
                 page: PageSetup(paper: paper, writingMode: mode, margins: Margins(all: .mm(20))),
                 blocks: paragraphs.map {
                     .text(TextBlock(role: .paragraph, text: SourceText($0, sourceMap: SourceMap(
                         startingAt: SourceLocation(file: "d.yaml", line: 2, column: 7))), style: style))
                 })
    }

    func runs(_ page: Page) -> [GlyphRun] {
        page.items.map { if case .glyphRun(let run) = $0 { run } else { fatalError() } }
    }

    @Test("horizontal lines stand on the line pitch, the first em box touching the 版面's top (JLREQ 2.4)")
    func horizontalBaselines() {
        // A5 less 20 mm margins is 306.1pt wide: 30 characters of 10pt a line.
        let result = DocumentLayout(shaper: FakeShaper()).layout(document([String(repeating: "あ", count: 90)]))
        let baselines = runs(result.pages[0]).map { $0.glyphs[0].y }
        let top = Length.mm(20).points
        #expect(baselines.count == 3)
        // The first line's character frame touches the top: its baseline 0.88 em below it.
        #expect(abs(baselines[0] - (top + 8.8)) < 1e-9)
        #expect(abs(baselines[1] - baselines[0] - 20) < 1e-9)
        #expect(runs(result.pages[0]).allSatisfy { abs($0.glyphs[0].x - top) < 1e-9 })
    }

    @Test("vertical columns run right to left, each glyph one em below the last")
    func verticalColumns() {
        let result = DocumentLayout(shaper: FakeShaper()).layout(document([String(repeating: "あ", count: 60)], mode: .vertical))
        let columns = runs(result.pages[0])
        let right = PaperSize.a5.size.width - Length.mm(20).points
        // The first column's frame touches the 版面's right edge: its centre half an em in.
        #expect(abs(columns[0].glyphs[0].x - (right - 5)) < 1e-9)
        #expect(abs(columns[1].glyphs[0].x - (right - 25)) < 1e-9)
        // The first column is justified to the 版面's height; the last keeps one em per character.
        let height = PaperSize.a5.size.height - 2 * Length.mm(20).points
        #expect(abs(columns[0].glyphs.last!.y + 10 - columns[0].glyphs[0].y - height) < 1e-9)
        #expect(abs(columns[1].glyphs[1].y - columns[1].glyphs[0].y - 10) < 1e-9)
        #expect(columns.allSatisfy { $0.direction == .vertical })
    }

    @Test("a full page continues on the next")
    func pageBreak() {
        // A5 less 20 mm margins holds 24 lines of 10pt at 20pt: 10 + 23 × 20 = 470 ≤ 481.9 < 490.
        let result = DocumentLayout(shaper: FakeShaper()).layout(document([String(repeating: "あ", count: 30 * 30)]))
        #expect(result.pages.count == 2)
        #expect(runs(result.pages[0]).count == 24)
        #expect(runs(result.pages[1]).count == 6)
    }

    @Test("each run carries its text and one cluster per character")
    func clusters() {
        let result = DocumentLayout(shaper: FakeShaper()).layout(document(["人生会議"]))
        let run = runs(result.pages[0])[0]
        #expect(run.text == "人生会議")
        #expect(run.clusters == Array(repeating: TextCluster(byteCount: 3, glyphCount: 1), count: 4))
    }

    @Test("a character no font has is a located error naming its code point")
    func missingCharacter() throws {
        let result = DocumentLayout(shaper: FakeShaper(missing: ["\u{E000}"])).layout(document(["あい\u{E000}う"]))
        let error = try #require(result.diagnostics.errors.first)
        #expect(error.description == "d.yaml:2:9: error: no font can show U+E000 (a private-use character)")
        #expect(error.hints.first?.contains("外字") == true)
    }

    @Test("a missing ordinary character is shown with its code point and itself")
    func missingOrdinary() {
        let result = DocumentLayout(shaper: FakeShaper(missing: ["𠮷"])).layout(document(["𠮷"]))
        #expect(result.diagnostics.errors.first?.message == "no font can show U+20BB7 「𠮷」")
    }
}
