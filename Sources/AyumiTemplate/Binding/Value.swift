import AyumiModel
import Yams

/// A value ready for use: its node and the file it came from (template, data or CSV).
///
/// Most values are YAML nodes, and their reader knows where each is written. A list read from a
/// CSV file is made into nodes by Ayumi (a list of `column: cell` items), so those nodes have no
/// place of their own: the value carries the part of the table it stands for, and each cell
/// keeps the exact place the CSV reader found it at. Code that reads a value goes through
/// `text`, `string`, `items` and `member` rather than the reader, so both kinds are located
/// alike.
struct Value {
    var node: Node
    var reader: NodeReader
    /// Where a value made by Ayumi (a filter's result) stands; otherwise the node's place.
    var madeAt: SourceLocation?
    /// For a value read from a CSV file, the part of the table it is.
    var csv: CSVPart?

    /// What a value read from a CSV file stands for.
    enum CSVPart {
        /// The whole table: a list with one item per data row.
        case table(CSVTable)
        /// One row: an item whose keys are the header's column names.
        case row(CSVRow)
        /// One cell: text.
        case cell(CSVCell)
    }

    init(node: Node, reader: NodeReader, madeAt: SourceLocation? = nil, csv: CSVPart? = nil) {
        self.node = node
        self.reader = reader
        self.madeAt = madeAt
        self.csv = csv
    }

    /// A CSV table as a list value: each row an item of `column: cell` pairs.
    init(table: CSVTable) {
        let keys = table.keys.map(Node.text)
        let rows = table.rows.map { row in
            Node.mapping(Node.Mapping(zip(keys, row.cells).map { ($0, Node.text($1.text)) }, Node.ayumiTag))
        }
        let file = YAMLFile(path: table.path, text: "", root: nil)
        self.init(node: .sequence(Node.Sequence(rows, Node.ayumiTag)), reader: NodeReader(file: file), csv: .table(table))
    }

    var location: SourceLocation {
        if let madeAt { return madeAt }
        switch csv {
        case .table(let table)?: return table.header.first?.location ?? SourceLocation(file: table.path, line: 1, column: 1)
        case .row(let row)?: return row.location
        case .cell(let cell)?: return cell.location
        case nil: return reader.location(node)
        }
    }

    /// The file the value is written in.
    var file: String { reader.file.path }

    /// The value's text with the place of each character.
    func text(_ what: String, diagnostics: inout Diagnostics) -> SourceText? {
        if case .cell(let cell)? = csv { return cell.sourceText }
        return reader.text(node, what, diagnostics: &diagnostics)
    }

    /// The value as a single word or number.
    func string(_ what: String, diagnostics: inout Diagnostics) -> String? {
        if case .cell(let cell)? = csv { return cell.text }
        return reader.string(node, what, diagnostics: &diagnostics)
    }

    /// The items of a list, each located.
    func items(_ what: String, diagnostics: inout Diagnostics) -> [Value]? {
        if case .table(let table)? = csv, case .sequence(let rows) = node {
            return zip(rows, table.rows).map { Value(node: $0, reader: reader, csv: .row($1)) }
        }
        return reader.sequence(node, what, diagnostics: &diagnostics)?.map { Value(node: $0, reader: reader) }
    }

    /// The value under `key` of a mapping (or a CSV row); `nil` when there is none or this is
    /// not a mapping.
    func member(_ key: String) -> Value? {
        guard case .mapping(let mapping) = node, let next = mapping[key] else { return nil }
        if case .row(let row)? = csv, let cell = row[key] { return Value(node: next, reader: reader, csv: .cell(cell)) }
        return Value(node: next, reader: reader)
    }

    /// The value for a filter pipeline, located where it is written.
    var filterValue: FilterValue? {
        if case .cell(let cell)? = csv { return .text(cell.text, at: madeAt ?? cell.location) }
        if case .table = csv { return nil }
        return FilterValue(node, in: reader.file)
    }
}
