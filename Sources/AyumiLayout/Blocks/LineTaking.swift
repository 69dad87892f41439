/// 行取り (JLREQ 4.1.6): a block off the line grid (a heading, or text at another pitch) takes
/// a whole number of grid lines, enough for its lines and the spaces its style asks before and
/// after them, and sits centred in them.
///
/// The style's spaces decide how many lines are taken, not where the text sits: JLREQ places a
/// heading in the middle of its lines (「3行取り中央」), so the slack is shared equally above and
/// below instead of falling below the heading.
struct LineTaking {
    /// The number of grid lines taken (at least one).
    let cells: Double
    /// The space above (and below) the text that centres it in those lines.
    let centredMargin: Double

    init(grid: Double, before: Double, content: Double, after: Double) {
        cells = max(1, ((before + content + after) / grid - Paginator.epsilon).rounded(.up))
        centredMargin = max(0, (cells * grid - content) / 2)
    }
}
