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
}
