import AyumiModel

/// A paragraph broken into lines, with every glyph's position along its line.
public struct ComposedParagraph: Hashable, Sendable {
    public var shaped: ShapedText
    /// The paragraph's text as scalars; clusters index into it.
    public var scalars: [Unicode.Scalar]
    public var lines: [ComposedLine]
    public var direction: TextDirection

    public init(shaped: ShapedText, scalars: [Unicode.Scalar], lines: [ComposedLine], direction: TextDirection) {
        self.shaped = shaped
        self.scalars = scalars
        self.lines = lines
        self.direction = direction
    }
}

/// One line: a range of the paragraph's glyphs and where each starts along the line.
public struct ComposedLine: Hashable, Sendable {
    /// Indices into `ComposedParagraph.shaped.glyphs`.
    public var glyphs: Range<Int>
    /// Pen position of each glyph in `glyphs`, in points from the line's start edge
    /// (the indent included).
    public var positions: [Double]
    /// Distance from the line's start edge to the end of its last glyph.
    public var extent: Double

    public init(glyphs: Range<Int>, positions: [Double], extent: Double) {
        self.glyphs = glyphs
        self.positions = positions
        self.extent = extent
    }
}
