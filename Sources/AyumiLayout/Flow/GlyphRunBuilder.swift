import AyumiCompose
import AyumiModel

/// Turns one composed line into glyph runs at page coordinates.
///
/// Consecutive glyphs of one face, size and orientation form a run; glyphs that show the same
/// characters form one cluster, so the PDF maps glyphs back to the text.
struct GlyphRunBuilder {
    let paragraph: ComposedParagraph

    /// Runs for `line`, whose start edge is at `origin`: for horizontal text the left end of
    /// the baseline, for vertical text the top of the column's centre line.
    func runs(for line: ComposedLine, origin: Point, structure: StructureElement.ID? = nil) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        var start = 0
        let glyphs = line.glyphs
        while start < glyphs.count {
            var end = start + 1
            while end < glyphs.count, sameRun(glyphs[end], glyphs[start]) { end += 1 }
            runs.append(run(glyphs[start..<end], origin: origin, structure: structure))
            start = end
        }
        return runs
    }

    private func sameRun(_ a: LineGlyph, _ b: LineGlyph) -> Bool {
        a.face == b.face && a.size == b.size && a.isRotated == b.isRotated && a.layer == b.layer
            && a.horizontalScale == b.horizontalScale
    }

    private func run(_ glyphs: ArraySlice<LineGlyph>, origin: Point, structure: StructureElement.ID?) -> GlyphRun {
        let vertical = paragraph.direction == .vertical
        var placed: [PlacedGlyph] = []
        placed.reserveCapacity(glyphs.count)
        var text = String.UnicodeScalarView()
        var clusters: [TextCluster] = []
        var index = glyphs.startIndex
        while index < glyphs.endIndex {
            let range = glyphs[index].text
            var count = 0
            while index < glyphs.endIndex, glyphs[index].text == range {
                let glyph = glyphs[index]
                placed.append(vertical
                    ? PlacedGlyph(id: glyph.glyphID, x: origin.x + glyph.across, y: origin.y + glyph.along)
                    : PlacedGlyph(id: glyph.glyphID, x: origin.x + glyph.along, y: origin.y + glyph.across))
                count += 1
                index += 1
            }
            var bytes = 0
            for scalar in paragraph.scalars[range] {
                text.append(scalar)
                bytes += UTF8.width(scalar)
            }
            clusters.append(TextCluster(byteCount: bytes, glyphCount: count))
        }
        let first = glyphs[glyphs.startIndex]
        var run = GlyphRun(face: paragraph.faces[first.face], size: first.size, glyphs: placed, text: String(text),
                           clusters: clusters, direction: paragraph.direction, isRotated: first.isRotated,
                           structure: structure)
        run.horizontalScale = first.horizontalScale
        return run
    }
}
