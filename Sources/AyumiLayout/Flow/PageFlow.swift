import AyumiCompose
import AyumiModel

/// Stacks lines on pages along the block direction, starting a new page when one is full.
struct PageFlow {
    let setup: PageSetup
    private var pages: [Page] = []
    private var current: Page
    /// How far along the block direction the current page is filled, from the 版面's start edge.
    private var filled: Double = 0

    init(setup: PageSetup) {
        self.setup = setup
        self.current = Page(size: setup.size)
    }

    private var area: Rect { setup.textArea }
    private var isVertical: Bool { setup.writingMode == .vertical }

    /// The length of a line: the 版面's width, or its height for vertical text.
    var measure: Double { isVertical ? area.height : area.width }
    /// The room for lines: the 版面's height, or its width for vertical text.
    private var depth: Double { isVertical ? area.width : area.height }

    /// Places the lines of `paragraph`, with the block's space before and after.
    ///
    /// Space before is dropped at the top of a page, where it would only waste room.
    mutating func place(_ paragraph: ComposedParagraph, style: TextStyle) {
        let builder = GlyphRunBuilder(paragraph: paragraph, fontSize: style.size.points)
        if filled > 0 { filled += style.spaceBefore.points }
        let pitch = style.linePitch.points
        for line in paragraph.lines {
            if filled + pitch > depth + 0.001, filled > 0 { newPage() }
            for run in builder.runs(for: line, origin: lineOrigin(pitch: pitch, fontSize: style.size.points)) {
                current.items.append(.glyphRun(run))
            }
            filled += pitch
        }
        filled += style.spaceAfter.points
    }

    /// Ayumi's Japanese fonts put the ideographic em box's top 0.88 em above the baseline
    /// (BIZ UD: ascender 1802 of 2048 units). The em box is centred in the line's pitch.
    static let emBoxAscent = 0.88

    private func lineOrigin(pitch: Double, fontSize: Double) -> Point {
        let gap = (pitch - fontSize) / 2
        if isVertical {
            let right = area.maxX - filled
            return Point(x: right - pitch / 2, y: area.minY)
        }
        return Point(x: area.minX, y: area.minY + filled + gap + fontSize * Self.emBoxAscent)
    }

    private mutating func newPage() {
        pages.append(current)
        current = Page(size: setup.size)
        filled = 0
    }

    /// All pages; a document with no text still has one (blank) page.
    mutating func finish() -> [Page] {
        pages.append(current)
        return pages
    }
}
