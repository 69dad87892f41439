/// Lines ruled across the 版面 for handwriting, with an optional label above them.
///
/// In the fillable rendition the same area becomes one multi-line text field named `name`.
public struct RuledLinesBlock: Hashable, Sendable {
    /// The field name the lines become in a fillable PDF (ASCII), if any.
    public var name: String?
    public var label: [Inline]?
    public var labelStyle: TextStyle
    public var count: Int
    /// Distance between lines: room for one line of handwriting.
    public var pitch: Length
    /// The resident's text, printed on the lines in the filled rendition.
    public var value: [Inline]?
    public var valueStyle: TextStyle
    public var location: SourceLocation?

    public init(name: String?, label: [Inline]?, labelStyle: TextStyle, count: Int, pitch: Length,
                value: [Inline]? = nil, valueStyle: TextStyle, location: SourceLocation? = nil) {
        self.name = name
        self.label = label
        self.labelStyle = labelStyle
        self.count = count
        self.pitch = pitch
        self.value = value
        self.valueStyle = valueStyle
        self.location = location
    }
}
