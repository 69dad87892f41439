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
    ///     keys: [name, relation, phone]
    ///   name: contacts_written          # residents write in its empty rows (fillable and filled)
    ///   label: 連絡してほしい人             # what a screen reader says before each cell's row and column
    ///   empty_rows: 3
    /// ```
    ///
    /// A table with a `name` is a field: in the filled rendition the resident's answer under that
    /// name (a list of rows, each a list of cells or an item with the table's `keys`) fills the
    /// empty rows, and adds rows when there are more answers than empty rows. Its cells are
    /// labelled for screen readers with `label`, or without one with the nearest heading before
    /// the table (a named table almost always sits under the heading that says what it holds).
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
        let keysNode = pairs.first { $0.key == "keys" }?.value
        let keys = keysNode.flatMap { reader.sequence($0, "`keys`", diagnostics: &diagnostics) }?
            .compactMap { reader.string($0, "a key", diagnostics: &diagnostics) }
        if let keys, let keysNode {
            if keys.count != columns.count {
                diagnostics.append(.error(at: reader.location(keysNode),
                                          "`keys` names \(keys.count) \(keys.count == 1 ? "key" : "keys"), but the table has \(columns.count) columns",
                                          hints: ["give one key per column, in the order of the columns"]))
            } else {
                for index in columns.indices { columns[index].key = keys[index] }
            }
        }
        var rows: [[[Inline]]] = []
        if let rowsNode = pairs.first(where: { $0.key == "rows" })?.value,
           let value = binding.value(rowsNode, diagnostics: &diagnostics) {
            rows = tableRows(value, columns: columns.count, keys: keys, diagnostics: &diagnostics)
        }
        var emptyRows = integer(options["empty_rows"], "`empty_rows`", default: 0, range: 0...200, diagnostics: &diagnostics)
        let name = options["name"].flatMap { fieldName($0, "`name`", diagnostics: &diagnostics) }
        var writtenRows = 0
        if let name, let answer = answers.answer(for: name, at: location, diagnostics: &diagnostics) {
            let written = answeredRows(answer, table: name, columns: columns.count, keys: keys, diagnostics: &diagnostics)
            rows += written
            writtenRows = written.count
            emptyRows = max(0, emptyRows - written.count)
        }
        var label: [Inline]?
        if let node = options["label"] {
            label = inlines(node, "`label`", diagnostics: &diagnostics)
        } else if name != nil {
            label = nearestHeading
        }
        var rowHeight = Length.mm(10)
        if let node = options["row_height"], case .absolute(let length)? = binding.length(node, "`row_height`", diagnostics: &diagnostics) {
            rowHeight = length
        }
        let repeatHeading = flag(options["repeat_heading"], "`repeat_heading`", default: true, diagnostics: &diagnostics)
        guard let cellStyle = style(options, fallbacks: ["table", "paragraph"], at: location, diagnostics: &diagnostics),
              let headingStyle = style(options, "heading_style", fallbacks: ["table_heading", "table", "paragraph"],
                                       at: location, diagnostics: &diagnostics)
        else { return [] }
        return [.table(TableBlock(columns: columns, rows: rows, answeredRows: writtenRows, emptyRows: emptyRows, emptyRowHeight: rowHeight,
                                  style: cellStyle, headingStyle: headingStyle, repeatHeading: repeatHeading, name: name,
                                  label: label))]
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
    private func tableRows(_ value: Value, columns: Int, keys: [String]?, diagnostics: inout Diagnostics) -> [[[Inline]]] {
        guard let rowValues = value.items("`rows`", diagnostics: &diagnostics) else { return [] }
        var rows: [[[Inline]]] = []
        for row in rowValues {
            var cells: [Value] = []
            switch row.node {
            case .sequence:
                cells = row.items("a row", diagnostics: &diagnostics) ?? []
            case .mapping:
                guard let keys else {
                    diagnostics.append(.error(at: row.location, "this row has named values, but the table has no `keys:`",
                                              hints: ["add `keys: [name, relation, phone]` to the table, one per column"]))
                    continue
                }
                cells = keys.map { row.member($0) ?? Value(node: Node.text(""), reader: row.reader, madeAt: row.location) }
            default:
                diagnostics.append(.error(at: row.location, "a table row must be a list of cells"))
                continue
            }
            if cells.count != columns {
                diagnostics.append(.error(at: row.location,
                                          "this row has \(cells.count) cells, but the table has \(columns) columns"))
                continue
            }
            rows.append(cells.map { binding.inlines(of: $0, "a table cell", diagnostics: &diagnostics) ?? [] })
        }
        return rows
    }

    /// The rows a resident wrote in the table `name`: a list of rows, each a list of cells or an
    /// item with the table's keys. Messages name the table and the place, never the words.
    private func answeredRows(_ answer: Value, table name: String, columns: Int, keys: [String]?,
                              diagnostics: inout Diagnostics) -> [[[Inline]]] {
        let what = "the answer for `\(name)`"
        guard case .sequence = answer.node else {
            diagnostics.append(.error(at: answer.location, "\(what) must be a list of rows, each on a line starting `- `",
                                      hints: keys.map { ["write each row as `- {\($0.map { "\($0): …" }.joined(separator: ", "))}`"] } ?? []))
            return []
        }
        var rows: [[[Inline]]] = []
        for row in answer.items(what, diagnostics: &diagnostics) ?? [] {
            var cells: [Value] = []
            switch row.node {
            case .sequence:
                cells = row.items("a row", diagnostics: &diagnostics) ?? []
                if cells.count > columns {
                    diagnostics.append(.error(at: row.location, "this row of \(what) has \(cells.count) cells, but the table has \(columns) columns"))
                    continue
                }
                cells += Array(repeating: Value(node: Node.text(""), reader: row.reader, madeAt: row.location), count: columns - cells.count)
            case .mapping:
                guard let keys else {
                    diagnostics.append(.error(at: row.location, "this row of \(what) has named values, but the table has no `keys:`",
                                              hints: ["write the row as a list of cells: `- [… , …]`"]))
                    continue
                }
                for (key, keyNode, _) in row.reader.mapping(row.node, "a row", diagnostics: &diagnostics) ?? [] where !keys.contains(key) {
                    diagnostics.append(row.reader.unknownKey(key, at: row.reader.location(keyNode), in: "a row of \(what)", allowed: keys))
                }
                cells = keys.map { row.member($0) ?? Value(node: Node.text(""), reader: row.reader, madeAt: row.location) }
            default:
                diagnostics.append(.error(at: row.location, "each row of \(what) must be a list of cells or `key: value` pairs"))
                continue
            }
            var line: [[Inline]] = []
            for cell in cells {
                guard let text = cell.text("a cell of \(what)", diagnostics: &diagnostics) else { break }
                // A resident's words are printed as written, like the answers of other fields.
                line.append(text.text.isEmpty ? [] : [.text(text)])
            }
            if line.count == columns { rows.append(line) }
        }
        return rows
    }
}
