/// 圏点 (emphasis dots, JLREQ 3.3.9): one sesame dot ﹅ (U+FE45) beside each character, in the
/// line gap where ruby goes, so the line pitch never changes.
///
/// Horizontal text takes the same sesame dot as vertical text, not the • of some systems:
/// a bullet at ruby size leaves about 1.5pt of ink at 12pt, too faint for the older readers
/// these documents are for. The dot is set at `emphasisDotScale` of the base size: BIZ UD's
/// sesame inks about 31% of its em, so the dot is about a quarter em (3pt at 12pt) — the size
/// of a half-size sesame in book faces, whose ink fills half their em. Its em box is centred on
/// the character along the line and on the ruby band across it (above the base in horizontal
/// text, right of it in vertical text); BIZ UD draws the sesame in the middle of its em box.
/// Punctuation, spaces and ruby bases get no dot.
extension UnitBuilder {
    static let emphasisDot: Unicode.Scalar = "\u{FE45}"
    static let emphasisDotScale = 0.8

    mutating func addEmphasisDots(units range: Range<Int>) {
        let dotSize = Self.emphasisDotScale * size
        let dot = shape([Self.emphasisDot], bold: false, size: dotSize, direction: direction)
        guard let glyph = dot.0.glyphs.first else { return }
        // Across the line: the centre of the band ruby occupies, from the base's em box.
        let across: Double = direction == .vertical
            ? rubyAcross + glyph.offsetX
            : -(Self.emBoxAscent * size + rubySize / 2) + (Self.emBoxAscent - 0.5) * dotSize + glyph.offsetY
        for index in range where !units[index].isPunctuation && units[index].ruby == nil {
            let along = (units[index].width - glyph.advance) / 2 + (direction == .vertical ? glyph.offsetY : glyph.offsetX)
            units[index].emphasisDot = glyphs.count
            glyphs.append(UnitGlyph(face: dot.1[glyph.face], glyphID: glyph.glyphID, size: dotSize, along: along,
                                    across: across, isRotated: false, layer: .emphasisDot))
        }
    }
}
