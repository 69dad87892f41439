/// The widths and adjustability of any candidate line of a paragraph, each in constant time.
///
/// Every sum a line needs (unit widths, the natural, shrinkable and stretchable space between
/// its units, how many positions may grow) is kept as a prefix sum over the paragraph, so the
/// line breaker can weigh every candidate line without walking it.
struct LineMetrics {
    let units: [Unit]
    /// `glues[i]` sits between unit `i - 1` and unit `i`; `glues[0]` is unused.
    let glues: [Glue]
    let measure: Double
    let em: Double
    let hanging: Bool
    private let widths: [Double]
    private let naturals: [Double]
    private let shrinks: [Double]
    /// Stretch per `Glue.StretchPriority`, in `allCases` order.
    private let stretches: [[Double]]
    /// How many positions may grow at all (have a stretch priority): the equal spreading past
    /// every limit (JIS X 4051 Table 6 (d)) shares the rest among them.
    private let growable: [Int]
    /// How many positions lie between two Latin characters (`Justifier.mayLetterSpace`).
    private let letterSpaceable: [Int]

    init(units: [Unit], glues: [Glue], measure: Double, em: Double, hanging: Bool) {
        self.units = units
        self.glues = glues
        self.measure = measure
        self.em = em
        self.hanging = hanging
        let priorities = Glue.StretchPriority.allCases
        var widths = [0.0], naturals = [0.0], shrinks = [0.0], growable = [0], letterSpaceable = [0]
        var stretches = priorities.map { _ in [0.0] }
        widths.reserveCapacity(units.count + 1)
        for (index, unit) in units.enumerated() {
            let glue = index > 0 ? glues[index] : Glue.none
            widths.append(widths[index] + unit.width)
            naturals.append(naturals[index] + glue.natural)
            shrinks.append(shrinks[index] + glue.shrink)
            growable.append(growable[index] + (glue.stretchPriority == nil ? 0 : 1))
            let latinPair = index > 0 && Justifier.mayLetterSpace(units[index - 1], unit)
            letterSpaceable.append(letterSpaceable[index] + (latinPair ? 1 : 0))
            for (slot, priority) in priorities.enumerated() {
                stretches[slot].append(stretches[slot][index] + (glue.stretchPriority == priority ? glue.stretch : 0))
            }
        }
        self.widths = widths
        self.naturals = naturals
        self.shrinks = shrinks
        self.stretches = stretches
        self.growable = growable
        self.letterSpaceable = letterSpaceable
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
            + Glue.lineEnd(after: units[e - 1], em: em)
    }

    /// The width of `range` with every reducible space squeezed to its limit.
    func minimumWidth(_ range: Range<Int>, indent: Double) -> Double {
        guard !range.isEmpty else { return indent }
        return naturalWidth(range, indent: indent) - (shrinks[range.upperBound] - shrinks[range.lowerBound + 1])
    }

    /// The squeezed width without the line-end space: it never falls as a line takes more
    /// units, so once it passes the measure no longer line from the same start can fit.
    func rigidWidth(_ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        let (s, e) = (range.lowerBound, range.upperBound)
        return widths[e] - widths[s] + (naturals[e] - naturals[s + 1]) - (shrinks[e] - shrinks[s + 1])
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

    /// How loose `range` is when stretched to `target`, on a scale where 1 means every position
    /// has grown to its JLREQ limit (JIS X 4051 Table 6 (a)–(c): word spaces and 和欧間 to ½ em,
    /// gaps between Japanese characters to ¼ em) and 2 means gaps between Japanese characters
    /// of ½ em, past which a line reads as broken apart. 0 when the line needs no stretching.
    /// A line with no position that may grow can only be letter-spaced, which counts as past 2.
    func looseness(_ range: Range<Int>, indent: Double, target: Double) -> Double {
        let needed = target - naturalWidth(range, indent: indent)
        guard needed > 1e-9, !range.isEmpty else { return 0 }
        let (s, e) = (range.lowerBound + 1, range.upperBound)
        let positions = growable[e] - growable[s]
        guard positions > 0 else {
            // Letter-spaced, or left short when there is no Latin pair either: past every limit.
            let pairs = letterSpaceable[e] - letterSpaceable[s]
            return 2 + (pairs > 0 ? needed / Double(pairs) : needed) / (em / 4)
        }
        let capacity = stretches.reduce(0) { $0 + $1[e] - $1[s] }
        if needed <= capacity { return needed / capacity }
        return 1 + (needed - capacity) / Double(positions) / (em / 4)
    }
}
