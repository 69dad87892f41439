import AyumiModel

/// One cell of a CSV file: its text, with quotes removed and doubled quotes undone.
public struct CSVCell: Hashable, Sendable {
    public var text: String
    /// Where the cell starts: its first character, or its opening quote.
    public var location: SourceLocation
    /// The text with the place of each character, for messages about something inside a cell
    /// (a quoted cell may run over several lines).
    public var sourceText: SourceText

    public init(text: String, location: SourceLocation, sourceMap: SourceMap) {
        self.text = text
        self.location = location
        self.sourceText = SourceText(text, sourceMap: sourceMap)
    }
}

/// One data row of a CSV file, its cells named by the header.
public struct CSVRow: Hashable, Sendable {
    /// The cells in file order, one per header column.
    public var cells: [CSVCell]
    /// Where the row starts (column 1 of its first line).
    public var location: SourceLocation
    /// Column name → index in `cells`, shared by every row of a table.
    let columns: [String: Int]

    /// The cell in the column named `key` by the header.
    public subscript(key: String) -> CSVCell? {
        columns[key].flatMap { $0 < cells.count ? cells[$0] : nil }
    }
}

/// A CSV file read with its header: the header row gives the keys, every later row is data.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// if let table = CSVTable.load("examples/jinsei-note/resources.csv", diagnostics: &diagnostics) {
///     for row in table.rows { print(row["電話番号"]?.text ?? "") }
/// }
/// ```
public struct CSVTable: Hashable, Sendable {
    public var path: String
    /// The encoding the file was read in (never `.automatic`).
    public var encoding: CSVEncoding
    /// The column names, trimmed of spaces, in file order; each with where it is written.
    public var header: [CSVCell]
    public var rows: [CSVRow]

    /// The column names in file order.
    public var keys: [String] { header.map(\.text) }
}
