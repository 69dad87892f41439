/// How strictly and how a paragraph is composed; set per style in the template.
public struct CompositionSettings: Hashable, Sendable {
    /// Which characters may not start a line (JLREQ 3.1.7, Appendix B Table 2 notes).
    public enum Strictness: String, CaseIterable, Hashable, Sendable {
        /// The default: besides what JLREQ always forbids, small kana, ー and 々 never start a line.
        case strict
        /// Small kana, ー and the iteration marks may start a line (for narrow columns).
        case loose
    }

    public var strictness: Strictness
    /// ぶら下げ: let 、 and 。 hang past the line end instead of pushing a character down
    /// (JLREQ 3.8.2). Off by default: JLREQ calls it a poor fit for text mixed with Latin.
    public var hangingPunctuation: Bool

    public init(strictness: Strictness = .strict, hangingPunctuation: Bool = false) {
        self.strictness = strictness
        self.hangingPunctuation = hangingPunctuation
    }
}
