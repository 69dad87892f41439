import AyumiCompose
import AyumiModel

/// Stacks lines on pages along the block direction, on the page's line grid.
///
/// With a grid (`PageSetup.gridPitch`), a block set at the grid's pitch puts one line in each
/// grid cell, so body lines stand at the same places on every page and ruby never moves them
/// (it sits in the line gap). A block at another pitch — a heading — takes a whole number of
/// grid cells (行取り), its lines centred in them. Without a grid, each block stacks at its own
/// pitch.
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
    private var grid: Double? { setup.gridPitch?.points }

    /// The length of a line: the 版面's width, or its height for vertical text.
    var measure: Double { isVertical ? area.height : area.width }
    /// The room for lines: the 版面's height, or its width for vertical text.
    private var depth: Double { isVertical ? area.width : area.height }

    mutating func place(_ paragraph: ComposedParagraph, style: TextStyle) {
        let builder = GlyphRunBuilder(paragraph: paragraph)
        let pitch = style.linePitch.points
        let size = style.size.points
        if let grid, abs(pitch - grid) > 1e-6 {
            placeBand(paragraph, builder: builder, style: style, grid: grid)
            return
        }
        if filled > 0 { filled += snapped(style.spaceBefore.points) }
        for line in paragraph.lines {
            if filled + pitch > depth + 1e-6, filled > 0 { newPage() }
            append(line, builder: builder, cellStart: filled, pitch: pitch, size: size)
            filled += pitch
        }
        filled += snapped(style.spaceAfter.points)
    }

    /// 行取り: the block with its spaces takes whole grid cells; its lines are centred in them.
    private mutating func placeBand(_ paragraph: ComposedParagraph, builder: GlyphRunBuilder, style: TextStyle,
                                    grid: Double) {
        let pitch = style.linePitch.points
        let before = filled > 0 ? style.spaceBefore.points : 0
        let content = Double(paragraph.lines.count) * pitch
        let cells = max(1, ((before + content + style.spaceAfter.points) / grid - 1e-6).rounded(.up))
        if filled + cells * grid > depth + 1e-6, filled > 0 { newPage() }
        var start = filled + (cells * grid - content) / 2
        if filled == 0, cells * grid <= depth { start = (cells * grid - content) / 2 }
        for line in paragraph.lines {
            append(line, builder: builder, cellStart: start, pitch: pitch, size: style.size.points)
            start += pitch
        }
        filled += cells * grid
    }

    /// Space before and after blocks, rounded up to whole grid cells when there is a grid.
    private func snapped(_ space: Double) -> Double {
        guard let grid, space > 0 else { return space }
        return (space / grid - 1e-6).rounded(.up) * grid
    }

    /// Ayumi's Japanese fonts put the ideographic em box's top 0.88 em above the baseline
    /// (BIZ UD: ascender 1802 of 2048 units). The em box is centred in the line's cell.
    static let emBoxAscent = 0.88

    private mutating func append(_ line: ComposedLine, builder: GlyphRunBuilder, cellStart: Double, pitch: Double,
                                 size: Double) {
        let origin: Point
        if isVertical {
            origin = Point(x: area.maxX - cellStart - pitch / 2, y: area.minY + line.offset)
        } else {
            origin = Point(x: area.minX + line.offset, y: area.minY + cellStart + (pitch - size) / 2 + size * Self.emBoxAscent)
        }
        for run in builder.runs(for: line, origin: origin) { current.items.append(.glyphRun(run)) }
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
