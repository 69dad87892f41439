/// Where a ruby complex's base and reading glyphs go on its line (JLREQ 3.3.6–3.3.8).
///
/// The complex is as long as the longer of base and reading, less what the reading overhangs
/// its neighbours. The shorter of the two is spread over that length 1:2:1 (one unit at each
/// end, two between characters); a longer reading starts where its overhang onto the unit
/// before it begins. A line's head and end are not neighbours: there the reading overhangs
/// nothing, so at the head the reading (or, when it is shorter, the base) starts at the line's
/// edge, and at the end it finishes there — in horizontal and vertical text alike.
struct RubySetting: Equatable {
    var width: Double
    /// The 1:2:1 unit between base glyphs, and between reading glyphs.
    var baseStep: Double
    var readingStep: Double
    /// Where the reading starts relative to the unit (negative: over the unit before).
    var readingShift: Double

    init(_ ruby: RubyAnnotation, baseGlyphs: Int, atLineHead: Bool, atLineEnd: Bool) {
        let before = atLineHead ? 0 : ruby.overhangBefore
        let after = atLineEnd ? 0 : ruby.overhangAfter
        width = max(ruby.baseWidth, ruby.rubyWidth - before - after)
        baseStep = baseGlyphs > 0 ? max(0, width - ruby.baseWidth) / Double(2 * baseGlyphs) : 0
        if ruby.rubyWidth <= ruby.baseWidth, !ruby.glyphs.isEmpty {
            readingStep = max(0, width - ruby.rubyWidth) / Double(2 * ruby.glyphs.count)
            readingShift = 0
        } else {
            readingStep = 0
            readingShift = -before
        }
    }

    /// How far the glyph at `position` among the base's (or the reading's) glyphs moves from
    /// where it was laid solid.
    func offset(ofBase position: Int) -> Double { baseStep * Double(2 * position + 1) }

    func offset(ofReading position: Int) -> Double { readingShift + readingStep * Double(2 * position + 1) }
}
