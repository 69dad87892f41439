import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

/// The fields of a named table, with the fake shaper: names, labels, values per rendition, and
/// the structure that keeps the tags a table.
@Suite("Fields in named tables")
struct TableFieldsTests {
    /// A table with one printed row, two rows of a resident's answers and `empty` empty rows.
    func table(keys: [String]? = ["drug", "dose"], label: String? = "服薬中の薬", empty: Int = 2) -> TableBlock {
        var columns: [TableBlock.Column] = [.init(heading: Samples.text("薬の名前"), width: .relative(2)),
                                            .init(heading: Samples.text("飲む量"), width: .relative(1))]
        if let keys { for index in columns.indices { columns[index].key = keys[index] } }
        let rows = [[Samples.text("（例）胃薬"), Samples.text("朝1錠")],
                    [[.text(SourceText(generated: "血圧の薬"))], [.text(SourceText(generated: "朝1錠"))]],
                    [[.text(SourceText(generated: "骨の薬"))], []]]
        return TableBlock(columns: columns, rows: rows, answeredRows: 2, emptyRows: empty, emptyRowHeight: .mm(10),
                          style: Samples.plain, headingStyle: Samples.small, name: "medications",
                          label: label.map { Samples.text($0) })
    }

    func layout(_ table: TableBlock, _ rendition: Rendition) -> LayoutResult {
        DocumentLayout(shaper: FakeShaper(), assets: FakeAssets())
            .layout(Document(metadata: DocumentMetadata(title: "t"), page: Samples.page(), blocks: [.table(table)],
                             rendition: rendition))
    }

    func texts(_ result: LayoutResult) -> [String] {
        result.pages.flatMap { $0.items.compactMap { if case .glyphRun(let run) = $0 { run.text } else { nil } } }
    }

    @Test("answered rows, then empty rows, count from 1; the printed row is not a field", arguments: Rendition.allCases)
    func names(rendition: Rendition) {
        let result = layout(table(), rendition)
        #expect(result.diagnostics.isEmpty)
        #expect(result.fieldWidgets.map(\.name) == ["medications.1.drug", "medications.1.dose", "medications.2.drug",
                                                    "medications.2.dose", "medications.3.drug", "medications.3.dose",
                                                    "medications.4.drug", "medications.4.dose"])
        #expect(result.fieldWidgets.allSatisfy { $0.kind == .text(multiline: false) && $0.fieldName == "medications" })
        #expect(result.fieldWidgets.map(\.label).prefix(3) == ["服薬中の薬 1行目：薬の名前", "服薬中の薬 1行目：飲む量",
                                                               "服薬中の薬 2行目：薬の名前"])
    }

    @Test("without keys a column is named by its number; without a label the cells say the table's name")
    func fallbacks() {
        let widgets = layout(table(keys: nil, label: nil, empty: 1), .fillable).fieldWidgets
        #expect(widgets.map(\.name) == ["medications.1.1", "medications.1.2", "medications.2.1", "medications.2.2",
                                        "medications.3.1", "medications.3.2"])
        #expect(widgets.last?.label == "medications 3行目：飲む量")
    }

    @Test("filled: the answers are printed and carried; fillable: only carried; blank: neither")
    func valuesByRendition() {
        let values = ["血圧の薬", "朝1錠", "骨の薬", nil, nil, nil, nil, nil]
        let filled = layout(table(), .filled)
        #expect(filled.fieldWidgets.map(\.value) == values)
        #expect(texts(filled).contains("血圧の薬") && texts(filled).contains("骨の薬"))
        let fillable = layout(table(), .fillable)
        #expect(fillable.fieldWidgets.map(\.value) == values)
        #expect(!texts(fillable).contains("血圧の薬") && !texts(fillable).contains("骨の薬"))
        #expect(texts(fillable).contains("（例）胃薬"), "the template's own rows are printed in every rendition")
        let blank = layout(table(), .blank)
        #expect(blank.fieldWidgets.allSatisfy { $0.value == nil })
        #expect(!texts(blank).contains("血圧の薬"))
        // The fillable rows are as deep as the filled ones, so the pages break alike.
        #expect(fillable.fieldWidgets.map(\.rect) == filled.fieldWidgets.map(\.rect))
    }

    @Test("a pre-filled answer too wide for its cell is shown smaller, never below half the cell's size")
    func longAnswers() {
        var long = table()
        long.rows[2][1] = [.text(SourceText(generated: "朝と夕の食後に一錠ずつ飲む"))]
        long.rows[1][1] = [.text(SourceText(generated: String(repeating: "長", count: 60)))]
        let widgets = layout(long, .fillable).fieldWidgets
        let sizes = widgets.map(\.fontSize)
        // The fake shaper sets an ideograph 1 em wide: 13 of them in the 111 pt column at 10.5 pt need about 7.5 pt.
        #expect(sizes[0] == 10.5 && sizes[2] == 10.5 && sizes[4...].allSatisfy { $0 == 10.5 })
        #expect(sizes[3] < 10.5 && sizes[3] >= 7 && Double(13) * sizes[3] <= widgets[3].rect.width - 2 * 3.15 + 0.01)
        #expect(sizes[1] == 5.25, "60 characters cannot fit: half the size, and the field scrolls")
    }

    @Test("each cell's field lies inside its rules, one Form in one TD per cell, one TR per row")
    func geometryAndStructure() throws {
        let result = layout(table(), .filled)
        let elements = Dictionary(uniqueKeysWithValues: result.structure.map { ($0.id, $0) })
        let widgets = result.fieldWidgets
        let forms = widgets.compactMap { $0.structure.flatMap { elements[$0] } }
        #expect(forms.count == widgets.count && forms.allSatisfy { $0.role == .form })
        let cells = forms.compactMap { $0.parent.flatMap { elements[$0] } }
        #expect(cells.allSatisfy { $0.role == .tableDataCell } && Set(cells.map(\.id)).count == widgets.count)
        let rows = cells.compactMap(\.parent)
        #expect(rows.count == 8 && Set(rows).count == 4 && rows.allSatisfy { elements[$0]?.role == .tableRow })
        // The printed answer is in the cell's Form element, like a field's printed value.
        let printed = try #require(result.pages[0].items.first { if case .glyphRun(let run) = $0 { run.text == "血圧の薬" } else { false } })
        #expect(printed.structure == widgets[0].structure)
        // Side by side, inside the rules: two cells of a row share their top and do not overlap.
        #expect(widgets[0].rect.minY == widgets[1].rect.minY && widgets[0].rect.maxX < widgets[1].rect.minX)
        #expect(abs(widgets[0].rect.height - (Length.mm(10).points - 2)) < 0.01)
    }

    @Test("a tagged plan keeps an empty row's cells in one TR")
    func tagging() {
        let plan = layout(table(), .fillable).structureTagging
        let types = plan.nodes.map(\.type)
        // The heading row, the printed row, two answered rows and two empty rows: six rows, no row split in two.
        #expect(types.filter { $0 == "TR" }.count == 6, "\(types)")
        #expect(types.filter { $0 == "Form" }.count == 8)
    }
}
