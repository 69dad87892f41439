/// One block of a document's body, in reading order.
///
/// Blocks are plain values with every style resolved and every piece of text located in its
/// source. AyumiTemplate makes them from a template and its data; AyumiLayout sets them on pages.
public enum Block: Hashable, Sendable {
    /// A run of prose: a title, a heading or a paragraph.
    case text(TextBlock)
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// A framed box (a note, a tip, a warning) holding other blocks.
    case box(BoxBlock)
    /// Ruled lines to write on by hand.
    case ruledLines(RuledLinesBlock)
    /// A form field: a box to write in, a date, a group of choices.
    case field(FieldBlock)
    case table(TableBlock)
    case image(ImageBlock)
    case qrCode(QRCodeBlock)
    /// 目次: the headings that follow, with the pages they are on.
    case tableOfContents(TableOfContentsBlock)
    /// Empty space along the block direction.
    case spacer(Length)
    /// The next block starts a new page.
    case pageBreak
}

/// A title, heading or paragraph: text in one style, composed into lines.
public struct TextBlock: Hashable, Sendable {
    /// What the block is, for the reader and for the PDF's structure tree.
    public enum Role: Hashable, Sendable {
        case title
        /// A section heading; level 1 is the largest.
        case heading(level: Int)
        case paragraph
    }

    public var role: Role
    /// The block's text, with its inline markup parsed.
    public var content: [Inline]
    public var style: TextStyle

    public init(role: Role, content: [Inline], style: TextStyle) {
        self.role = role
        self.content = content
        self.style = style
    }

    /// A block of plain text (no markup).
    public init(role: Role, text: SourceText, style: TextStyle) {
        self.init(role: role, content: [.text(text)], style: style)
    }
}


/// 目次: the headings after this block, each with its page number, filled in by layout.
public struct TableOfContentsBlock: Hashable, Sendable {
    /// Headings down to this level are listed (1: only level-1 headings).
    public var depth: Int
    public var style: TextStyle
    public var location: SourceLocation?

    public init(depth: Int = 2, style: TextStyle, location: SourceLocation? = nil) {
        self.depth = depth
        self.style = style
        self.location = location
    }
}
