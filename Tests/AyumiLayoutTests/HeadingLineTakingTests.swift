import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

/// 行取り (JLREQ 4.1.6): text off the line grid takes whole grid lines and sits centred in
/// them; ruby over a heading counts as part of it.
@Suite("Headings and display lines centred in their grid lines")
struct HeadingLineTakingTests {
    static let body = TextStyle(family: "mincho", size: .pt(12), linePitch: .pt(21), composition: CompositionSettings())
    /// The leaflet's step titles: a paragraph in a heading's style, 14pt at 1.6 em.
    static let step = TextStyle(family: "gothic", weight: .bold, size: .pt(14), linePitch: .pt(22.4), spaceBefore: .pt(4.2),
                                composition: CompositionSettings(alignment: .start))
    /// The article's first-level heading at 12pt: 15pt at 1.5 em, 9pt before, 3pt after.
    static let heading = TextStyle(family: "gothic", weight: .bold, size: .pt(15), linePitch: .pt(22.5), spaceBefore: .pt(9),
                                   spaceAfter: .pt(3), composition: CompositionSettings(alignment: .start))

    func page(_ blocks: [Block]) -> [GlyphRun] {
        var setup = PageSetup(paper: .a5, writingMode: .horizontal, margins: Margins(all: .mm(20)), gridPitch: .pt(21))
        setup.gridCharacterSize = .pt(12)
        let document = Document(metadata: DocumentMetadata(title: "t"), page: setup, blocks: blocks)
        return DocumentLayout(shaper: FakeShaper()).layout(document).pages[0].items
            .compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
    }

    func text(_ string: String, _ style: TextStyle, role: TextBlock.Role = .paragraph) -> Block {
        .text(TextBlock(role: role, text: SourceText(generated: string), style: style))
    }

    /// The em box of a run: its top and bottom along the page.
    func frame(_ run: GlyphRun) -> (top: Double, bottom: Double) {
        let top = run.glyphs.map(\.y).min()! - 0.88 * run.size
        return (top, top + run.size)
    }

    @Test("a step title at another pitch is centred in the grid lines it takes: 18.5pt above and below")
    func offGridParagraphCentred() throws {
        let runs = page([text("あ", Self.body), text("ステップ", Self.step), text("い", Self.body)])
        try #require(runs.count == 3)
        let (before, title, after) = (frame(runs[0]), frame(runs[1]), frame(runs[2]))
        // 4.2 + 22.4 takes two lines of 21pt (42); (42 − 22.4) / 2 = 9.8 each side of the title's
        // cell, plus its 4.2pt half gap and the 4.5pt half gap of the body line beside it.
        #expect(abs(title.top - before.bottom - 18.5) < 1e-9)
        #expect(abs(after.top - title.bottom - 18.5) < 1e-9)
    }

    @Test("a heading with ruby keeps its space above: heading and ruby centred together")
    func rubyHeading() throws {
        let ruby = Inline.ruby(Ruby(base: SourceText(generated: "人生会議"), readings: [SourceText(generated: "じんせいかいぎ")]))
        let heading = Block.text(TextBlock(role: .heading(level: 1), content: [ruby, .text(SourceText(generated: "とは"))],
                                           style: Self.heading))
        let runs = page([text("あ", Self.body), heading, text("い", Self.body)])
        let reading = try #require(runs.first { $0.size < 12 })
        let base = try #require(runs.first { $0.size == 15 })
        let before = frame(runs[0]), after = frame(try #require(runs.last))
        // Ruby 7.5pt over a 22.5pt line: 30pt of heading and 12pt of spaces take two lines (42);
        // the ruby's top and the base's foot each lie 6 + 3.75 + 4.5 = 14.25pt from the body text.
        #expect(abs(frame(reading).top - before.bottom - 14.25) < 1e-9)
        #expect(abs(after.top - frame(base).bottom - 14.25) < 1e-9)
    }

    @Test("at a page's top a ruby heading takes the lines it would without ruby, its ruby inside the 版面")
    func rubyHeadingAtTop() throws {
        // The note's first-level heading: 19pt at 1.5 em, 9.5pt after.
        let large = TextStyle(family: "gothic", weight: .bold, size: .pt(19), linePitch: .pt(28.5), spaceAfter: .pt(9.5),
                              composition: CompositionSettings(alignment: .start))
        let ruby = Inline.ruby(Ruby(base: SourceText(generated: "判断"), readings: [SourceText(generated: "はんだん")]))
        let heading = Block.text(TextBlock(role: .heading(level: 1), content: [ruby, .text(SourceText(generated: "する力"))],
                                           style: large))
        let runs = page([heading, text("い", Self.body)])
        let top = Length.mm(20).points
        let reading = try #require(runs.first { $0.size < 12 })
        let base = try #require(runs.first { $0.size == 19 })
        let next = try #require(runs.last)
        // 28.5 + 9.5 take two grid lines (42), as without ruby. Centred, the line's em box would
        // start 6.75 + 4.75 − 4.5 = 7pt below the top and its 9.5pt ruby 2.5pt above it: moved
        // down 2.5pt, the ruby's top is on the 版面's edge.
        #expect(abs(frame(reading).top - top) < 1e-9)
        #expect(abs(frame(base).top - (top + 9.5)) < 1e-9)
        #expect(abs(frame(next).top - (top + 42)) < 1e-9)
    }

    @Test("a heading without ruby is centred in its lines as before: 18pt above and below")
    func plainHeading() throws {
        let runs = page([text("あ", Self.body), text("人生会議とは", Self.heading, role: .heading(level: 1)), text("い", Self.body)])
        try #require(runs.count == 3)
        let (before, heading, after) = (frame(runs[0]), frame(runs[1]), frame(runs[2]))
        #expect(abs(heading.top - before.bottom - 18) < 1e-9)
        #expect(abs(after.top - heading.bottom - 18) < 1e-9)
    }
}
