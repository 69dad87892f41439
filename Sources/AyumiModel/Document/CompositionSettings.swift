/// How strictly and how a paragraph is composed; set per style in the template.
public struct CompositionSettings: Hashable, Sendable {
    /// Which characters may not start a line (JLREQ 3.1.7, Appendix B Table 2 notes).
    public enum Strictness: String, CaseIterable, Hashable, Sendable {
        /// The default: besides what JLREQ always forbids, small kana, ー and 々 never start a line.
        case strict
        /// Small kana, ー and the iteration marks may start a line (for narrow columns).
        case loose
    }

    /// Where a line's text sits when it does not fill the measure.
    public enum Alignment: String, CaseIterable, Hashable, Sendable {
        /// 両端揃え: every line but a paragraph's last reaches both ends (body text).
        case justify
        /// Lines start at the start edge and keep their natural spacing (headings, titles).
        case start
        case center
        case end
    }

    public var strictness: Strictness
    public var alignment: Alignment
    /// ぶら下げ: let 、 and 。 hang past the line end instead of pushing a character down
    /// (JLREQ 3.8.2). Off by default: JLREQ calls it a poor fit for text mixed with Latin.
    public var hangingPunctuation: Bool

    public init(strictness: Strictness = .strict, hangingPunctuation: Bool = false, alignment: Alignment = .justify) {
        self.strictness = strictness
        self.alignment = alignment
        self.hangingPunctuation = hangingPunctuation
    }
}
