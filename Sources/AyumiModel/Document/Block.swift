/// One block of a document's body, in reading order.
public enum Block: Hashable, Sendable {
    /// A run of prose: a title, a heading or a paragraph.
    case text(TextBlock)
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

/// A fully resolved text style: every length in points.
public struct TextStyle: Hashable, Sendable {
    /// A family of the font manifest (`mincho`, `gothic`).
    public var family: String
    public var weight: FontWeight
    public var size: Length
    /// 行送り: the distance from one line's baseline to the next (not the gap between lines).
    public var linePitch: Length
    /// 字下げ: the first line's indent.
    public var firstLineIndent: Length
    /// Space before and after the block, along the block direction.
    public var spaceBefore: Length
    public var spaceAfter: Length
    /// Line-breaking strictness and hanging punctuation.
    public var composition: CompositionSettings

    public init(family: String, weight: FontWeight = .regular, size: Length, linePitch: Length,
                firstLineIndent: Length = .zero, spaceBefore: Length = .zero, spaceAfter: Length = .zero,
                composition: CompositionSettings = CompositionSettings()) {
        self.composition = composition
        self.family = family
        self.weight = weight
        self.size = size
        self.linePitch = linePitch
        self.firstLineIndent = firstLineIndent
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}

public enum FontWeight: String, CaseIterable, Hashable, Sendable {
    case regular
    case bold
}
