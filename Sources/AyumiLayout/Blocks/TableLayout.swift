import AyumiCompose
import AyumiModel

extension BlockLayouter {
    /// A table: a heading row on a light grey ground, rows of cells, then empty rows to write
    /// in; every cell ruled, its text centred vertically.
    ///
    /// The table fills the rest of the page and continues on the next, cut only between rows,
    /// with the heading row repeated (as an artifact in the structure tree) when `repeatHeading`.
    /// A row deeper than a whole page is set anyway and reported. Set horizontally only.
    /// A named table puts a text field over every cell of the rows residents write in
    /// (`TableFieldCells`): its empty rows, and the rows of a resident's answers.
    func tablePieces(_ table: TableBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        guard !table.columns.isEmpty else {
            context.diagnostics.append(.error(at: table.location, "a table needs at least one column"))
            return []
        }
        let id = context.element(.table, parent: parent)
        let padding = max(table.style.size.points * 0.4, 3)
        let widths = TableColumns(table: table, measure: measure, padding: padding, context: context).widths()
        let setter = TableRowSetter(widths: widths, padding: padding, context: context)

        var header: Fragment?
        if table.columns.contains(where: { !$0.heading.isEmpty }) {
            let rowID = context.element(.tableRow, parent: id)
            let cells = table.columns.map { (content: $0.heading, structure: context.element(.tableHeaderCell, parent: rowID)) }
            header = setter.row(cells, style: table.headingStyle, alignment: .center,
                                background: Color(red: 0.92, green: 0.92, blue: 0.92))
        }
        var rows: [Fragment] = []
        // A resident's rows keep the height of the empty rows they were written into, so the
        // filled copy breaks its pages where the printed one does.
        let firstAnswered = table.rows.count - table.answeredRows
        let fields = table.name.map { TableFieldCells(table: table, name: $0, widths: widths, context: context) }
        for (number, cells) in table.rows.enumerated() {
            if cells.count != table.columns.count {
                context.diagnostics.append(.error(
                    at: cells.lazy.compactMap { $0.sourceText.location(ofScalarAt: 0) }.first ?? table.location,
                    "row \(number + 1) of the table has \(cells.count) cells, the table has \(table.columns.count) columns",
                    hints: ["give every row one cell per column (an empty cell is \"\")"]))
            }
            let padded = (0..<table.columns.count).map { $0 < cells.count ? cells[$0] : [] }
            if let fields, number >= firstAnswered {
                rows.append(answeredRow(padded, row: number - firstAnswered + 1, fields: fields, setter: setter,
                                        table: table, parent: id))
                continue
            }
            let rowID = context.element(.tableRow, parent: id)
            rows.append(setter.row(padded.map { (content: $0, structure: context.element(.tableDataCell, parent: rowID)) },
                                   style: table.style, alignment: nil, background: nil,
                                   minimumHeight: number >= firstAnswered ? table.emptyRowHeight.points : 0))
        }
        for empty in 0..<max(0, table.emptyRows) {
            var row = setter.emptyRow(height: table.emptyRowHeight.points)
            if let fields {
                let structure = fields.rowStructure(parent: id)
                // Widgets first, rules after: a row's cells are then tagged one after another in one `TR`.
                row.items.insert(contentsOf: fields.widgets(row: table.answeredRows + empty + 1, height: row.depth,
                                                            values: [], structure: structure), at: 0)
            }
            rows.append(row)
        }
        let repeated = table.repeatHeading ? header.map { Fragment(depth: $0.depth, items: $0.items.map(\.asArtifact)) } : nil
        let group = RowGroup(header: header, repeatedHeader: repeated, rows: rows, policy: .always, axes: axes,
                             description: "a table row", location: table.location)
        return surround([group.piece()], before: table.style.spaceBefore.points, after: table.style.spaceAfter.points)
    }
}

extension BlockLayouter {
    /// Row `row` (from 1) of a resident's answers in a named table. The filled rendition prints
    /// the answers in the cells, under widgets that carry them; the fillable one prints nothing
    /// and lets the widgets carry the values, so staff can hand out a copy that stays editable
    /// and nothing is shown twice. The row is as deep as an empty row, or deeper for printed
    /// text that needs more lines.
    private func answeredRow(_ cells: [[Inline]], row: Int, fields: TableFieldCells, setter: TableRowSetter,
                             table: TableBlock, parent: StructureElement.ID) -> Fragment {
        let structure = fields.rowStructure(parent: parent)
        let height = table.emptyRowHeight.points
        var fragment: Fragment
        if context.rendition == .filled {
            fragment = setter.row(zip(cells, structure).map { (content: $0, structure: $1) }, style: table.style,
                                  alignment: nil, background: nil, minimumHeight: height)
        } else {
            fragment = setter.emptyRow(height: height)
        }
        let values = context.rendition == .blank ? [] : cells.map { $0.plainText }
        fragment.items.insert(contentsOf: fields.widgets(row: row, height: fragment.depth, values: values, structure: structure),
                              at: 0)
        return fragment
    }
}

/// Sets one row of cells at the columns' widths.
struct TableRowSetter {
    let widths: [Double]
    let padding: Double
    let context: LayoutContext
    var rule: Stroke { Stroke(width: 0.5) }

