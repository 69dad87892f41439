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

    /// The table's field name (ASCII) when residents write in it, `nil` for a table of printed
    /// information only.
    ///
    /// Every cell of a row a resident writes in is a single-line text field named
    /// `name.ROW.KEY`. ROW counts from 1 over those rows only: first the rows of the resident's
    /// answers, then the empty rows, so `medications.1.drug` is the first medicine whether it was
    /// typed on screen or came from an answers file; rows the template or its data print are not
    /// counted. KEY is the column's `key`, or its number from 1 when the table has no `keys:`.
    /// The widgets are made in every rendition (AyumiPDF makes fields of them in the fillable one).
    public var name: String?
    /// What a screen reader says before a cell's row and column (`/TU`
    /// 「服薬中の薬 1行目：薬の名前」): the table's `label:`, or, when it has none, the nearest
    /// heading before the table (the template reader fills that in). `nil` when neither exists;
    /// the cells then say the table's `name`.
    public var label: [Inline]?
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
                style: TextStyle, headingStyle: TextStyle, repeatHeading: Bool = true, name: String? = nil,
                label: [Inline]? = nil) {
        self.name = name
        self.label = label
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
