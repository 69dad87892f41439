/// Turns a justified line's units into glyphs placed along the line.
///
/// Group- and mono-ruby complexes are settled here, now that it is known which of them start
/// or end the line (`RubySetting`): a reading overhangs its neighbours mid-line, but at the
/// line's head or end it aligns with the line's edge (JLREQ 3.3), and the complex takes the
/// room (`Unit.lineHeadExtra`, which line breaking already counted).
struct LinePlacer {
    let units: [Unit]
    let glyphs: [UnitGlyph]
    let scalars: [Unicode.Scalar]
    let em: Double

    func line(_ range: Range<Int>, spaces: [Double], glues: [Glue], indent: Double, justified: Bool) -> ComposedLine {
        var placed: [LineGlyph] = []
        var placedUnits: [PlacedUnit] = []
        var pen = indent
        for (offset, index) in range.enumerated() {
            let unit = units[index]
            pen += spaces[offset]
            let baseEnd = unit.ruby?.glyphs.lowerBound ?? unit.glyphs.upperBound
            let baseGlyphs = unit.glyphs.lowerBound..<baseEnd
            let setting = unit.ruby.flatMap { ruby in
                ruby.settlesOnLine ? RubySetting(ruby, baseGlyphs: baseGlyphs.count, atLineHead: offset == 0,
                                                 atLineEnd: index == range.upperBound - 1) : nil
            }
            // One cluster per character where glyphs and characters pair up, so text extracts
            // exactly (cairo-harfbuzz-notes.md §4); otherwise one cluster for the unit.
            let perCharacter = baseGlyphs.count == unit.text.count
            for (position, glyphIndex) in unit.glyphs.enumerated() {
                let glyph = glyphs[glyphIndex]
                let text: Range<Int>
                if glyph.layer != .base {
                    text = unit.text.lowerBound..<unit.text.lowerBound
                } else if perCharacter {
                    text = (unit.text.lowerBound + position)..<(unit.text.lowerBound + position + 1)
                } else {
                    text = unit.text
                }
                var along = pen + glyph.along
                if let setting {
                    along += glyph.layer == .base ? setting.offset(ofBase: position)
                        : setting.offset(ofReading: position - baseGlyphs.count)
                }
                placed.append(LineGlyph(face: glyph.face, glyphID: glyph.glyphID, size: glyph.size,
                                        along: along, across: glyph.across, isRotated: glyph.isRotated,
                                        horizontalScale: glyph.horizontalScale, layer: glyph.layer, text: text))
            }
            if let dot = unit.emphasisDot {
                let glyph = glyphs[dot]
                placed.append(LineGlyph(face: glyph.face, glyphID: glyph.glyphID, size: glyph.size,
                                        along: pen + glyph.along, across: glyph.across, layer: .emphasisDot,
                                        text: unit.text.upperBound..<unit.text.upperBound))
            }
            let width = setting?.width ?? unit.width
            placedUnits.append(PlacedUnit(text: text(unit.text),
                                          characterClass: unit.characterClass, position: pen, width: width,
                                          spaceBefore: spaces[offset],
                                          naturalSpaceBefore: offset == 0 ? 0 : glues[index].natural))
            pen += width
        }
        if let last = range.last { pen += Glue.lineEnd(after: units[last], em: em) }
        return ComposedLine(glyphs: placed, extent: pen, isJustified: justified, units: placedUnits)
    }

    /// The characters of a unit as a string (one character almost always: a small string,
    /// built without touching the heap).
    private func text(_ range: Range<Int>) -> String {
        if range.count == 1 { return String(Character(scalars[range.lowerBound])) }
        var result = ""
        for scalar in scalars[range] { result.unicodeScalars.append(scalar) }
        return result
    }
}
