/// The widths and adjustability of any candidate line of a paragraph, each in constant time.
///
/// Every sum a line needs (unit widths, the natural, shrinkable and stretchable space between
/// its units, how many positions may grow) is kept as a prefix sum over the paragraph, so the
/// line breaker can weigh every candidate line without walking it.
struct LineMetrics {
    let units: [Unit]
    /// `glues[i]` sits between unit `i - 1` and unit `i`; `glues[0]` is unused.
    let glues: [Glue]
    /// The line length; the prefix sums below do not depend on it, so a breaker can try another
    /// measure on the same metrics (`LineBreaker.atMeasure`).
    var measure: Double
    let em: Double
    let hanging: Bool
    // Prefix sums: entry `i` covers units (or the glues before units) `0..<i`.
    private let widths: [Double]
    private let naturals: [Double]
    private let shrinks: [Double]
    /// Stretch of every glue, whatever its priority: what a line can take within JLREQ's limits.
    private let stretches: [Double]
    /// How many positions may grow at all (have a stretch priority): the equal spreading past
    /// every limit (JIS X 4051 Table 6 (d)) shares the rest among them.
    private let growable: [Int]
    /// How many positions lie between two Latin characters (`Justifier.mayLetterSpace`).
    private let letterSpaceable: [Int]
    /// The first unit at or after each index that is not a space (`units.count` if none).
    private let firstNonSpace: [Int]

    init(units: [Unit], glues: [Glue], measure: Double, em: Double, hanging: Bool) {
        self.units = units
        self.glues = glues
        self.measure = measure
        self.em = em
        self.hanging = hanging
        var widths = [0.0], naturals = [0.0], shrinks = [0.0], stretches = [0.0], growable = [0], letterSpaceable = [0]
        for (index, unit) in units.enumerated() {
            let glue = index > 0 ? glues[index] : Glue.none
            widths.append(widths[index] + unit.width)
            naturals.append(naturals[index] + glue.natural)
            shrinks.append(shrinks[index] + glue.shrink)
            stretches.append(stretches[index] + (glue.stretchPriority == nil ? 0 : glue.stretch))
            growable.append(growable[index] + (glue.stretchPriority == nil ? 0 : 1))
            let latinPair = index > 0 && Justifier.mayLetterSpace(units[index - 1], unit)
            letterSpaceable.append(letterSpaceable[index] + (latinPair ? 1 : 0))
        }
        var firstNonSpace = Array(repeating: units.count, count: units.count + 1)
        for index in units.indices.reversed() {
            firstNonSpace[index] = units[index].isSpace ? firstNonSpace[index + 1] : index
        }
        self.widths = widths
        self.naturals = naturals
        self.shrinks = shrinks
        self.stretches = stretches
        self.growable = growable
        self.letterSpaceable = letterSpaceable
        self.firstNonSpace = firstNonSpace
    }

    /// What every line ending before unit `position` shares, worked out once for all its starts.
    struct Ending {
        /// The end with trailing spaces trimmed.
        var end: Int
        var width = 0.0, natural = 0.0, shrink = 0.0, stretch = 0.0
        var growable = 0, letterSpaceable = 0
        /// The space kept after the last unit (`Glue.lineEnd`).
        var endSpace = 0.0
        /// How far the last unit would hang: a 、 or 。 with hanging on, else 0.
        var hangable = 0.0
        /// The room the last unit takes at a line end beyond its width (`Unit.lineEndExtra`:
        /// a ruby reading that may not overhang past the line's edge).
        var endExtra = 0.0
    }

    func ending(before position: Int) -> Ending {
        var end = position
        while end > 0, units[end - 1].isSpace { end -= 1 }
        var ending = Ending(end: end)
        guard end > 0 else { return ending }
        let last = units[end - 1]
        ending.width = widths[end]
        ending.natural = naturals[end]
        ending.shrink = shrinks[end]
        ending.stretch = stretches[end]
        ending.growable = growable[end]
        ending.letterSpaceable = letterSpaceable[end]
        ending.endSpace = Glue.lineEnd(after: last, em: em)
        ending.endExtra = last.lineEndExtra
        if hanging, last.characterClass == .fullStop || last.characterClass == .comma {
            ending.hangable = last.width + ending.endSpace
        }
        return ending
    }

