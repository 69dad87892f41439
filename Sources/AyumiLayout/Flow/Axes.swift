import AyumiCompose
import AyumiModel

/// Turns logical positions into page directions.
///
/// Blocks are laid out in two logical directions: *inline*, along the lines (rightwards in
/// horizontal text, downwards in vertical text), and *block*, the way lines follow each other
/// (downwards, or leftwards for vertical text's columns). A fragment's origin is its block-start,
/// inline-start corner: its top-left corner in horizontal text, its top-right corner in vertical
/// text (so the fragment lies at negative x).
struct Axes {
    let isVertical: Bool

    init(_ mode: WritingMode) { isVertical = mode == .vertical }
    init(vertical: Bool) { isVertical = vertical }

    func point(inline: Double, block: Double) -> Point {
        isVertical ? Point(x: -block, y: inline) : Point(x: inline, y: block)
    }

    func rect(inline: Double, block: Double, inlineLength: Double, blockLength: Double) -> Rect {
        isVertical
            ? Rect(x: -(block + blockLength), y: inline, width: blockLength, height: inlineLength)
            : Rect(x: inline, y: block, width: inlineLength, height: blockLength)
    }

    /// The page offset that moves a fragment by `inline`, `block`.
    func offset(inline: Double, block: Double) -> (dx: Double, dy: Double) {
        isVertical ? (-block, inline) : (inline, block)
    }

    /// The edge at the block start (where a box's title sits).
    var blockStartEdge: EdgeGap.Edge { isVertical ? .right : .top }

    /// The drawing origin of a composed line whose cell starts `cellStart` along the block
    /// direction, `pitch` deep, for text `size` points: for horizontal text the left end of the
    /// baseline (the em box centred in the cell), for vertical text the top of the column's centre line.
    func lineOrigin(inline: Double, cellStart: Double, pitch: Double, size: Double) -> Point {
        isVertical
            ? Point(x: -(cellStart + pitch / 2), y: inline)
            : Point(x: inline, y: cellStart + (pitch - size) / 2 + size * Axes.emBoxAscent)
    }

    /// Ayumi's Japanese fonts put the ideographic em box's top 0.88 em above the baseline
    /// (BIZ UD: ascender 1802 of 2048 units).
    static let emBoxAscent = EmBox.ascent
}
