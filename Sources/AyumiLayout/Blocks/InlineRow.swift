import AyumiModel

/// Something set along a row of a form: a check box with its option, a gap to write in, a word.
struct InlineBox {
    var width: Double
    var depth: Double
    /// Space before the box when it does not start its row.
    var spaceBefore: Double = 0
    /// Adds the box's items to `row`, its start `x` points along.
    var place: (_ x: Double, _ row: inout Fragment) -> Void
}

/// Packs boxes into rows `measure` wide, never cutting a box; returns the rows and the widest row's width.
enum InlineRowPacker {
    static func rows(_ boxes: [InlineBox], measure: Double, rowDepth: Double) -> (rows: [Fragment], width: Double) {
        var rows: [Fragment] = []
        var row = Fragment(depth: rowDepth)
        var x = 0.0, widest = 0.0
        var hasBoxes = false
        for box in boxes {
            if hasBoxes, x + box.spaceBefore + box.width > measure + Paginator.epsilon {
                rows.append(row)
                row = Fragment(depth: rowDepth)
                x = 0
                hasBoxes = false
            }
            if hasBoxes { x += box.spaceBefore }
            box.place(x, &row)
            row.depth = max(row.depth, box.depth)
            x += box.width
            widest = max(widest, x)
            hasBoxes = true
        }
        if hasBoxes { rows.append(row) }
        return (rows, widest)
    }
}
