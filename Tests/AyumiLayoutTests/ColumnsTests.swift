import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

@Suite("Columns (段組)")
struct ColumnsTests {
    func layout(_ mode: WritingMode) -> [Page] {
        var setup = PageSetup(paper: .a5, writingMode: mode, margins: Margins(all: .mm(20)), gridPitch: .pt(20))
        setup.columns = 2
        setup.columnGap = .pt(20)
        let style = TextStyle(family: "mincho", size: .pt(10), linePitch: .pt(20))
        let document = Document(metadata: DocumentMetadata(title: "t"), page: setup, blocks: [
            .text(TextBlock(role: .paragraph, text: SourceText(generated: String(repeating: "あ", count: 1400)), style: style)),
        ])
        return DocumentLayout(shaper: FakeShaper()).layout(document).pages
    }

    func origins(_ page: Page) -> [Point] {
        page.items.compactMap { if case .glyphRun(let run) = $0 { Point(x: run.glyphs[0].x, y: run.glyphs[0].y) } else { nil } }
    }

    @Test("horizontal: two columns side by side, the second starting after the first and the gap")
    func horizontal() {
        let pages = layout(.horizontal)
        let area = pages[0].size.width - 2 * Length.mm(20).points
        let measure = (area - 20) / 2
        let xs = Set(origins(pages[0]).map { ($0.x * 1000).rounded() / 1000 })
        let left = Length.mm(20).points
        #expect(xs.contains((left * 1000).rounded() / 1000))
        #expect(xs.contains(((left + measure + 20) * 1000).rounded() / 1000))
        // 14 characters a line (143pt), 24 lines a column, 48 a page: 100 lines take three pages.
        #expect(pages.count == 3)
    }

    @Test("vertical: two 段 stacked, the second starting below the first and the gap")
    func vertical() {
        let pages = layout(.vertical)
        let height = pages[0].size.height - 2 * Length.mm(20).points
        let measure = (height - 20) / 2
        let ys = origins(pages[0]).map(\.y)
        let top = Length.mm(20).points
        #expect(ys.contains { abs($0 - top) < 0.001 })
        #expect(ys.contains { abs($0 - (top + measure + 20)) < 0.001 })
    }
}
