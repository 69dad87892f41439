/// Chooses where a paragraph's lines end.
///
/// Each line takes as many units as fit when every reducible space is squeezed (JLREQ puts
/// reduction, 追込み, before expansion, 追出し), then backs up to the last place a break is
/// allowed. When a line holds no such place (a run of characters that may not start a line,
/// or a word longer than the line), it falls back to a place the loose rules allow, and last
/// to wherever the line is full, rather than overflowing. Optional hanging lets a 、 or 。 sit past the line end. Finally, a last line
/// holding a single character (punctuation not counted) takes one more from the line before
/// (JLREQ 3.5.4). Widths come from prefix sums, so the whole pass is linear.
struct LineBreaker {
    let units: [Unit]
    /// `glues[i]` sits between unit `i - 1` and unit `i`; `glues[0]` is unused.
    let glues: [Glue]
    let breakAfter: [Bool]
    /// Where the loose rules would allow a break: the fallback for lines with no other place.
    let looseBreakAfter: [Bool]
    let measure: Double
    let firstLineIndent: Double
    let hanging: Bool
    let em: Double
    private let widths: [Double]
    private let naturals: [Double]
    private let shrinks: [Double]

    init(units: [Unit], glues: [Glue], breakAfter: [Bool], looseBreakAfter: [Bool], measure: Double,
         firstLineIndent: Double, hanging: Bool, em: Double) {
        self.units = units
        self.glues = glues
        self.breakAfter = breakAfter
        self.looseBreakAfter = looseBreakAfter
        self.measure = measure
        self.firstLineIndent = firstLineIndent
        self.hanging = hanging
        self.em = em
        var widths = [0.0], naturals = [0.0], shrinks = [0.0]
        for (index, unit) in units.enumerated() {
            widths.append(widths[index] + unit.width)
            naturals.append(naturals[index] + (index > 0 ? glues[index].natural : 0))
            shrinks.append(shrinks[index] + (index > 0 ? glues[index].shrink : 0))
        }
        self.widths = widths
        self.naturals = naturals
        self.shrinks = shrinks
    }

    /// A line's units, without the spaces at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, units[start].isSpace { start += 1 }
        while end > start, units[end - 1].isSpace { end -= 1 }
        return start..<end
    }

    /// Natural width of units `range` set as one line (indent and line-end space included).
    func naturalWidth(_ range: Range<Int>, indent: Double) -> Double {
        guard !range.isEmpty else { return indent }
        let (s, e) = (range.lowerBound, range.upperBound)
        return indent + widths[e] - widths[s] + naturals[e] - naturals[s + 1]
            + Glue.lineEnd(after: units[e - 1], em: em) + units[s].lineHeadExtra + units[e - 1].lineEndExtra
    }

    func minimumWidth(_ range: Range<Int>, indent: Double) -> Double {
        guard !range.isEmpty else { return indent }
        return naturalWidth(range, indent: indent) - (shrinks[range.upperBound] - shrinks[range.lowerBound + 1])
    }

    /// The lines, as ranges of units (spaces at the ends included; `trimmed` removes them).
    func lines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < units.count {
            let indent = lines.isEmpty ? firstLineIndent : 0
            let end = lineEnd(from: start, indent: indent)
            lines.append(start..<end)
            start = end
        }
        return avoidingWidow(lines)
    }

    private func lineEnd(from start: Int, indent: Double) -> Int {
        var end = start
        var lastBreak: Int?
        var lastLooseBreak: Int?
        while end < units.count {
            let candidate = trimmed(start..<(end + 1))
            if minimumWidth(candidate, indent: indent) > measure + 1e-6, end > start { break }
            end += 1
            if units[end - 1].forcedBreakAfter { return end }
            if end == units.count || breakAfter[end - 1] { lastBreak = end }
            if end < units.count, looseBreakAfter[end - 1] { lastLooseBreak = end }
        }
        guard end < units.count else { return end }
        if hanging, let hung = hangingEnd(start: start, end: end) { return hung }
        if let lastBreak, lastBreak > start { return lastBreak }
        if let lastLooseBreak, lastLooseBreak > start { return lastLooseBreak }
        return max(end, start + 1)
    }

    /// With hanging on, a 、 or 。 that does not fit may sit past the line end (JLREQ 3.8.2).
    private func hangingEnd(start: Int, end: Int) -> Int? {
        let next = units[end].characterClass
        guard next == .fullStop || next == .comma, end > start else { return nil }
        let hungEnd = end + 1
        guard hungEnd == units.count || breakAfter[hungEnd - 1] else { return nil }
        return hungEnd
    }

    /// Moves one break earlier when the last line would hold a single character.
    private func avoidingWidow(_ lines: [Range<Int>]) -> [Range<Int>] {
        guard lines.count >= 2, let last = lines.last else { return lines }
        let previous = lines[lines.count - 2]
        guard !units[previous.upperBound - 1].forcedBreakAfter else { return lines }
        let characters = units[trimmed(last)].filter { !$0.isPunctuation }.count
        guard characters == 1 else { return lines }
        var candidate = previous.upperBound - 1
        while candidate > previous.lowerBound + 1, !breakAfter[candidate - 1] { candidate -= 1 }
        guard candidate > previous.lowerBound, breakAfter[candidate - 1],
              minimumWidth(trimmed(candidate..<last.upperBound), indent: 0) <= measure + 1e-6
        else { return lines }
        var result = lines
        result[result.count - 2] = previous.lowerBound..<candidate
        result[result.count - 1] = candidate..<last.upperBound
        return result
    }
}
