import AyumiModel

/// The text fields of a named table: one per cell of each row a resident writes in.
///
/// A widget is named `NAME.ROW.KEY` (ROW from 1 over the resident's rows, answered rows first,
/// then empty ones; KEY the column's key or its number from 1) and labelled for screen readers
/// with the table's label, the row and the column heading: 「服薬中の薬 1行目：薬の名前」, so each
/// of a table's many cells can be told apart when read aloud.
///
/// Cells are single-line fields, however deep the row: a cell holds one short item (a name, a
/// date, a dose), every viewer scrolls a single line where it does not wrap a multi-line one
/// (MuPDF), and an answer with no line breaks goes back into one cell of the answers file.
/// Each field sits inside the cell's rules, in the table's cell style (the font and size a
/// resident types in; a smaller size for a pre-filled answer too wide for its cell), and has a `Form` structure element of its own inside the row's `TD`,
/// which also holds the printed answer in the filled rendition, so the tags stay a table.
struct TableFieldCells {
    let table: TableBlock
    let name: String
    let widths: [Double]
    let context: LayoutContext

    /// The room between a cell's rules and its field: the rule's half width and a little air,
    /// so a viewer's field highlight does not cover the rules.
    static let inset = 1.0

    /// What the cells say before their row and column.
    var tableLabel: String {
        let text = (table.label?.plainText).map(Self.oneLine) ?? ""
        return text.isEmpty ? name : text
    }

    /// The key of column `index` in field names: its `keys:` entry, or its number from 1.
    func key(_ index: Int) -> String { table.columns[index].key ?? String(index + 1) }

    /// The column's heading as plain text (「薬の名前」), or 「2列目」 for a column without one.
    func heading(_ index: Int) -> String {
        let text = Self.oneLine(table.columns[index].heading.plainText)
        return text.isEmpty ? "\(index + 1)列目" : text
    }

    /// The `/TU` of the cell in resident row `row` (from 1), column `column`.
    func label(row: Int, column: Int) -> String { "\(tableLabel) \(row)行目：\(heading(column))" }

    /// The structure of one resident row: its `TR`, and in each cell a `TD` holding a `Form`.
    func rowStructure(parent: StructureElement.ID) -> [StructureElement.ID] {
        let rowID = context.element(.tableRow, parent: parent)
        return table.columns.indices.map { _ in
            context.element(.form, parent: context.element(.tableDataCell, parent: rowID))
        }
    }

    /// The widgets over the cells of resident row `row`, a row `height` deep, each carrying its
    /// value from `values` (empty or `nil`: an empty field).
    func widgets(row: Int, height: Double, values: [String?], structure: [StructureElement.ID]) -> [PositionedItem] {
        var items: [PositionedItem] = []
        var x = 0.0
        for (column, width) in widths.enumerated() {
            let rect = Rect(x: x + Self.inset, y: Self.inset, width: max(0, width - 2 * Self.inset),
                            height: max(0, height - 2 * Self.inset))
            let value = column < values.count ? values[column].flatMap { $0.isEmpty ? nil : $0 } : nil
            items.append(.fieldWidget(FieldWidget(
                name: "\(name).\(row).\(key(column))", fieldName: name, label: label(row: row, column: column),
                kind: .text(multiline: false), value: value, rect: rect, rendition: context.rendition,
                fontFamily: table.style.family, fontSize: fontSize(for: value, width: rect.width),
                location: table.location, structure: structure[column])))
            x += width
        }
        return items
    }

    /// The size a cell's text is shown and typed in: the table's cell size, or, for a pre-filled
    /// answer wider than its cell (a name in the narrow 関係 column), a size at which the whole
    /// answer shows, as a viewer's automatic size would — but never below half the cell size.
    /// (The filled copy wraps such an answer and deepens its row instead; a field cannot.)
    func fontSize(for value: String?, width: Double) -> Double {
        let size = table.style.size.points
        guard let value else { return size }
        let natural = LayoutContext.extent(of: context.compose(generated: value, style: table.style, measure: 100_000,
                                                               reportMissing: false))
        // The room inside the field: viewers and AyumiPDF keep 0.3 em (at least 2 pt) from each side.
        let room = width - 2 * max(0.3 * size, 2)
        guard natural > room, natural > 0 else { return size }
        let fitted = (size * room / natural * 10).rounded(.down) / 10
        return max(size / 2, fitted)
    }

    /// A heading or label written over several lines, read as one.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined()
    }
}