    /// One candidate line measured: its natural and squeezed widths, how much it may stretch
    /// within the limits, and over how many positions.
    struct Measured {
        var isEmpty: Bool
        var units: Int
        var natural: Double
        var minimum: Double
        /// The squeezed width without the line-end space: it never falls as a line takes more
        /// units, so once it passes the measure no longer line from the same start can fit.
        var rigid: Double
        var stretch: Double
        var growable: Int
        var letterSpaceable: Int
    }

    /// The line from `start` (leading spaces skipped) to `ending`, in constant time.
    func measured(from start: Int, to ending: Ending, indent: Double) -> Measured {
        let s = firstNonSpace[start]
        guard s < ending.end else {
            return Measured(isEmpty: true, units: 0, natural: indent, minimum: indent, rigid: 0, stretch: 0, growable: 0,
                            letterSpaceable: 0)
        }
        // The line-end extra stays out of `rigid`, which must not fall as the line grows; the
        // breaker's pruning allows an em beyond the measure, more than any extra.
        let headExtra = units[s].lineHeadExtra
        let rigid = headExtra + ending.width - widths[s] + (ending.natural - naturals[s + 1]) - (ending.shrink - shrinks[s + 1])
        let natural = indent + headExtra + ending.width - widths[s] + ending.natural - naturals[s + 1] + ending.endSpace
            + ending.endExtra
        return Measured(isEmpty: false, units: ending.end - s, natural: natural,
                        minimum: natural - (ending.shrink - shrinks[s + 1]), rigid: rigid,
                        stretch: ending.stretch - stretches[s + 1], growable: ending.growable - growable[s + 1],
                        letterSpaceable: ending.letterSpaceable - letterSpaceable[s + 1])
    }

    /// A line's units, without the spaces at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, units[start].isSpace { start += 1 }
        while end > start, units[end - 1].isSpace { end -= 1 }
        return start..<end
    }

    /// Natural width of units `range` set as one line (indent, line-end space and the room ruby
    /// takes at the line's edges included).
    func naturalWidth(_ range: Range<Int>, indent: Double) -> Double {
        guard !range.isEmpty else { return indent }
        let (s, e) = (range.lowerBound, range.upperBound)
        return indent + widths[e] - widths[s] + naturals[e] - naturals[s + 1]
            + Glue.lineEnd(after: units[e - 1], em: em) + units[s].lineHeadExtra + units[e - 1].lineEndExtra
    }

    /// The width of `range` with every reducible space squeezed to its limit.
    func minimumWidth(_ range: Range<Int>, indent: Double) -> Double {
        guard !range.isEmpty else { return indent }
        return naturalWidth(range, indent: indent) - (shrinks[range.upperBound] - shrinks[range.lowerBound + 1])
    }

    /// How far the line's last 、 or 。 sits past the measure (JLREQ 3.8.2 ぶら下げ): its half
    /// em and the half em after it, when hanging is on and the line fits only that way; else 0.
    func hungExtent(_ range: Range<Int>, indent: Double) -> Double {
        guard hanging, range.count >= 2, let last = range.last,
              units[last].characterClass == .fullStop || units[last].characterClass == .comma,
              minimumWidth(range, indent: indent) > measure + 1e-6
        else { return 0 }
        return units[last].width + Glue.lineEnd(after: units[last], em: em)
    }

    /// How loose a line is when stretched by `needed`, on a scale where 1 means every position
    /// has grown to its JLREQ limit (JIS X 4051 Table 6 (a)–(c): word spaces and 和欧間 to ½ em,
    /// gaps between Japanese characters to ¼ em) and 2 means gaps between Japanese characters
    /// of ½ em, past which a line reads as broken apart. 0 when the line needs no stretching.
    /// A line with no position that may grow can only be letter-spaced, which counts as past 2.
    func looseness(_ line: Measured, needed: Double) -> Double {
        guard needed > 1e-9, !line.isEmpty else { return 0 }
        guard line.growable > 0 else {
            // Letter-spaced, or left short when there is no Latin pair either: past every limit.
            let pairs = line.letterSpaceable
            return 2 + (pairs > 0 ? needed / Double(pairs) : needed) / (em / 4)
        }
        if needed <= line.stretch { return needed / line.stretch }
        return 1 + (needed - line.stretch) / Double(line.growable) / (em / 4)
    }
}
