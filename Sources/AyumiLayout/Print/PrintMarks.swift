import AyumiModel

/// Bleed and crop marks (トンボ) for a print shop: each page grows by the bleed and a margin for
/// the marks; its content moves in, and the page records where the trim and bleed are.
///
/// Japanese crop marks are double: at each corner one line marks the trim (仕上がり線) and one the
/// bleed (裁ち落とし線), both running away from the page; centre marks (センタートンボ) cross the
/// middle of each edge. Marks are drawn in black at 0.1 mm, as artifacts (not part of the text).
public enum PrintMarks {
    /// How long the marks are.
    public static let markLength = Length.mm(10)

    public static func apply(to pages: [Page], bleed: Length, cropMarks: Bool) -> [Page] {
        let bleed = max(0, bleed.points)
        let slug = cropMarks ? markLength.points + max(bleed, Length.mm(3).points) : 0
        let offset = bleed + slug
        return pages.map { page in
            var result = Page(size: Size(width: page.size.width + 2 * offset, height: page.size.height + 2 * offset),
                              label: page.label)
            result.items = page.items.map { $0.translated(dx: offset, dy: offset) }
            let trim = Rect(x: offset, y: offset, width: page.size.width, height: page.size.height)
            result.trimBox = trim
            result.bleedBox = Rect(x: trim.minX - bleed, y: trim.minY - bleed, width: trim.width + 2 * bleed,
                                   height: trim.height + 2 * bleed)
            if cropMarks { result.items += marks(trim: trim, bleed: bleed) }
            return result
        }
    }

    /// Corner marks at the trim and at the bleed, and centre marks, around `trim`.
    static func marks(trim: Rect, bleed: Double) -> [PositionedItem] {
        let stroke = Stroke(width: Length.mm(0.1).points)
        let length = markLength.points
        // Marks start beyond the bleed, so they never print on the finished page.
        let gap = max(bleed, Length.mm(3).points)
        var items: [PositionedItem] = []
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) {
            items.append(.rule(Rule(from: Point(x: x1, y: y1), to: Point(x: x2, y: y2), stroke: stroke)))
        }
        for (x, sx) in [(trim.minX, -1.0), (trim.maxX, 1.0)] {
            for (y, sy) in [(trim.minY, -1.0), (trim.maxY, 1.0)] {
                for at in [y, y + sy * bleed] { line(x + sx * gap, at, x + sx * (gap + length), at) }
                for at in [x, x + sx * bleed] { line(at, y + sy * gap, at, y + sy * (gap + length)) }
            }
        }
        let (midX, midY) = (trim.minX + trim.width / 2, trim.minY + trim.height / 2)
        let half = length / 2
        for y in [trim.minY - gap - half, trim.maxY + gap + half] {
            line(midX - half, y, midX + half, y)
            line(midX, y - half, midX, y + half)
        }
        for x in [trim.minX - gap - half, trim.maxX + gap + half] {
            line(x - half, midY, x + half, midY)
            line(x, midY - half, x, midY + half)
        }
        return items
    }
}
