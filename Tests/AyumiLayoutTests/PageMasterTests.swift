import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

@Suite("Page masters and large print")
struct PageMasterTests {
    func document(pages: Int, numbering: PageMaster.Numbering, cover: Bool) -> Document {
        let blocks = (0..<pages).flatMap { _ in [Samples.paragraph("本文"), Block.pageBreak] }
        return Document(metadata: DocumentMetadata(title: "t"), page: Samples.page(), blocks: blocks,
                        pageMaster: PageMaster(header: Samples.text("柱"), footer: Samples.text("令和8年度版"),
                                               numbering: numbering, coverHasNoMarks: cover, style: Samples.small))
    }

    @Test("page numbers in arabic and 漢数字; none on a cover; the cover still counts")
    func numbers() {
        let kanji = DocumentLayout(shaper: FakeShaper()).layout(document(pages: 12, numbering: .kanji, cover: true))
        #expect(kanji.pages.map(\.label) == [nil, "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"])
        let cover = kanji.pages[0].items.compactMap { if case .glyphRun(let run) = $0 { run.text } else { nil } }
        #expect(cover == ["本文"])
        let second = kanji.pages[1].items.compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
        #expect(Set(second.map(\.text)) == ["本文", "柱", "令和8年度版", "二"])
        #expect(second.filter { $0.text != "本文" }.allSatisfy { $0.structure == nil })

        let arabic = DocumentLayout(shaper: FakeShaper()).layout(document(pages: 3, numbering: .arabic, cover: false))
        #expect(arabic.pages.map(\.label) == ["1", "2", "3"])
        let none = DocumentLayout(shaper: FakeShaper()).layout(document(pages: 2, numbering: .none, cover: false))
        #expect(none.pages.map(\.label) == [nil, nil])
    }

    @Test("header above the 版面, number and footer below it, inside the page")
    func placement() {
        let result = DocumentLayout(shaper: FakeShaper()).layout(document(pages: 2, numbering: .arabic, cover: false))
        let area = Samples.page().textArea
        for run in result.pages[1].items.compactMap({ if case .glyphRun(let run) = $0 { run } else { nil } }) {
            let y = run.glyphs[0].y
            switch run.text {
            case "柱": #expect(y < area.minY && y > 0)
            case "2", "令和8年度版": #expect(y > area.maxY && y < Samples.page().size.height)
            default: #expect(y > area.minY && y < area.maxY)
            }
        }
    }

    @Test("漢数字", arguments: [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (105, "百五"), (1234, "千二百三十四"),
                              (2000, "二千"), (10_000, "一万"), (12_345, "一万二千三百四十五")])
    func kanjiNumerals(number: Int, text: String) {
        #expect(PageMaster.Numbering.kanji.label(forPage: number) == text)
    }

    @Test("large print: body text at least 14pt, every style grown, more pages")
    func largePrint() throws {
        let blocks: [Block] = [Samples.headingBlock("見出し")] + (0..<20).map { _ in
            Samples.paragraph(String(repeating: "あいうえお", count: 30))
        }
        let document = Document(metadata: DocumentMetadata(title: "t"), page: Samples.page(grid: .pt(18)), blocks: blocks,
                                pageMaster: PageMaster(footer: Samples.text("版"), style: Samples.small))
        let large = document.largePrint()
        #expect(document.bodyTextSize == .pt(10.5))
        #expect(large.bodyTextSize == .pt(14))
        for style in large.allTextStyles { #expect(style.size >= .pt(14)) }
        guard case .text(let heading) = large.blocks[0] else { Issue.record("no heading"); return }
        #expect(abs(heading.style.size.points - 14 * 14 / 10.5) < 1e-9)
        #expect(abs(try #require(large.page.gridPitch).points - 24) < 1e-9)
        let before = DocumentLayout(shaper: FakeShaper()).layout(document)
        let after = DocumentLayout(shaper: FakeShaper()).layout(large)
        #expect(after.diagnostics.isEmpty)
        #expect(after.pages.count > before.pages.count)
        let bodySizes = after.pages.flatMap(\.items).compactMap { if case .glyphRun(let run) = $0 { run.size } else { nil } }
        #expect(bodySizes.allSatisfy { $0 >= 14 })
    }
}

@Suite("Facing pages")
struct FacingPagesTests {
    @Test("margins mirror on left-hand pages; the header goes to each page's outer edge", arguments: [WritingMode.horizontal, .vertical])
    func mirrored(mode: WritingMode) {
        let setup = PageSetup(paper: .a5, writingMode: mode,
                              margins: Margins(top: .mm(15), right: .mm(10), bottom: .mm(15), left: .mm(20)), facingPages: true)
        let blocks = (0..<4).flatMap { _ in [Samples.paragraph("本文"), Block.pageBreak] }
        let document = Document(metadata: DocumentMetadata(title: "t"), page: setup, blocks: blocks,
                                pageMaster: PageMaster(header: Samples.text("柱"), numbering: .arabic, coverHasNoMarks: false,
                                                       style: Samples.small))
        let result = DocumentLayout(shaper: FakeShaper()).layout(document)
        #expect(result.pages.count == 4)
        for (index, page) in result.pages.enumerated() {
            let leftHand = setup.isLeftHandPage(index)
            // Horizontal booklets start on a right-hand page, vertical ones on a left-hand page.
            #expect(leftHand == (mode == .horizontal ? index % 2 == 1 : index % 2 == 0))
            let area = setup.textArea(ofPage: index)
            #expect(abs(area.minX - (leftHand ? Length.mm(10) : Length.mm(20)).points) < 1e-9)
            let runs = page.items.compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
            let header = runs.first { $0.text == "柱" }!
            if leftHand {
                #expect(abs(header.glyphs[0].x - area.minX) < 1e-9)
            } else {
                #expect(abs(header.glyphs[0].x + 9 - area.maxX) < 1e-9)
            }
        }
    }
}
