import AyumiModel
import Yams

extension BlockReader {
    /// A table with headed columns, rows from the template or the data, and empty rows:
    ///
    /// ```yaml
    /// - table:
    ///     columns:
    ///       - {heading: お名前, width: 35mm}
    ///       - {heading: 続柄, width: 20mm}
    ///       - {heading: 電話番号, width: "1*"}
    ///     rows: "{{ contacts }}"        # a list of lists, or of items whose keys are listed in `keys`
    ///   empty_rows: 3
    /// ```
    mutating func table(_ content: Node, options: [String: Node], at location: SourceLocation,
                        diagnostics: inout Diagnostics) -> [Block] {
        guard let pairs = reader.mapping(content, "`table`", allowed: ["columns", "rows", "keys"], diagnostics: &diagnostics),
              let columnsNode = pairs.first(where: { $0.key == "columns" })?.value,
              let columnNodes = reader.sequence(columnsNode, "`columns`", diagnostics: &diagnostics)
        else {
            diagnostics.append(.error(at: location, "a table needs `columns:`, each with a `heading` and a `width`"))
            return []
        }
        var columns: [TableBlock.Column] = []
        for node in columnNodes {
            guard let column = reader.mapping(node, "a column", allowed: ["heading", "width"], diagnostics: &diagnostics)
            else { continue }
            let heading = column.first { $0.key == "heading" }.flatMap { inlines($0.value, "`heading`", diagnostics: &diagnostics) } ?? []
            let width = column.first { $0.key == "width" }.flatMap { columnWidth($0.value, diagnostics: &diagnostics) } ?? .relative(1)
            columns.append(TableBlock.Column(heading: heading, width: width))
        }
        let keys = pairs.first { $0.key == "keys" }.flatMap { reader.sequence($0.value, "`keys`", diagnostics: &diagnostics) }?
            .compactMap { reader.string($0, "a key", diagnostics: &diagnostics) }
        var rows: [[[Inline]]] = []
        if let rowsNode = pairs.first(where: { $0.key == "rows" })?.value {
            rows = tableRows(rowsNode, columns: columns.count, keys: keys, diagnostics: &diagnostics)
        }
        let emptyRows = integer(options["empty_rows"], "`empty_rows`", default: 0, range: 0...200, diagnostics: &diagnostics)
        var rowHeight = Length.mm(10)
        if let node = options["row_height"], case .absolute(let length)? = binding.length(node, "`row_height`", diagnostics: &diagnostics) {
            rowHeight = length
        }
        let repeatHeading = flag(options["repeat_heading"], "`repeat_heading`", default: true, diagnostics: &diagnostics)
        guard let cellStyle = style(options, fallbacks: ["table", "paragraph"], at: location, diagnostics: &diagnostics),
              let headingStyle = style(options, "heading_style", fallbacks: ["table_heading", "table", "paragraph"],
                                       at: location, diagnostics: &diagnostics)
        else { return [] }
        return [.table(TableBlock(columns: columns, rows: rows, emptyRows: emptyRows, emptyRowHeight: rowHeight,
                                  style: cellStyle, headingStyle: headingStyle, repeatHeading: repeatHeading))]
    }

    /// `30mm`, `2*` (a share of what is left) or `auto`.
    private func columnWidth(_ node: Node, diagnostics: inout Diagnostics) -> TableBlock.ColumnWidth? {
        guard let (text, location) = binding.string(node, "`width`", diagnostics: &diagnostics) else { return nil }
        if text == "auto" { return .auto }
        if text.hasSuffix("*"), let share = Double(text.dropLast().isEmpty ? "1" : String(text.dropLast())), share > 0 {
            return .relative(share)
        }
        if case .absolute(let length)? = LengthSpec(parsing: text), length > .zero { return .fixed(length) }
        diagnostics.append(.error(at: location, "a column's `width` must be a length (`30mm`), a share (`1*`, `2*`) or `auto`, not `\(text)`"))
        return nil
    }

    /// Rows as lists of cells, or as items whose values are taken in the order of `keys`.
    private func tableRows(_ node: Node, columns: Int, keys: [String]?, diagnostics: inout Diagnostics) -> [[[Inline]]] {
        guard let value = binding.value(node, diagnostics: &diagnostics),
              let rowNodes = value.reader.sequence(value.node, "`rows`", diagnostics: &diagnostics)
        else { return [] }
        let rowBinding = value.reader.file.path == reader.file.path ? binding : binding.reading(value.reader, interpolating: false)
        var rows: [[[Inline]]] = []
        for rowNode in rowNodes {
            var cells: [Node] = []
            switch rowNode {
            case .sequence(let sequence): cells = Array(sequence)
            case .mapping(let mapping):
                guard let keys else {
                    diagnostics.append(.error(at: value.reader.location(rowNode), "this row has named values, but the table has no `keys:`",
                                              hints: ["add `keys: [name, relation, phone]` to the table, one per column"]))
                    continue
                }
                cells = keys.map { mapping[$0] ?? Node("") }
            default:
                diagnostics.append(.error(at: value.reader.location(rowNode), "a table row must be a list of cells"))
                continue
            }
            if cells.count != columns {
                diagnostics.append(.error(at: value.reader.location(rowNode),
                                          "this row has \(cells.count) cells, but the table has \(columns) columns"))
                continue
            }
            rows.append(cells.map { rowBinding.inlinesOf($0, diagnostics: &diagnostics) ?? [] })
        }
        return rows
    }
}
