import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiRender
import AyumiTestSupport
import Foundation
import Testing

/// Small pages (business cards) drawn with the real fonts and compared with PNG goldens.
@Suite("PNG goldens")
struct PNGGoldenTests {
    static let card = PageSetup(paper: .businessCard, writingMode: .horizontal, margins: Margins(all: .mm(4)),
                                orientation: .landscape)
    static let fixtures = Repository.path("Tests/AyumiRenderTests/Fixtures")

    static func bitmap(_ blocks: [Block], page: PageSetup = card, rendition: Rendition = .blank) throws -> Bitmap {
        let document = Document(metadata: DocumentMetadata(title: "golden"), page: page, blocks: blocks, rendition: rendition)
        let result = DocumentLayout(shaper: RenderFixture.shaper, assets: RenderAssets()).layout(document)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.all)")
        #expect(result.pages.count == 1)
        return try PNGRenderer().bitmap(result.pages[0], dpi: 100)
    }

    static let small = Samples.small

    @Test("fields, filled: text box, date with era choices, radio buttons")
    func fields() throws {
        let blocks: [Block] = [
            .field(FieldBlock(name: "name", label: Samples.text("氏名"), kind: .text(lines: 1, width: 0.6),
                              value: .text("山田　花子"), style: Self.small)),
            .field(FieldBlock(name: "born", label: Samples.text("生年月日"), kind: .date(eras: [.showa, .heisei]),
                              value: .date(label: "昭和", year: "21", month: "5", day: "3"), style: Self.small)),
            .field(FieldBlock(name: "cpr", label: Samples.text("心肺蘇生"),
                              kind: .choice(options: ["希望する", "希望しない"], multiple: false, other: true),
                              value: .choices(["希望しない"], other: nil), style: Self.small)),
        ]
        try ImageGolden.check(try Self.bitmap(blocks, rendition: .filled), name: "card-fields.png")
    }

    @Test("a rounded box with a title and a background, a list, ruled lines")
    func boxAndList() throws {
        let box = BoxBlock(title: Samples.text("ポイント"), titleStyle: Self.small, blocks: [
            .list(ListBlock(marker: .circled, items: [Samples.text("ゆっくり書く"), Samples.text("何度でも書き直す")], style: Self.small)),
        ], look: BoxLook(borderWidth: .pt(1), borderColor: Color(red: 0.2, green: 0.45, blue: 0.7),
                         background: Color(red: 0.93, green: 0.96, blue: 1), cornerRadius: .mm(2), padding: .mm(2)))
        let lines = RuledLinesBlock(name: "memo", label: Samples.text("メモ"), labelStyle: Self.small, count: 2, pitch: .mm(6),
                                    valueStyle: Self.small)
        try ImageGolden.check(try Self.bitmap([.box(box), .ruledLines(lines)]), name: "card-box.png")
    }

    @Test("vertical text with a box and a list")
    func vertical() throws {
        let page = PageSetup(paper: .businessCard, writingMode: .vertical, margins: Margins(all: .mm(4)))
        let blocks: [Block] = [
            .text(TextBlock(role: .heading(level: 1), content: Samples.text("人生会議"), style: Samples.heading)),
            .text(TextBlock(role: .paragraph, content: Samples.text("大切にしていることを話し合いましょう。"), style: Self.small)),
            .box(BoxBlock(title: Samples.text("日時"), titleStyle: Self.small,
                          blocks: [.list(ListBlock(marker: .bullet, items: [Samples.text("十一月三十日"), Samples.text("午後二時")],
                                                   style: Self.small))],
                          look: BoxLook(borderWidth: .pt(0.75), cornerRadius: .mm(1.5), padding: .mm(1.5)))),
        ]
        try ImageGolden.check(try Self.bitmap(blocks, page: page), name: "card-vertical.png")
    }

    @Test("a table with a heading row, auto, fixed and relative columns, an empty row")
    func table() throws {
        let table = TableBlock(columns: [.init(heading: Samples.text("名前"), width: .auto),
                                         .init(heading: Samples.text("続柄"), width: .fixed(.mm(12))),
                                         .init(heading: Samples.text("電話"), width: .relative(1))],
                               rows: [[Samples.text("山田一郎"), Samples.text("長男"), Samples.text("090-0000-0000")]],
                               emptyRows: 1, emptyRowHeight: .mm(6), style: Self.small, headingStyle: Self.small)
        try ImageGolden.check(try Self.bitmap([.table(table)]), name: "card-table.png")
    }

    @Test("a PNG picture and a QR code with its caption")
    func figures() throws {
        let blocks: [Block] = [
            .image(ImageBlock(path: Self.fixtures + "/shapes.png", alternativeText: "図", width: 0.3)),
            .qrCode(QRCodeBlock(data: "https://example.jp/acp", size: .cm(1.6), caption: Samples.text("申込み"),
                                captionStyle: Self.small)),
        ]
        try ImageGolden.check(try Self.bitmap(blocks), name: "card-figures.png")
    }

    @Test("the golden images are small (under 20 KiB each)")
    func sizes() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ImageGolden.folder).filter { $0.hasSuffix(".png") }
        for name in names {
            let size = try FileManager.default.attributesOfItem(atPath: ImageGolden.folder + "/" + name)[.size] as? Int ?? 0
            #expect(size < 20 * 1024, "\(name) is \(size) bytes")
        }
    }
}
