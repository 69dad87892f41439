import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

@Suite("Pagination: keeps, splits and overflow")
struct PaginationTests {
    func layout(_ blocks: [Block], page: PageSetup = Samples.page(), rendition: Rendition = .blank) -> LayoutResult {
        DocumentLayout(shaper: FakeShaper(), assets: FakeAssets())
            .layout(Document(metadata: DocumentMetadata(title: "t"), page: page, blocks: blocks, rendition: rendition))
    }

    func texts(_ page: Page) -> [GlyphRun] {
        page.items.compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
    }

    @Test("a table of 100 rows breaks across pages, its heading row repeated and no row split")
    func longTable() throws {
        let rows = (1...100).map { [Samples.text("行\($0)"), Samples.text("内容\($0)")] }
        let table = TableBlock(columns: [.init(heading: Samples.text("番号"), width: .auto),
                                         .init(heading: Samples.text("内容"), width: .relative(1))],
                               rows: rows, style: Samples.plain, headingStyle: Samples.small)
        let result = layout([Samples.paragraph("前の段落"), .table(table)])
        #expect(result.diagnostics.isEmpty)
        #expect(result.pages.count > 3)
        var seen: [Int] = []
        for (index, page) in result.pages.enumerated() {
            let runs = texts(page)
            let firstTableText = try #require(runs.first { $0.text != "前の段落" })
            #expect(firstTableText.text == "番号", "page \(index + 1) does not start its table part with the heading row")
            if index > 0 { #expect(firstTableText.structure == nil, "a repeated heading row is an artifact") }
            // Every row's two cells are on the same page, and its rules with them.
            let numbers = runs.compactMap { $0.text.hasPrefix("行") ? Int($0.text.dropFirst()) : nil }
            let contents = runs.compactMap { $0.text.hasPrefix("内容") ? Int($0.text.dropFirst(2)) : nil }
            #expect(numbers == contents, "page \(index + 1) has a row cut in two")
            seen += numbers
            // Nothing below the 版面's bottom edge.
            let bottom = page.size.height - Length.mm(15).points
            for item in page.items {
                if case .rule(let rule) = item { #expect(max(rule.start.y, rule.end.y) <= bottom + 1e-6) }
            }
        }
        #expect(seen == Array(1...100))
        // The heading row's elements exist once in the structure tree.
        #expect(result.structure.filter { $0.role == .tableHeaderCell }.count == 2)
    }

    @Test("a resident's rows in a table are as tall as the empty rows they fill; printed rows fit their text")
    func answeredRowsKeepTheirHeight() throws {
        let rows = [[Samples.text("印刷")], [Samples.text("答え一")], [Samples.text("答え二")]]
        let table = TableBlock(columns: [.init(heading: Samples.text("名前"), width: .relative(1))], rows: rows,
                               answeredRows: 2, emptyRows: 1, emptyRowHeight: .mm(14),
                               style: Samples.plain, headingStyle: Samples.small)
        let result = layout([.table(table)])
        #expect(result.diagnostics.isEmpty)
        // The horizontal rules' heights, top to bottom, give each row's depth.
        let levels = Set(result.pages[0].items.compactMap { item -> Double? in
            if case .rule(let rule) = item, rule.start.y == rule.end.y { return (rule.start.y * 1000).rounded() / 1000 }
            return nil
        }).sorted()
        let depths = zip(levels.dropFirst(), levels).map { $0 - $1 }
        try #require(depths.count == 5)   // heading, printed, two answered, one empty
        let row = Length.mm(14).points
        #expect(depths[1] < row - 1, "the printed row fits its one line")
        for depth in depths[2...] { #expect(abs(depth - row) < 0.01, "\(depths)") }
    }

    @Test("a heading never ends a page, wherever the page break falls", arguments: 1...26)
    func headingKeepsWithNext(fillerLines: Int) {
        // A5 less 15 mm margins holds 28 lines of 18pt; the heading lands on every line near the foot.
        let filler = String(repeating: "あ", count: 30 * fillerLines)
        let blocks: [Block] = [Samples.paragraph(filler), Samples.headingBlock("見出し"),
                               Samples.paragraph(String(repeating: "い", count: 30 * 4))]
        let result = layout(blocks)
        let headings = Set(result.structure.filter { if case .heading = $0.role { true } else { false } }.map(\.id))
        for (index, page) in result.pages.enumerated() {
            let last = page.items.last { $0.structure != nil }
            #expect(!headings.contains(last?.structure ?? -1), "page \(index + 1) ends with the heading (\(fillerLines) filler lines)")
        }
    }

    @Test("no single line of a paragraph is left alone at a page's foot or head", arguments: 20...28)
    func widowsAndOrphans(fillerLines: Int) {
        let blocks: [Block] = [Samples.paragraph(String(repeating: "あ", count: 30 * fillerLines - 3)),
                               Samples.paragraph(String(repeating: "い", count: 30 * 5 - 3))]
        let result = layout(blocks)
        for page in result.pages {
            let runs = texts(page)
            guard let first = runs.first, let last = runs.last else { continue }
            for run in [first, last] {
                let sameParagraph = runs.filter { $0.structure == run.structure }.count
                let total = result.pages.flatMap(texts).filter { $0.structure == run.structure }.count
                #expect(sameParagraph > 1 || total == 1, "a line alone with \(fillerLines) filler lines")
            }
        }
    }

    @Test("a box that fits on a page moves whole to the next; one taller than a page is cut, framed on each page")
    func boxes() {
        let small = BoxBlock(title: nil, titleStyle: nil, blocks: [Samples.paragraph(String(repeating: "う", count: 30 * 5))],
                             look: BoxLook())
        let result = layout([Samples.paragraph(String(repeating: "あ", count: 30 * 24)), .box(small)])
        #expect(result.pages.count == 2)
        #expect(!texts(result.pages[1]).isEmpty && texts(result.pages[0]).allSatisfy { !$0.text.hasPrefix("う") })

        let tall = BoxBlock(title: Samples.text("とても長い囲み"), titleStyle: Samples.small,
                            blocks: (0..<50).map { _ in Samples.paragraph(String(repeating: "え", count: 50)) }, look: BoxLook())
        let split = layout([.box(tall)])
        #expect(split.diagnostics.isEmpty)
        #expect(split.pages.count >= 3)
        for page in split.pages {
            let frames = page.items.filter { if case .rectangle = $0 { true } else { false } }
            #expect(frames.count == 1)
            let bottom = page.size.height - Length.mm(15).points
            if case .rectangle(let frame)? = frames.first { #expect(frame.rect.maxY <= bottom + 1e-6) }
        }
        #expect(split.pages[0].items.contains { if case .rectangle(let r) = $0 { r.gap != nil } else { false } })
        #expect(!split.pages[1].items.contains { if case .rectangle(let r) = $0 { r.gap != nil } else { false } })
    }

    @Test("a block taller than a page that cannot be cut is a located error, not clipped silently")
    func overflow() throws {
        let field = FieldBlock(name: "essay", label: Samples.text("作文"), kind: .text(lines: 40, width: 1),
                               style: Samples.field, location: SourceLocation(file: "form.yaml", line: 12, column: 3))
        let result = layout([.field(field)])
        let error = try #require(result.diagnostics.errors.first)
        #expect(error.location == SourceLocation(file: "form.yaml", line: 12, column: 3))
        #expect(error.message.hasPrefix("the field `essay` is deeper than the room for it"))
    }

    @Test("filled: a text longer than its box gets more writing rows and prints whole", arguments: [
        // 20 characters of 長: 7 a row in a box 0.3 of the measure wide; a one-line box is at
        // least 15 zw wide, so 2 rows there.
        (FieldKind.text(lines: 1, width: 0.3), 2), (FieldKind.text(lines: 2, width: 0.3), 3), (FieldKind.text(lines: 4, width: 0.3), 4),
    ])
    func longTextGrows(kind: FieldKind, rows: Int) throws {
        let field = FieldBlock(name: "name", label: Samples.text("氏名"), kind: kind,
                               value: .text(String(repeating: "長", count: 20)), style: Samples.field,
                               location: SourceLocation(file: "form.yaml", line: 3, column: 3))
        let result = layout([.field(field)], rendition: .filled)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(texts(result.pages[0]).map(\.text).joined().filter { $0 == "長" }.count == 20)
        let widget = try #require(result.fieldWidgets.first)
        let blank = try #require(layout([.field(field)]).fieldWidgets.first)
        #expect(widget.rect.height / blank.rect.height * Double(kindLines(kind)) == Double(rows))
    }

    private func kindLines(_ kind: FieldKind) -> Int {
        if case .text(let lines, _) = kind { lines } else { 1 }
    }

    @Test("a comb answer with more characters than cells is a located error naming the field", arguments: [
        (FieldKind.comb(count: 7), "text does not fit field `name` (needs 20 cells, box holds 7)"),
    ])
    func valueTooLong(kind: FieldKind, message: String) throws {
        let field = FieldBlock(name: "name", label: Samples.text("氏名"), kind: kind,
                               value: .text(String(repeating: "長", count: 20)), style: Samples.field,
                               location: SourceLocation(file: "form.yaml", line: 3, column: 3))
        let result = layout([.field(field)], rendition: .filled)
        let error = try #require(result.diagnostics.errors.first)
        #expect(error.location?.line == 3)
        #expect(error.message.hasPrefix(message), "\(error.message)")
        // The fillable rendition only pre-fills the widget, so nothing is said there.
        #expect(layout([.field(field)], rendition: .fillable).diagnostics.isEmpty)
    }

    @Test("filled: ruled lines with more text than lines get more lines, and every character prints")
    func ruledLinesTooLong() throws {
        let lines = RuledLinesBlock(name: "memo", label: nil, labelStyle: Samples.small, count: 2, pitch: .mm(8),
                                    value: Samples.text(String(repeating: "書", count: 100)), valueStyle: Samples.plain,
                                    location: SourceLocation(file: "f.yaml", line: 9, column: 3))
        let result = layout([.ruledLines(lines)], rendition: .filled)
        #expect(result.diagnostics.isEmpty)
        let page = result.pages[0]
        #expect(texts(page).map(\.text).joined().filter { $0 == "書" }.count == 100)
        // Four lines of text at this measure: four rules, as against two in print.
        let rules = page.items.filter { if case .rule = $0 { true } else { false } }
        #expect(rules.count == 4)
        #expect(layout([.ruledLines(lines)]).pages[0].items.filter { if case .rule = $0 { true } else { false } }.count == 2)
    }

    @Test("fields and tables in a vertical document are reported and left out")
    func verticalForms() {
        let field = FieldBlock(name: "name", label: Samples.text("氏名"), kind: .text(lines: 1, width: 1), style: Samples.field,
                               location: SourceLocation(file: "v.yaml", line: 4, column: 3))
        let result = layout([.field(field)], page: Samples.page(mode: .vertical))
        #expect(result.diagnostics.errors.map(\.description) == ["v.yaml:4:3: error: fields cannot be set in a vertical (縦書き) document yet"])
        #expect(result.pages[0].items.isEmpty)
    }

    @Test("a page break starts a new page; one at the top of a page adds no empty page")
    func pageBreaks() {
        let result = layout([Samples.paragraph("一"), .pageBreak, .pageBreak, Samples.paragraph("二"), .pageBreak])
        #expect(result.pages.count == 2)
        #expect(texts(result.pages[1]).map(\.text) == ["二"])
    }

    @Test("spacers push what follows along and vanish at the top of a page")
    func spacers() {
        let result = layout([Samples.paragraph("一"), .spacer(.pt(36)), Samples.paragraph("二")])
        let runs = texts(result.pages[0])
        #expect(abs(runs[1].glyphs[0].y - runs[0].glyphs[0].y - 18 - 36) < 1e-9)
    }

    @Test("every widget carries its page index")
    func widgetPages() {
        let fields: [Block] = (1...12).map { number in
            .field(FieldBlock(name: "f\(number)", label: Samples.text("欄\(number)"), kind: .text(lines: 2, width: 1),
                              style: Samples.field))
        }
        let result = layout(fields, rendition: .fillable)
        let widgets = result.fieldWidgets
        #expect(widgets.count == 12)
        #expect(widgets.map(\.pageIndex) == widgets.map(\.pageIndex).sorted())
        #expect(Set(widgets.map(\.pageIndex)).count == result.pages.count)
        for widget in widgets {
            let page = result.pages[widget.pageIndex]
            #expect(page.items.contains(.fieldWidget(widget)))
            let rect = widget.pdfRect(pageHeight: page.size.height)
            #expect(abs(rect.upperRightY - rect.lowerLeftY - widget.rect.height) < 1e-9)
        }
    }
}

@Suite("Pagination: more keeps and splits")
struct MorePaginationTests {
    func layout(_ blocks: [Block], page: PageSetup = Samples.page(), rendition: Rendition = .blank) -> LayoutResult {
        DocumentLayout(shaper: FakeShaper(), assets: FakeAssets())
            .layout(Document(metadata: DocumentMetadata(title: "t"), page: page, blocks: blocks, rendition: rendition))
    }

    func headingEndsAPage(_ result: LayoutResult) -> Bool {
        let headings = Set(result.structure.filter { if case .heading = $0.role { true } else { false } }.map(\.id))
        return result.pages.contains { page in headings.contains(page.items.last { $0.structure != nil }?.structure ?? -1) }
    }

    @Test("a heading stays with the box or table after it", arguments: 18...27)
    func headingBeforeBoxOrTable(fillerLines: Int) {
        let filler = Samples.paragraph(String(repeating: "あ", count: 30 * fillerLines))
        let box = Block.box(BoxBlock(title: nil, titleStyle: nil, blocks: [Samples.paragraph(String(repeating: "う", count: 90))],
                                     look: BoxLook()))
        let table = Block.table(TableBlock(columns: [.init(heading: Samples.text("項目"), width: .relative(1))],
                                           rows: (1...5).map { [Samples.text("行\($0)")] }, style: Samples.plain,
                                           headingStyle: Samples.small))
        for block in [box, table] {
            let result = layout([filler, Samples.headingBlock("見出し"), block])
            #expect(!headingEndsAPage(result), "\(fillerLines) filler lines")
            #expect(result.diagnostics.isEmpty)
        }
    }

    @Test("a box inside a box: both framed, the inner one inside the outer one's padding")
    func nestedBoxes() throws {
        let inner = BoxBlock(title: Samples.text("内"), titleStyle: Samples.small, blocks: [Samples.paragraph("中身")],
                             look: BoxLook(padding: .mm(2)))
        let outer = BoxBlock(title: Samples.text("外"), titleStyle: Samples.small, blocks: [.box(inner)], look: BoxLook(padding: .mm(3)))
        let result = layout([.box(outer)])
        let frames = result.pages[0].items.compactMap { if case .rectangle(let shape) = $0 { shape.rect } else { nil } }
        #expect(frames.count == 2)
        let (a, b) = (frames[0], frames[1])
        #expect(b.minX > a.minX && b.maxX < a.maxX && b.minY > a.minY && b.maxY < a.maxY)
    }

    @Test("a vertical box deeper than a page is cut into framed parts, columns right to left")
    func verticalBoxSplit() {
        let tall = BoxBlock(title: Samples.text("囲み"), titleStyle: Samples.small,
                            blocks: (0..<40).map { _ in Samples.paragraph(String(repeating: "え", count: 40)) }, look: BoxLook())
        let result = layout([.box(tall)], page: Samples.page(mode: .vertical))
        #expect(result.diagnostics.isEmpty)
        #expect(result.pages.count >= 2)
        let area = Samples.page(mode: .vertical).textArea
        for page in result.pages {
            for item in page.items {
                if case .rectangle(let shape) = item {
                    #expect(shape.rect.minX >= area.minX - 1e-6 && shape.rect.maxX <= area.maxX + 1e-6)
                    #expect(shape.gap == nil || shape.gap?.edge == .right)
                }
            }
        }
    }

    @Test("ruled lines deeper than a page continue with a widget per page: memo, memo.2")
    func ruledLinesSplit() {
        let lines = RuledLinesBlock(name: "memo", label: Samples.text("メモ"), labelStyle: Samples.small, count: 60,
                                    pitch: .mm(9), valueStyle: Samples.plain)
        let result = layout([.ruledLines(lines)], rendition: .fillable)
        #expect(result.diagnostics.isEmpty)
        #expect(result.fieldWidgets.map(\.name) == ["memo"] + (2...result.pages.count).map { "memo.\($0)" })
        #expect(result.fieldWidgets.map(\.pageIndex) == Array(0..<result.pages.count))
    }

    @Test("answers that are not options are errors that do not quote the answer")
    func unknownChoice() throws {
        let field = FieldBlock(name: "cpr", label: Samples.text("心肺蘇生"),
                               kind: .choice(options: ["希望する", "希望しない"], multiple: false, other: false),
                               value: .choices(["たぶん"], other: "秘密の話"), style: Samples.field,
                               location: SourceLocation(file: "a.yaml", line: 2, column: 1))
        let messages = layout([.field(field)], rendition: .filled).diagnostics.errors.map(\.message)
        #expect(messages == ["an answer for field `cpr` is not one of its options", "field `cpr` has no 「その他」 to write in"])
        #expect(!messages.joined().contains("たぶん") && !messages.joined().contains("秘密"))
    }
}
