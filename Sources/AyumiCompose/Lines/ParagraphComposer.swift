import AyumiModel

/// Breaks a paragraph into lines that fit a measure.
///
/// This first composer is deliberately simple: it shapes the whole paragraph once, then fills
/// each line greedily, breaking between characters (and only at spaces inside runs of Latin
/// letters). JLREQ line-break rules, punctuation spacing and justification come with the
/// composition issue and replace `breakOpportunities` and the positioning here.
public struct ParagraphComposer {
    public var shaper: any Shaper

    public init(shaper: any Shaper) { self.shaper = shaper }

    /// Composes `text` set in `font` into lines of at most `measure` points; the first line
    /// starts `firstLineIndent` points in.
    public func compose(_ text: String, font: FontRequest, direction: TextDirection,
                        measure: Double, firstLineIndent: Double = 0) -> ComposedParagraph {
        let scalars = Array(text.unicodeScalars)
        let shaped = shaper.shape(scalars, font: font, direction: direction)
        let lines = breakLines(shaped.glyphs, scalars: scalars, measure: measure, firstLineIndent: firstLineIndent)
        return ComposedParagraph(shaped: shaped, scalars: scalars, lines: lines, direction: direction)
    }

    private func breakLines(_ glyphs: [ShapedGlyph], scalars: [Unicode.Scalar],
                            measure: Double, firstLineIndent: Double) -> [ComposedLine] {
        var lines: [ComposedLine] = []
        var start = 0
        var indent = firstLineIndent
        while start < glyphs.count {
            var end = start
            var pen = indent
            var lastBreak: Int?
            while end < glyphs.count {
                let glyph = glyphs[end]
                if end > start, pen + glyph.advance > measure + 0.001 { break }
                pen += glyph.advance
                end += 1
                if end < glyphs.count, canBreak(between: glyphs[end - 1], and: glyphs[end], scalars: scalars) {
                    lastBreak = end
                }
            }
            if end < glyphs.count, let lastBreak, lastBreak > start,
               !canBreak(between: glyphs[end - 1], and: glyphs[end], scalars: scalars) {
                end = lastBreak
            }
            lines.append(place(glyphs, start..<end, indent: indent, scalars: scalars))
            start = end
            while start < glyphs.count, scalars[glyphs[start].cluster] == " " { start += 1 }
            indent = 0
        }
        return lines
    }

    /// A break is allowed between any two characters except inside a run of Latin letters and
    /// digits, which break only at spaces.
    private func canBreak(between before: ShapedGlyph, and after: ShapedGlyph, scalars: [Unicode.Scalar]) -> Bool {
        guard before.cluster != after.cluster else { return false }
        let a = scalars[before.cluster], b = scalars[after.cluster]
        return !(isWordCharacter(a) && isWordCharacter(b))
    }

    private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x2000 && scalar != " " && !scalar.properties.isWhitespace
    }

    private func place(_ glyphs: [ShapedGlyph], _ range: Range<Int>, indent: Double,
                       scalars: [Unicode.Scalar]) -> ComposedLine {
        var positions: [Double] = []
        positions.reserveCapacity(range.count)
        var pen = indent
        var extent = indent
        for index in range {
            positions.append(pen)
            pen += glyphs[index].advance
            if scalars[glyphs[index].cluster] != " " { extent = pen }
        }
        return ComposedLine(glyphs: range, positions: positions, extent: extent)
    }
}
