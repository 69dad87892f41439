import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

@Suite("Print production: imposition, bleed and crop marks")
struct PrintProductionTests {
    /// An A4 booklet of `count` pages, each numbered by its page master.
    func booklet(_ count: Int) -> [Page] {
        let blocks = (1...count).flatMap { [Samples.paragraph("第\($0)頁"), Block.pageBreak] }
        let document = Document(metadata: DocumentMetadata(title: "t"), page: Samples.page(.a4), blocks: blocks,
                                pageMaster: PageMaster(numbering: .arabic, coverHasNoMarks: false, style: Samples.small))
        return DocumentLayout(shaper: FakeShaper()).layout(document).pages
    }

    /// The page numbers printed on the left and right halves of a side.
    func halves(_ side: Page) -> (left: String, right: String) {
        var left = "", right = ""
        for case .glyphRun(let run) in side.items where run.structure == nil {
            if run.glyphs[0].x < side.size.width / 2 { left += run.text } else { right += run.text }
        }
        return (left, right)
    }

    @Test("saddle stitch: ⌈N/4⌉×2 A3-landscape sides, pages in folding order", arguments: [8, 6, 1, 12])
    func saddleStitch(count: Int) {
        let sides = Imposition.saddleStitch(booklet(count))
        let sheets = (count + 3) / 4
        #expect(sides.count == sheets * 2)
        let a3 = PaperSize.a3.size
        #expect(sides.allSatisfy { abs($0.size.width - a3.height) < 1e-6 && abs($0.size.height - a3.width) < 1e-6 })
        let n = sheets * 4
        func label(_ page: Int) -> String { page < count ? String(page + 1) : "" }
        for sheet in 0..<sheets {
            #expect(halves(sides[2 * sheet]) == (label(n - 1 - 2 * sheet), label(2 * sheet)))
            #expect(halves(sides[2 * sheet + 1]) == (label(2 * sheet + 1), label(n - 2 - 2 * sheet)))
        }
        if count == 8 {
            #expect(sides.map { "\(halves($0).left)|\(halves($0).right)" } == ["8|1", "2|7", "6|3", "4|5"])
        }
    }

    @Test("a booklet bound on the right mirrors each side")
    func boundOnRight() {
        let sides = Imposition.saddleStitch(booklet(8), boundOnRight: true)
        #expect(sides.map { "\(halves($0).left)|\(halves($0).right)" } == ["1|8", "7|2", "3|6", "5|4"])
    }

    @Test("3 mm bleed and crop marks: a larger page, the A4 trim box inside it, the content moved in, marks outside the bleed")
    func bleedAndMarks() throws {
        let pages = booklet(1)
        let marked = PrintMarks.apply(to: pages, bleed: .mm(3), cropMarks: true)
        let page = try #require(marked.first)
        let trim = try #require(page.trimBox), bleedBox = try #require(page.bleedBox)
        let a4 = PaperSize.a4.size
        #expect(abs(trim.width - a4.width) < 1e-9 && abs(trim.height - a4.height) < 1e-9)
        #expect(page.size.width > trim.width + 2 * Length.mm(10).points)
        #expect(abs(bleedBox.minX - (trim.minX - Length.mm(3).points)) < 1e-9)
        #expect(abs(bleedBox.width - (trim.width + Length.mm(6).points)) < 1e-9)
        // The text keeps its place relative to the trim.
        let before = pages[0].items.compactMap { if case .glyphRun(let run) = $0 { run.glyphs[0] } else { nil } }
        let after = page.items.compactMap { if case .glyphRun(let run) = $0 { run.glyphs[0] } else { nil } }
        #expect(zip(before, after).allSatisfy { abs($1.x - trim.minX - $0.x) < 1e-9 && abs($1.y - trim.minY - $0.y) < 1e-9 })
        // Every mark lies outside the bleed box: 8 corner lines per corner pair… 16 corner lines and 4 centre crosses.
        let rules = page.items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
        #expect(rules.count == 16 + 8)
        for rule in rules {
            let inside = [rule.start, rule.end].allSatisfy { bleedBox.minX < $0.x && $0.x < bleedBox.maxX && bleedBox.minY < $0.y && $0.y < bleedBox.maxY }
            #expect(!inside)
        }
    }
}

@Suite("Card imposition")
struct CardImpositionTests {
    func cards(_ count: Int) -> [Page] {
        let setup = PageSetup(paper: .businessCard, writingMode: .horizontal, margins: Margins(all: .mm(4)), orientation: .landscape)
        let blocks = (1...count).flatMap { [Samples.paragraph("名刺\($0)"), Block.pageBreak] }
        return DocumentLayout(shaper: FakeShaper()).layout(Document(metadata: DocumentMetadata(title: "t"), page: setup,
                                                                    blocks: blocks)).pages
    }

    @Test("business cards on A4 without gaps: 10 to a sheet, 2 across and 5 down, in order")
    func tenUp() {
        let sheets = Imposition.nUp(cards(12), sheet: PaperSize.a4.size)
        #expect(sheets.count == 2)
        let texts = sheets.map { sheet in sheet.items.compactMap { if case .glyphRun(let run) = $0 { run } else { nil } } }
        #expect(texts[0].count == 10 && texts[1].count == 2)
        // Reading order: left to right, then down.
        let first = texts[0].map { ($0.text, $0.glyphs[0].x, $0.glyphs[0].y) }
        #expect(first[0].0 == "名刺1" && first[1].0 == "名刺2" && first[2].0 == "名刺3")
        #expect(first[1].1 > first[0].1 && abs(first[1].2 - first[0].2) < 1e-9 && first[2].2 > first[0].2)
    }

    @Test("one card fills the sheet: ten copies with a 5 mm gap for crop marks")
    func oneCardFillsTheSheet() {
        let sheets = Imposition.nUp(cards(1), sheet: PaperSize.a4.size, gap: .mm(5), cropMarks: true, fillSheet: true)
        #expect(sheets.count == 1)
        let items = sheets.first?.items ?? []
        let runs = items.compactMap { item -> GlyphRun? in if case .glyphRun(let run) = item { run } else { nil } }
        #expect(runs.count == 10 && runs.allSatisfy { $0.text == "名刺1" })
        let three = Imposition.nUp(cards(3), sheet: PaperSize.a4.size, fillSheet: true).first?.items ?? []
        #expect(three.filter { if case .glyphRun = $0 { true } else { false } }.count == 3, "several cards are not repeated")
    }

    @Test("with a gap, crop marks stay in the gaps and margins, clear of every card")
    func marks() {
        let sheet = Imposition.nUp(cards(8), sheet: PaperSize.a4.size, gap: .mm(8), cropMarks: true)[0]
        let cardSize = cards(1)[0].size
        let rules = sheet.items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
        #expect(rules.count == 8 * 8)
        let texts = sheet.items.compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
        #expect(texts.count == 8)
        // Each card's rectangle, from its text's offset (4 mm margin): no mark crosses into one.
        let margin = Length.mm(4).points
        for run in texts {
            // The card's first line's em box touches its text area's top (JLREQ 2.4).
            let card = Rect(x: run.glyphs[0].x - margin, y: run.glyphs[0].y - 10.5 * 0.88 - margin,
                            width: cardSize.width, height: cardSize.height)
            for rule in rules {
                let mid = Point(x: (rule.start.x + rule.end.x) / 2, y: (rule.start.y + rule.end.y) / 2)
                #expect(!(card.minX + 0.5 < mid.x && mid.x < card.maxX - 0.5 && card.minY + 0.5 < mid.y && mid.y < card.maxY - 0.5))
            }
        }
    }
}