    /// A row as tall as its tallest cell, and at least `minimumHeight`.
    func row(_ cells: [(content: [Inline], structure: StructureElement.ID)], style: TextStyle,
             alignment: CompositionSettings.Alignment?, background: Color?, minimumHeight: Double = 0) -> Fragment {
        let pitch = style.linePitch.points, size = style.size.points
        let paragraphs = zip(cells, widths).map { cell, width in
            context.compose(cell.content, style: style, measure: width - 2 * padding, alignment: alignment)
        }
        let lines = paragraphs.map { max(1, $0.lines.count) }.max() ?? 1
        let height = max(minimumHeight, Double(lines) * pitch + 2 * padding)
        var fragment = Fragment(depth: height)
        let total = widths.reduce(0, +)
        if let background {
            fragment.items.append(.rectangle(RectangleShape(rect: Rect(x: 0, y: 0, width: total, height: height), fill: background)))
        }
        var x = 0.0
        for (index, paragraph) in paragraphs.enumerated() {
            let depth = Double(paragraph.lines.count) * pitch
            fragment.items += context.paragraphItems(paragraph, inline: x + padding, cellStart: (height - depth) / 2,
                                                     pitch: pitch, size: size, structure: cells[index].structure)
            x += widths[index]
        }
        fragment.items += rules(height: height)
        return fragment
    }

    func emptyRow(height: Double) -> Fragment {
        Fragment(depth: height, items: rules(height: height))
    }

    /// The row's top and bottom rules and a rule at every column edge.
    private func rules(height: Double) -> [PositionedItem] {
        let total = widths.reduce(0, +)
        var items: [PositionedItem] = [
            .rule(Rule(from: Point(x: 0, y: 0), to: Point(x: total, y: 0), stroke: rule)),
            .rule(Rule(from: Point(x: 0, y: height), to: Point(x: total, y: height), stroke: rule)),
        ]
        var x = 0.0
        for width in [0] + widths {
            x += width
            items.append(.rule(Rule(from: Point(x: x, y: 0), to: Point(x: x, y: height), stroke: rule)))
        }
        return items
    }
}

/// Column widths: fixed ones as given, automatic ones by their content, relative ones sharing
/// what is left. The table spans the measure: with no relative column, automatic columns share
/// the room left over in proportion to their content.
struct TableColumns {
    let table: TableBlock
    let measure: Double
    let padding: Double
    let context: LayoutContext

    func widths() -> [Double] {
        let columns = table.columns
        let em = table.style.size.points
        let minimum = em * 2 + 2 * padding
        var fixed = columns.map { column -> Double? in
            if case .fixed(let width) = column.width { return width.points } else { return nil }
        }
        let flexible = columns.filter { if case .fixed = $0.width { false } else { true } }.count
        let fixedSum = fixed.compactMap { $0 }.reduce(0, +)
        let roomForFixed = measure - Double(flexible) * minimum
        if fixedSum > roomForFixed + Paginator.epsilon {
            context.diagnostics.append(.warning(
                at: table.location, "the table's fixed columns (\(LayoutContext.millimetres(fixedSum)) mm) do not fit the text area (\(LayoutContext.millimetres(measure)) mm); they are narrowed",
                hints: ["make the fixed columns narrower, or make some of them relative (`1*`)"]))
            let scale = max(0, roomForFixed) / fixedSum
            fixed = fixed.map { $0.map { $0 * scale } }
        }
        var widths = fixed.map { $0 ?? 0 }
        var remaining = measure - widths.reduce(0, +)

        let autos = columns.indices.filter { if case .auto = columns[$0].width { true } else { false } }
        let relatives = columns.indices.filter { if case .relative = columns[$0].width { true } else { false } }
        var natural: [Int: Double] = [:]
        for index in autos { natural[index] = max(minimum, naturalWidth(column: index)) }
        let autoSum = autos.map { natural[$0] ?? minimum }.reduce(0, +)
        let roomForAutos = relatives.isEmpty ? remaining : remaining - Double(relatives.count) * minimum
        if autoSum > roomForAutos || (relatives.isEmpty && autoSum > 0) {
            // Shrink (or, with no relative columns, grow) automatic columns in proportion to their content.
            let scale = autoSum > 0 ? max(0, roomForAutos) / autoSum : 0
            for index in autos { widths[index] = (natural[index] ?? minimum) * scale }
        } else {
            for index in autos { widths[index] = natural[index] ?? minimum }
        }
        remaining = measure - widths.reduce(0, +)
        let shares = relatives.map { index -> Double in
            if case .relative(let share) = columns[index].width { return max(0, share) } else { return 0 }
        }
        let shareSum = shares.reduce(0, +)
        for (index, share) in zip(relatives, shares) {
            widths[index] = shareSum > 0 ? max(0, remaining) * share / shareSum : max(0, remaining) / Double(relatives.count)
        }
        return widths
    }

    /// The widest unbroken content of a column (heading and cells), padding included.
    private func naturalWidth(column: Int) -> Double {
        var widest = LayoutContext.extent(of: context.compose(table.columns[column].heading, style: table.headingStyle,
                                                              measure: 100_000, reportMissing: false))
        for row in table.rows where column < row.count && !row[column].isEmpty {
            widest = max(widest, LayoutContext.extent(of: context.compose(row[column], style: table.style, measure: 100_000,
                                                                                     reportMissing: false)))
        }
        return widest + 2 * padding + 1
    }
}
