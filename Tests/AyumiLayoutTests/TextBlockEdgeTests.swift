import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

/// The text block (版面) is bounded by character frames (JLREQ 2.4): the first line's frame
/// touches the top, so a page holds every line that fits as size + (lines − 1) × pitch.
@Suite("The text block's edges are character frames")
struct TextBlockEdgeTests {
    static let body = TextStyle(family: "mincho", size: .pt(12), linePitch: .pt(21), composition: CompositionSettings())

    struct Case: CustomStringConvertible, Sendable {
        var paper: PaperSize, mode: WritingMode, lines: Int
        var description: String { "\(paper) \(mode): \(lines) lines" }
    }

    /// One paragraph longer than a page, at 12pt on a 21pt grid with 20 mm margins.
    func layout(_ setting: Case) -> LayoutResult {
        var page = PageSetup(paper: setting.paper, writingMode: setting.mode, margins: Margins(all: .mm(20)),
                             gridPitch: .pt(21))
        page.gridCharacterSize = .pt(12)
        let text = String(repeating: "あ", count: 4000)
        let document = Document(metadata: DocumentMetadata(title: "t"), page: page, blocks: [
            .text(TextBlock(role: .paragraph, text: SourceText(generated: text), style: Self.body)),
        ])
        return DocumentLayout(shaper: FakeShaper()).layout(document)
    }

    func runs(_ page: Page) -> [GlyphRun] {
        page.items.compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
    }

    // A5 less 20 mm margins: 481.9pt deep (306.1pt wide); A4: 728.5pt deep.
    // 12 + 22 × 21 = 474 ≤ 481.9; 12 + 34 × 21 = 726 ≤ 728.5; 12 + 14 × 21 = 306 ≤ 306.1.
    @Test("a page holds every line whose frame fits", arguments: [
        Case(paper: .a5, mode: .horizontal, lines: 23),
        Case(paper: .a4, mode: .horizontal, lines: 35),
        Case(paper: .a5, mode: .vertical, lines: 15),
    ])
    func linesPerPage(_ setting: Case) {
        let result = layout(setting)
        #expect(runs(result.pages[0]).count == setting.lines)
        #expect(runs(result.pages[1]).count == setting.lines)
    }

    @Test("the first line's em box touches the top (horizontal) or the right edge (vertical)")
    func firstFrameAtTheEdge() throws {
        let margin = Length.mm(20).points
        let horizontal = try #require(runs(layout(Case(paper: .a5, mode: .horizontal, lines: 23)).pages[1]).first)
        #expect(abs(horizontal.glyphs[0].y - 0.88 * 12 - margin) < 1e-9)
        let vertical = try #require(runs(layout(Case(paper: .a5, mode: .vertical, lines: 15)).pages[1]).first)
        // A column's glyphs hang from its centre line, half an em left of the 版面's right edge.
        #expect(abs(vertical.glyphs[0].x - (PaperSize.a5.size.width - margin - 6)) < 1e-9)
    }

    @Test("a box at the top of a page starts at the edge, not half a gap above it")
    func boxAtTheTop() throws {
        var page = PageSetup(paper: .a5, writingMode: .horizontal, margins: Margins(all: .mm(20)), gridPitch: .pt(21))
        page.gridCharacterSize = .pt(12)
        let box = BoxBlock(title: nil, titleStyle: nil,
                           blocks: [.text(TextBlock(role: .paragraph, text: SourceText(generated: "あ"), style: Self.body))],
                           look: BoxLook())
        let document = Document(metadata: DocumentMetadata(title: "t"), page: page, blocks: [
            .box(box),
            .text(TextBlock(role: .paragraph, text: SourceText(generated: "い"), style: Self.body)),
        ])
        let items = DocumentLayout(shaper: FakeShaper()).layout(document).pages[0].items
        let frame = try #require(items.compactMap { if case .rectangle(let shape) = $0 { shape } else { nil } }.first)
        // The 1pt border's path runs half its width inside, so its outer edge touches the top.
        #expect(abs(frame.rect.minY - 0.5 - Length.mm(20).points) < 1e-9)
        // What follows stands on the grid again: its baseline a whole number of pitches below the first line's.
        let after = try #require(runs(DocumentLayout(shaper: FakeShaper()).layout(document).pages[0]).last)
        let firstBaseline = Length.mm(20).points + 0.88 * 12
        let steps = (after.glyphs[0].y - firstBaseline) / 21
        #expect(abs(steps - steps.rounded()) < 1e-9)
    }
}

