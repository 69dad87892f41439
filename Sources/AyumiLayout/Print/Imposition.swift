import AyumiModel

/// Pages rearranged for printing: a booklet's pages two to a sheet side in folding order.
///
/// Imposition reads and writes the plain page tree only, so it works the same for a PDF and
/// for PNG proofs, and it composes with `PrintMarks` (marks on the sheet, or on each page).
public enum Imposition {
    /// 中綴じ (saddle stitch): the pages, padded with blank pages to a multiple of four, set two
    /// to a side of a sheet twice as wide (A4 pages on A3 landscape), in the order that makes
    /// the booklet when the printed sheets are stacked, folded and stapled.
    ///
    /// Sheet `s` of `n` pages (counted from 0) holds, for a booklet bound on the left (横書き):
    /// front side — left page `n-1-2s`, right page `2s`; back side — left `2s+1`, right `n-2-2s`.
    /// A booklet bound on the right (縦書き) mirrors each side.
    public static func saddleStitch(_ pages: [Page], boundOnRight: Bool = false) -> [Page] {
        guard let size = pages.first?.size else { return [] }
        var padded = pages
        while padded.count % 4 != 0 { padded.append(Page(size: size)) }
        let n = padded.count
        var sides: [Page] = []
        for sheet in 0..<(n / 4) {
            let front = (left: n - 1 - 2 * sheet, right: 2 * sheet)
            let back = (left: 2 * sheet + 1, right: n - 2 - 2 * sheet)
            for side in [front, back] {
                let (left, right) = boundOnRight ? (side.right, side.left) : (side.left, side.right)
                sides.append(spread(padded[left], padded[right]))
            }
        }
        return sides
    }

    /// Two pages side by side on one page twice as wide.
    static func spread(_ left: Page, _ right: Page) -> Page {
        let width = max(left.size.width, right.size.width)
        let height = max(left.size.height, right.size.height)
        var side = Page(size: Size(width: 2 * width, height: height))
        side.items = left.items + right.items.map { $0.translated(dx: width, dy: 0) }
        return side
    }

    /// N-up (面付け) for cards: as many pages as fit on each `sheet`, in rows from the top left,
    /// `gap` apart and centred, with crop marks in the gaps and margins when `cropMarks` is set.
    ///
    /// Business cards (91 × 55 mm) on A4 with no gap give the common 10-up sheet (2 × 5, for
    /// perforated card paper); with a gap for crop marks, fewer fit — up to 5 mm still gives 2 × 5.
    /// With `fillSheet`, a one-page document (one card) is repeated to fill the sheet.
    public static func nUp(_ pages: [Page], sheet: Size, gap: Length = .zero, cropMarks: Bool = false,
                           fillSheet: Bool = false) -> [Page] {
        guard let card = pages.first?.size, card.width > 0, card.height > 0 else { return [] }
        let gap = max(0, gap.points)
        let columns = max(1, Int(((sheet.width + gap) / (card.width + gap)).rounded(.down)))
        let rows = max(1, Int(((sheet.height + gap) / (card.height + gap)).rounded(.down)))
        let usedWidth = Double(columns) * card.width + Double(columns - 1) * gap
        let usedHeight = Double(rows) * card.height + Double(rows - 1) * gap
        let (left, top) = ((sheet.width - usedWidth) / 2, (sheet.height - usedHeight) / 2)
        let perSheet = columns * rows
        let pages = fillSheet && pages.count == 1 ? Array(repeating: pages[0], count: perSheet) : pages
        var sheets: [Page] = []
        for start in stride(from: 0, to: pages.count, by: perSheet) {
            var side = Page(size: sheet)
            for (slot, page) in pages[start..<min(start + perSheet, pages.count)].enumerated() {
                let x = left + Double(slot % columns) * (card.width + gap)
                let y = top + Double(slot / columns) * (card.height + gap)
                side.items += page.items.map { $0.translated(dx: x, dy: y) }
                if cropMarks {
                    // Marks run along the gaps towards the next card, so they stop short of it.
                    let room = columns > 1 || rows > 1 ? gap : min(left, top)
                    side.items += cardMarks(Rect(x: x, y: y, width: card.width, height: card.height),
                                            reach: min(Length.mm(5).points, room - 1))
                }
            }
            sheets.append(side)
        }
        return sheets
    }

    /// Short lines along each edge of a card, starting 1 pt away from its corners and running
    /// outwards `reach` points, so they stay in the gaps between cards.
    static func cardMarks(_ card: Rect, reach: Double) -> [PositionedItem] {
        guard reach > 1 else { return [] }
        let stroke = Stroke(width: Length.mm(0.1).points)
        var items: [PositionedItem] = []
        for (x, sx) in [(card.minX, -1.0), (card.maxX, 1.0)] {
            for (y, sy) in [(card.minY, -1.0), (card.maxY, 1.0)] {
                items.append(.rule(Rule(from: Point(x: x + sx, y: y), to: Point(x: x + sx * reach, y: y), stroke: stroke)))
                items.append(.rule(Rule(from: Point(x: x, y: y + sy), to: Point(x: x, y: y + sy * reach), stroke: stroke)))
            }
        }
        return items
    }
}
