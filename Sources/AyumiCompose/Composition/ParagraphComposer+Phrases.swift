/// Breaking ragged text — headings, titles, table cells, labels: every line not justified —
/// at phrase boundaries, with lines of even length.
extension ParagraphComposer {
    /// Keeps only the breaks JLREQ allows that also fall between phrases (`PhraseBoundaries`).
    /// A phrase longer than the line still breaks: the breaker then falls back to the places
    /// the loose rules allow, as it does for any line with no allowed break.
    static func keepPhraseBreaks(_ breakAfter: inout [Bool], units: [Unit], scalars: [Unicode.Scalar]) {
        let phrases = PhraseBoundaries.boundaries(in: scalars)
        for index in breakAfter.indices where breakAfter[index] && index + 1 < units.count {
            let next = units[index + 1].text.lowerBound
            if next < phrases.count, !phrases[next] { breakAfter[index] = false }
        }
    }

    /// The most lines a wrapped heading or title is balanced over; longer ragged text keeps
    /// its greedy breaks.
    static let balancedLinesLimit = 6

    /// A wrapped heading set in lines of about equal length instead of a full line and a
    /// stub (「…思い浮かべ」 over 「る」): the shortest measure that gives the same number of
    /// lines, every one ending between phrases (as CSS `text-wrap: balance` does). Found by
    /// bisection, a dozen passes over a short text; lines are still placed in the full measure.
    static func balanced(_ breaker: LineBreaker) -> LineBreaker {
        let lines = breaker.lines()
        guard lines.count >= 2, lines.count <= balancedLinesLimit, endsBetweenPhrases(lines, breaker),
              !breaker.units.contains(where: \.forcedBreakAfter) else { return breaker }
        var best = breaker
        var low = 0.0, high = breaker.measure
        for _ in 0..<12 {
            let middle = (low + high) / 2
            let candidate = breaker.atMeasure(middle)
            let candidateLines = candidate.lines()
            if candidateLines.count == lines.count, endsBetweenPhrases(candidateLines, candidate) {
                best = candidate
                high = middle
            } else {
                low = middle
            }
        }
        return best
    }

    /// Whether every line but the last ends where a break is allowed (not a fallback break).
    private static func endsBetweenPhrases(_ lines: [Range<Int>], _ breaker: LineBreaker) -> Bool {
        lines.dropLast().allSatisfy { breaker.breakAfter[$0.upperBound - 1] }
    }
}
