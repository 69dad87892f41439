/// A table: columns with headings, and rows of cells (or empty rows to fill by hand).
public struct TableBlock: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public var heading: [Inline]
        public var width: ColumnWidth
        /// The column's key (from the table's `keys:`), naming its cells in a fillable table.
        public var key: String?

        public init(heading: [Inline], width: ColumnWidth, key: String? = nil) {
            self.heading = heading
            self.width = width
            self.key = key
        }
    }

    public enum ColumnWidth: Hashable, Sendable {
        /// A fixed width.
        case fixed(Length)
        /// A share of what the fixed columns leave (`2*` is twice `1*`).
        case relative(Double)
        /// As wide as the column's longest content needs, within what is left.
        case auto
    }

    /// The table's field name (ASCII) when residents write in it: in a fillable PDF each cell of
    /// an empty row is a text field named `name.ROW.KEY` (ROW counts from 1 over all rows; KEY is
    /// the column's `key`, or its number from 1 when it has none). `nil` for a table of printed
    /// information only.
    public var name: String?
    public var columns: [Column]
    /// Each row holds one cell per column: the template's or the data's rows, then, in the filled
    /// rendition, the rows of the resident's answers.
    public var rows: [[[Inline]]]
    /// How many of the last `rows` are the resident's answers (the filled rendition): they are
    /// at least `emptyRowHeight` tall, as the rows they fill.
    public var answeredRows: Int
    /// Empty rows added after `rows`, for writing in by hand.
    public var emptyRows: Int
    /// The height of an empty row.
    public var emptyRowHeight: Length
    public var style: TextStyle
    public var headingStyle: TextStyle
    /// Repeat the heading row at the top of each page the table continues on.
    public var repeatHeading: Bool

    public init(columns: [Column], rows: [[[Inline]]], answeredRows: Int = 0, emptyRows: Int = 0, emptyRowHeight: Length = .mm(10),
                style: TextStyle, headingStyle: TextStyle, repeatHeading: Bool = true, name: String? = nil) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.answeredRows = answeredRows
        self.emptyRows = emptyRows
        self.emptyRowHeight = emptyRowHeight
        self.style = style
        self.headingStyle = headingStyle
        self.repeatHeading = repeatHeading
    }
}
