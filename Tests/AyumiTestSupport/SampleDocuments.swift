import AyumiModel

/// Small documents built straight from the model, one for each kind of block, shared by the
/// layout dumps (with `FakeShaper`) and the rendering goldens (with the real fonts).
public enum Samples {
    // MARK: - Styles

    public static let body = TextStyle(family: "mincho", size: .pt(10.5), linePitch: .pt(18), firstLineIndent: .pt(10.5),
                                       composition: CompositionSettings())
    public static let plain = TextStyle(family: "mincho", size: .pt(10.5), linePitch: .pt(18))
    public static let heading = TextStyle(family: "gothic", weight: .bold, size: .pt(14), linePitch: .pt(21),
                                          spaceBefore: .pt(9), spaceAfter: .pt(3),
                                          composition: CompositionSettings(alignment: .start))
    public static let title = TextStyle(family: "gothic", weight: .bold, size: .pt(20), linePitch: .pt(30),
                                        spaceAfter: .pt(6), composition: CompositionSettings(alignment: .center))
    public static let field = TextStyle(family: "gothic", size: .pt(10.5), linePitch: .pt(18), spaceBefore: .pt(6),
                                        spaceAfter: .pt(6), composition: CompositionSettings(alignment: .start))
    public static let small = TextStyle(family: "gothic", size: .pt(9), linePitch: .pt(14),
                                        composition: CompositionSettings(alignment: .start))

    public static func text(_ string: String, line: Int = 1) -> [Inline] {
        [.text(SourceText(string, sourceMap: SourceMap(startingAt: SourceLocation(file: "sample.yaml", line: line, column: 5))))]
    }

    public static func at(_ line: Int) -> SourceLocation { SourceLocation(file: "sample.yaml", line: line, column: 3) }

    public static func paragraph(_ string: String, line: Int = 1) -> Block {
        .text(TextBlock(role: .paragraph, content: text(string, line: line), style: body))
    }

    public static func headingBlock(_ string: String, level: Int = 1, line: Int = 1) -> Block {
        .text(TextBlock(role: .heading(level: level), content: text(string, line: line), style: heading))
    }

    public static func page(_ paper: PaperSize = .a5, mode: WritingMode = .horizontal, margins: Length = .mm(15),
                            grid: Length? = nil) -> PageSetup {
        PageSetup(paper: paper, writingMode: mode, margins: Margins(all: margins), gridPitch: grid)
    }

    // MARK: - Documents

    /// A form page: every kind of field and ruled lines, in the given rendition (filled with
    /// 山田花子's answers).
    public static func form(_ rendition: Rendition) -> Document {
        let blocks: [Block] = [
            headingBlock("基本情報", line: 1),
            .field(FieldBlock(name: "name", label: text("氏名", line: 2), kind: .text(lines: 1, width: 0.7),
                              value: .text("山田　花子"), style: field, location: at(2))),
            .field(FieldBlock(name: "postal_code", label: text("郵便番号", line: 3), kind: .comb(count: 7),
                              value: .text("1234567"), style: field, location: at(3))),
            .field(FieldBlock(name: "birthday", label: text("生年月日", line: 4), kind: .date(eras: [.showa, .heisei, .reiwa]),
                              value: .date(label: "昭和", year: "21", month: "5", day: "3"), style: field, location: at(4))),
            .field(FieldBlock(name: "written_on", label: text("記入日", line: 5), kind: .date(eras: [.reiwa]),
                              value: .date(label: "令和", year: "8", month: "4", day: "1"), style: field, location: at(5))),
            .field(FieldBlock(name: "cpr", label: text("心肺蘇生（心臓マッサージなど）", line: 6),
                              kind: .choice(options: ["希望する", "希望しない", "わからない"], multiple: false, other: true),
                              value: .choices(["希望しない"], other: nil), style: field, location: at(6))),
            .field(FieldBlock(name: "contact", label: text("連絡してほしい人（いくつでも）", line: 7),
                              kind: .choice(options: ["配偶者", "子ども", "きょうだい", "友人"], multiple: true, other: true),
                              value: .choices(["子ども", "友人"], other: "民生委員の田中さん"), style: field, location: at(7))),
            .field(FieldBlock(name: "wishes", label: text("伝えておきたいこと", line: 8), kind: .text(lines: 2, width: 1),
                              value: .text("痛みはできるだけ和らげてほしいです。"), style: field, location: at(8))),
            .ruledLines(RuledLinesBlock(name: "memo", label: text("メモ", line: 9), labelStyle: field, count: 3,
                                        pitch: .mm(9), value: text("家族への手紙は机の引き出しにあります。", line: 10),
                                        valueStyle: plain, location: at(9))),
        ]
        return Document(metadata: DocumentMetadata(title: "記入例"), page: page(), blocks: blocks, rendition: rendition)
    }

