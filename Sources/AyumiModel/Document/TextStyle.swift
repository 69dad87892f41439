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
