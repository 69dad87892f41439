import AyumiCompose
import AyumiModel

/// Turns one composed line into glyph runs at page coordinates: one run per face.
struct GlyphRunBuilder {
    let paragraph: ComposedParagraph
    let fontSize: Double
    /// For each glyph of the paragraph, the scalar offset where its characters end.
    let clusterEnds: [Int]

    init(paragraph: ComposedParagraph, fontSize: Double) {
        self.paragraph = paragraph
        self.fontSize = fontSize
        self.clusterEnds = Self.clusterEnds(of: paragraph.shaped.glyphs, scalarCount: paragraph.scalars.count)
    }

    /// Each glyph's characters run from its cluster to the next larger cluster value, so a
    /// ligature keeps all its characters and a character the fonts lack stays in the text.
    private static func clusterEnds(of glyphs: [ShapedGlyph], scalarCount: Int) -> [Int] {
        var ends = [Int](repeating: scalarCount, count: glyphs.count)
        var next = scalarCount
        for index in glyphs.indices.reversed() {
            ends[index] = next
            if index > 0, glyphs[index - 1].cluster != glyphs[index].cluster { next = glyphs[index].cluster }
        }
        return ends
    }

    /// Runs for `line`, whose start edge is at `origin`: for horizontal text the left end of
    /// the baseline, for vertical text the top of the column's centre line.
    func runs(for line: ComposedLine, origin: Point) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        var start = line.glyphs.lowerBound
        while start < line.glyphs.upperBound {
            let face = paragraph.shaped.glyphs[start].face
            var end = start
            while end < line.glyphs.upperBound, paragraph.shaped.glyphs[end].face == face { end += 1 }
            runs.append(run(glyphs: start..<end, of: line, origin: origin))
            start = end
        }
        return runs
    }

    private func run(glyphs range: Range<Int>, of line: ComposedLine, origin: Point) -> GlyphRun {
        let shaped = paragraph.shaped.glyphs
        let vertical = paragraph.direction == .vertical
        var placed: [PlacedGlyph] = []
        placed.reserveCapacity(range.count)
        var text = String.UnicodeScalarView()
        var clusters: [TextCluster] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let cluster = shaped[index].cluster
            var glyphCount = 0
            while index < range.upperBound, shaped[index].cluster == cluster {
                let glyph = shaped[index]
                let pen = line.positions[index - line.glyphs.lowerBound]
                let x = vertical ? origin.x + glyph.offsetX : origin.x + pen + glyph.offsetX
                let y = vertical ? origin.y + pen + glyph.offsetY : origin.y + glyph.offsetY
                placed.append(PlacedGlyph(id: glyph.glyphID, x: x, y: y))
                glyphCount += 1
                index += 1
            }
            var byteCount = 0
            for scalar in paragraph.scalars[cluster..<clusterEnds[index - 1]] {
                text.append(scalar)
                byteCount += UTF8.width(scalar)
            }
            clusters.append(TextCluster(byteCount: byteCount, glyphCount: glyphCount))
        }
        return GlyphRun(face: paragraph.shaped.faces[shaped[range.lowerBound].face], size: fontSize,
                        glyphs: placed, text: String(text), clusters: clusters, direction: paragraph.direction)
    }
}