    /// Prose, lists, a box with a title, a table and a page master.
    public static func booklet() -> Document {
        let box = BoxBlock(title: text("ポイント", line: 20), titleStyle: small, blocks: [
            .text(TextBlock(role: .paragraph, content: text("書いたノートは、しまった場所を家族に伝えておきましょう。何度でも書き直してかまいません。", line: 21),
                            style: plain)),
            .list(ListBlock(marker: .bullet, items: [text("印鑑や通帳のありか", line: 22), text("かかりつけの病院", line: 23)],
                            style: plain)),
        ], look: BoxLook(borderWidth: .pt(1), borderColor: Color(red: 0.2, green: 0.45, blue: 0.7),
                         background: Color(red: 0.93, green: 0.96, blue: 1), cornerRadius: .mm(3), padding: .mm(3)))
        let table = TableBlock(columns: [
            .init(heading: text("名前", line: 30), width: .auto),
            .init(heading: text("続柄", line: 30), width: .fixed(.mm(18))),
            .init(heading: text("電話番号", line: 30), width: .relative(1)),
        ], rows: [
            [text("山田　一郎", line: 31), text("長男", line: 31), text("090-0000-0000", line: 31)],
            [text("佐藤　みどり", line: 32), text("長女", line: 32), text("080-0000-0000", line: 32)],
        ], emptyRows: 2, emptyRowHeight: .mm(8), style: plain, headingStyle: small)
        let blocks: [Block] = [
            .text(TextBlock(role: .title, content: text("わたしの人生ノート", line: 10), style: title)),
            headingBlock("このノートについて", line: 11),
            paragraph("このノートは、これまでの歩みとこれからの希望を書きとめておくためのものです。書けるところから、ゆっくり書いてください。", line: 12),
            .list(ListBlock(marker: .number, items: [text("自分のこと", line: 13), text("医療や介護の希望", line: 14),
                                                     text("家族や大切な人へのメッセージ（長い項目は二行目が番号の後ろにそろいます）", line: 15)],
                            style: plain)),
            .box(box),
            headingBlock("連絡先", line: 29),
            .table(table),
        ]
        let master = PageMaster(header: text("わたしの人生ノート", line: 40), footer: text("令和8・9年度版", line: 41),
                                numbering: .kanji, coverHasNoMarks: false, style: small)
        return Document(metadata: DocumentMetadata(title: "わたしの人生ノート"), page: page(), blocks: blocks,
                        pageMaster: master)
    }

    /// A vertical flyer: heading, paragraph, list, box, ruled lines and a QR code with its caption.
    public static func verticalFlyer() -> Document {
        let blocks: [Block] = [
            .text(TextBlock(role: .heading(level: 1), content: text("人生会議のご案内", line: 50), style: heading)),
            paragraph("もしものときに備えて、大切にしていることを家族と話し合ってみませんか。", line: 51),
            .list(ListBlock(marker: .circled, items: [text("日時　十一月三十日", line: 52), text("会場　市民会館", line: 53)],
                            style: plain)),
            .box(BoxBlock(title: text("申込み", line: 54), titleStyle: small,
                          blocks: [.text(TextBlock(role: .paragraph, content: text("電話で高齢者支援課へ", line: 55), style: plain))],
                          look: BoxLook(borderWidth: .pt(0.75), cornerRadius: .mm(2), padding: .mm(2)))),
            .ruledLines(RuledLinesBlock(name: nil, label: text("質問があればどうぞ", line: 56), labelStyle: small, count: 2,
                                        pitch: .mm(8), valueStyle: plain, location: at(56))),
            .qrCode(QRCodeBlock(data: "https://example.jp/acp", size: .cm(2), caption: text("申込みページ", line: 57),
                                captionStyle: small, location: at(57))),
        ]
        return Document(metadata: DocumentMetadata(title: "人生会議のご案内"), page: page(.postcard, mode: .vertical, margins: .mm(10)),
                        blocks: blocks)
    }

    /// Pictures (PNG and JPEG at half and a third of the measure) and a QR code, horizontally.
    public static func figures(png: String, jpeg: String) -> Document {
        let blocks: [Block] = [
            .image(ImageBlock(path: png, alternativeText: "丸と四角の図", width: 0.5, location: at(60))),
            .image(ImageBlock(path: jpeg, alternativeText: "緑から黄色へのグラデーション", width: 0.33, location: at(61))),
            .qrCode(QRCodeBlock(data: "https://example.jp/acp?id=12345", size: .cm(2), caption: text("こちらからも申し込めます", line: 62),
                                captionStyle: small, location: at(62))),
        ]
        return Document(metadata: DocumentMetadata(title: "図"), page: page(.postcard, margins: .mm(8)), blocks: blocks)
    }
}

extension Samples {
    /// A booklet with a table of contents before chapters that span several pages.
    public static func withContents(mode: WritingMode = .horizontal, numbering: PageMaster.Numbering = .arabic) -> Document {
        var blocks: [Block] = [
            .text(TextBlock(role: .title, content: text("わたしの人生ノート"), style: title)),
            headingBlock("目次"),
            .tableOfContents(TableOfContentsBlock(depth: 2, style: plain, location: at(3))),
        ]
        let chapters = ["わたしのこと", "医療や介護のこと", "お金や財産のこと", "大切な人へのメッセージ"]
        for (number, chapter) in chapters.enumerated() {
            blocks.append(.pageBreak)
            blocks.append(headingBlock(chapter))
            for part in ["これまでの歩み", "これからの希望"] {
                blocks.append(headingBlock(part, level: 2))
                for _ in 0..<(number + 2) {
                    blocks.append(paragraph(String(repeating: "思い出や大切にしていることを、書けるところから書いてみましょう。", count: 4)))
                }
            }
        }
        return Document(metadata: DocumentMetadata(title: "目次つき"), page: page(mode: mode), blocks: blocks,
                        pageMaster: PageMaster(numbering: numbering, coverHasNoMarks: true, style: small))
    }
}
