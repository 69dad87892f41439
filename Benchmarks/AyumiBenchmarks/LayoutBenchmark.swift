import AyumiCompose
import AyumiFonts
import AyumiLayout
import AyumiModel
import AyumiTemplate
import Foundation

/// One section of a booklet: a heading, prose, a list, a box, fields, ruled lines and a table.
func bookletSection(_ number: Int) -> [Block] {
    func text(_ s: String) -> [Inline] { [.text(SourceText(generated: s))] }
    let body = TextStyle(family: "mincho", size: .pt(10.5), linePitch: .pt(18), firstLineIndent: .pt(10.5))
    let plain = TextStyle(family: "mincho", size: .pt(10.5), linePitch: .pt(18))
    let heading = TextStyle(family: "gothic", weight: .bold, size: .pt(14), linePitch: .pt(21), spaceBefore: .pt(18),
                            spaceAfter: .pt(6), composition: CompositionSettings(alignment: .start))
    let field = TextStyle(family: "gothic", size: .pt(10.5), linePitch: .pt(18), spaceBefore: .pt(6), spaceAfter: .pt(6),
                          composition: CompositionSettings(alignment: .start))
    var blocks: [Block] = [.text(TextBlock(role: .heading(level: 1), content: text("第\(number)章　これまでとこれからの歩み"),
                                           style: heading))]
    for paragraph in paragraphs { blocks.append(.text(TextBlock(role: .paragraph, content: paragraph, style: body))) }
    blocks.append(.list(ListBlock(marker: .number, items: [text("自分のこと"), text("医療や介護の希望"),
                                                           text("家族や大切な人へのメッセージ")], style: plain)))
    blocks.append(.box(BoxBlock(title: text("ポイント"), titleStyle: plain,
                                blocks: [.text(TextBlock(role: .paragraph, content: paragraphs[3], style: plain))],
                                look: BoxLook(cornerRadius: .mm(3)))))
    blocks.append(.field(FieldBlock(name: "name\(number)", label: text("氏名"), kind: .text(lines: 1, width: 0.6),
                                    value: .text("山田　花子"), style: field)))
    blocks.append(.field(FieldBlock(name: "born\(number)", label: text("生年月日"), kind: .date(eras: [.showa, .heisei]),
                                    value: .date(label: "昭和", year: "21", month: "5", day: "3"), style: field)))
    blocks.append(.field(FieldBlock(name: "cpr\(number)", label: text("心肺蘇生"),
                                    kind: .choice(options: ["希望する", "希望しない", "わからない"], multiple: false, other: true),
                                    value: .choices(["希望しない"], other: nil), style: field)))
    blocks.append(.ruledLines(RuledLinesBlock(name: "memo\(number)", label: text("メモ"), labelStyle: field, count: 4,
                                              pitch: .mm(9), value: paragraphs[1], valueStyle: plain)))
    blocks.append(.table(TableBlock(columns: [.init(heading: text("名前"), width: .auto),
                                              .init(heading: text("続柄"), width: .fixed(.mm(20))),
                                              .init(heading: text("電話番号"), width: .relative(1))],
                                    rows: (1...6).map { [text("山田　一郎\($0)"), text("長男"), text("090-0000-000\($0)")] },
                                    emptyRows: 2, style: plain, headingStyle: plain)))
    return blocks
}

func layoutBenchmark() {
    var diagnostics = Diagnostics()
    guard let manifest = FontManifestLoader.load("fonts/manifest.yaml", diagnostics: &diagnostics) else {
        print("run from the repository's root: \(diagnostics.all)")
        exit(1)
    }
    let library = FontLibrary(manifest: manifest, families: Set(["mincho", "gothic"].flatMap { family in
        FontWeight.allCases.map { FontRequestKey(family: family, weight: $0) }
    }), diagnostics: &diagnostics)
    let layout = DocumentLayout(shaper: FontShaper(library: library))
    var document = Document(metadata: DocumentMetadata(title: "bench"),
                            page: PageSetup(paper: .a4, writingMode: .horizontal, margins: Margins(all: .mm(20)),
                                            gridPitch: .pt(18)),
                            blocks: [], rendition: .filled,
                            pageMaster: PageMaster(header: [.text(SourceText(generated: "わたしの人生ノート"))],
                                                   footer: [.text(SourceText(generated: "令和8・9年度版"))],
                                                   style: TextStyle(family: "gothic", size: .pt(9), linePitch: .pt(14))))
    let prose: (Int) -> [Block] = { number in
        let section = bookletSection(number)
        // The heading and the paragraphs only, four times over: dense prose.
        return [section[0]] + Array(repeating: Array(section[1...paragraphs.count]), count: 4).flatMap { $0 }
    }
    for (name, section) in [("booklet (every kind of block)", bookletSection), ("prose (headings and paragraphs)", prose)] {
        // Add sections until the document fills 40 A4 pages.
        var sections = 1
        while true {
            document.blocks = (1...sections).flatMap(section)
            if layout.layout(document).pages.count >= 40 { break }
            sections += 1
        }
        let result = layout.layout(document)
        let glyphs = result.pages.flatMap(\.items).reduce(0) { count, item in
            if case .glyphRun(let run) = item { count + run.glyphs.count } else { count }
        }
        let items = result.pages.map(\.items.count).reduce(0, +)
        print("\(name): \(document.blocks.count) blocks on \(result.pages.count) A4 pages, \(items) items, \(glyphs) glyphs")
        measure("layout 40 pages, \(name)", runs: 15, unit: "pages") { layout.layout(document).pages.count }
    }
}
