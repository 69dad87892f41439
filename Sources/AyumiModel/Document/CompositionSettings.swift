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
    /// 縦中横 without markup: in vertical text, a number of at most this many ASCII digits
    /// standing alone (「9時～17時」) is set upright across the column, as `^17^` would set it.
    /// 0, the default, leaves numbers to the markup. Horizontal text ignores it.
    public var uprightDigits: Int

    /// The most digits `uprightDigits` may ask for: four already need quarter widths to fit.
    public static let uprightDigitsLimit = 4

    public init(strictness: Strictness = .strict, hangingPunctuation: Bool = false, alignment: Alignment = .justify,
                uprightDigits: Int = 0) {
        self.strictness = strictness
        self.alignment = alignment
        self.hangingPunctuation = hangingPunctuation
        self.uprightDigits = uprightDigits
    }
}
