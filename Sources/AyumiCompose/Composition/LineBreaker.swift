/// Chooses where a paragraph's lines end, weighing the whole paragraph at once (total fit).
///
/// Filling each line greedily and backing up to the last legal break leaves whatever that
/// costs on the line: a short line before a long unbreakable run is stretched to 1em gaps and
/// more. Here every legal break is a candidate and the set of breaks with the least total
/// demerits wins, so a line gives up a character to its neighbour when that keeps both
/// within what JLREQ 3.8 allows. The rules it keeps:
///
/// - Reduction first (追込み優先, JLREQ 3.8.2): a line that fits by squeezing costs no more
///   than one set naturally, and ties go to the fuller line, so where no line needs stretching
///   the result is the greedy one.
/// - Looseness (see `LineMetrics.looseness`) costs its cube, and a line whose Japanese
///   characters would stand more than ½ em apart costs so much more that any set of breaks
///   avoiding it is taken.
/// - A break at a place the loose rules allow (before small kana, ー, 々 under `strict`) is
///   used only when no set of breaks at strict places exists; a break anywhere else, or a
///   line overfull with one unit (a word wider than the measure), only when nothing else
///   fits. Those are counted, not weighed, so no amount of looseness buys them.
/// - An explicit line break ends a line there; that line and the last are not stretched.
/// - A break inside a URL, e-mail address or path costs a little, so one is split only to
///   spare the lines around it.
/// - A last line holding a single character (punctuation not counted) costs as much as one
///   line at 0.41 em gaps (JLREQ 3.5.4 counts characters, not marks).
/// - With hanging on, a 、 or 。 may sit past the measure (JLREQ 3.8.2 ぶら下げ).
///
/// Only lines that could fit are weighed: a start is dropped once the squeezed width from it
/// passes the measure, so each break looks back at most one line's worth of starts, and the
/// pass is linear in the paragraph's length. Starts are tried from the longest line to the
/// shortest, and the look-back stops once a line plus the cheapest start left costs more than
/// the best found, which in ordinary text leaves a handful of starts per break.
struct LineBreaker {
    private(set) var metrics: LineMetrics
    let breakAfter: [Bool]
    /// Where the loose rules would allow a break: the fallback for lines with no other place.
    let looseBreakAfter: [Bool]
    /// Breaks inside URLs, e-mail addresses and paths (`AddressBreaks`), which cost a little.
    let discouragedBreakAfter: [Bool]
    let firstLineIndent: Double

    /// Demerits of a break inside an address: about those of a line at ⅓ em gaps.
    static let addressBreakDemerits = 5e4
    /// Demerits of a last line of one character: about those of a line at 0.41 em gaps.
    static let widowDemerits = 2e5

    var units: [Unit] { metrics.units }
    var measure: Double { metrics.measure }

    init(units: [Unit], glues: [Glue], breakAfter: [Bool], looseBreakAfter: [Bool],
         discouragedBreakAfter: [Bool]? = nil, measure: Double, firstLineIndent: Double, hanging: Bool, em: Double) {
        metrics = LineMetrics(units: units, glues: glues, measure: measure, em: em, hanging: hanging)
        self.breakAfter = breakAfter
        self.looseBreakAfter = looseBreakAfter
        self.discouragedBreakAfter = discouragedBreakAfter ?? Array(repeating: false, count: units.count)
        self.firstLineIndent = firstLineIndent
    }

    /// The same paragraph to be broken at another measure, its prefix sums shared, not redone.
    func atMeasure(_ measure: Double) -> LineBreaker {
        var breaker = self
        breaker.metrics.measure = measure
        return breaker
    }

    func trimmed(_ range: Range<Int>) -> Range<Int> { metrics.trimmed(range) }

    func naturalWidth(_ range: Range<Int>, indent: Double) -> Double { metrics.naturalWidth(range, indent: indent) }

    func hungExtent(_ range: Range<Int>, indent: Double) -> Double { metrics.hungExtent(range, indent: indent) }

    /// What a set of breaks costs, compared in this order: breaks the rules do not allow (and
    /// overfull lines), breaks only the loose rules allow, then demerits.
    struct Cost: Comparable {
        var disallowed = 0
        var loose = 0
        var demerits = 0.0

        static func < (a: Cost, b: Cost) -> Bool {
            (a.disallowed, a.loose, a.demerits) < (b.disallowed, b.loose, b.demerits)
        }

        static func + (a: Cost, b: Cost) -> Cost {
            Cost(disallowed: a.disallowed + b.disallowed, loose: a.loose + b.loose, demerits: a.demerits + b.demerits)
        }
    }

    private enum BreakKind { case forced, strict, loose, disallowed }

    /// The best way to end a line at `position`: its cost from the paragraph start, and the
    /// node where that line starts.
    private struct Node {
        var position: Int
        var cost: Cost
        var previous: Int?
    }

    /// The lines, as ranges of units (spaces at the ends included; `trimmed` removes them).
    func lines() -> [Range<Int>] {
        guard !units.isEmpty else { return [] }
        var nodes = [Node(position: 0, cost: Cost(), previous: nil)]
        var firstActive = 0
        let measure = metrics.measure, em = metrics.em
        // Nodes whose cost is less than that of every later node, in order: the cheapest node at or
        // after any index is the first of them at or after it (a sliding-window minimum).
        var cheapest = [0], cheapestHead = 0
        for position in 1...units.count {
            guard let kind = breakKind(at: position) else { continue }
            let ending = metrics.ending(before: position)
            let endsParagraph = position == units.count
            let stretches = !endsParagraph && kind != .forced
            // What any line to this end costs at least: its break's tier, one demerit.
            var floor = Cost(demerits: 1)
            if kind == .loose { floor.loose = 1 }
            if kind == .disallowed { floor.disallowed = 1 }
            var cheapestIndex = cheapestHead
            var best: Node?
            var index = firstActive
            while index < nodes.count {
                let start = nodes[index].position
                let line = metrics.measured(from: start, to: ending, indent: start == 0 ? firstLineIndent : 0)
                if line.rigid > measure + em, index == firstActive, index < nodes.count - 1 {
                    // Too long from here, and from here on only longer: this start is done.
                    firstActive += 1
                } else if let cost = lineCost(line, from: start, to: position, kind: kind, ending: ending,
                                              endsParagraph: endsParagraph) {
                    // Later starts give shorter, looser lines: once this line (or, for a last line, the
                    // least a line costs) plus the cheapest node from here on costs more than the best
                    // way found to this end, none can win. (A hanging line is measured to a longer
                    // target, so it does not count.)
                    while cheapest[cheapestIndex] < index { cheapestIndex += 1 }
                    let hangs = line.minimum > measure + 1e-6
                    if !hangs, let best, best.cost < nodes[cheapest[cheapestIndex]].cost + (stretches ? cost : floor) {
                        break
                    }
                    let total = nodes[index].cost + cost
                    // Ties go to the later start: the fuller earlier lines, as greedy filling gives.
                    if best == nil || total <= best!.cost { best = Node(position: position, cost: total, previous: index) }
                }
                index += 1
            }
            // From the latest start, the first candidate whose line is not empty holds one unit,
            // which always counts as fitting, so the paragraph's end is always reached.
            guard let best else { continue }
            nodes.append(best)
            if kind == .forced { firstActive = nodes.count - 1 }
            while cheapest.count > cheapestHead, nodes[cheapest[cheapest.count - 1]].cost >= best.cost {
                cheapest.removeLast()
            }
            cheapest.append(nodes.count - 1)
            while cheapest[cheapestHead] < firstActive { cheapestHead += 1 }
        }
        var ends: [Int] = []
        var current = nodes.count - 1
        while let previous = nodes[current].previous {
            ends.append(nodes[current].position)
            current = previous
        }
        var start = 0
        return ends.reversed().map { end in
            defer { start = end }
            return start..<end
        }
    }

    /// Whether a line may end before unit `position`, and by which rules; `nil` before a space
    /// (a line ends after its spaces).
    private func breakKind(at position: Int) -> BreakKind? {
        guard position < units.count else { return .strict }
        if units[position - 1].forcedBreakAfter { return .forced }
        if units[position].isSpace { return nil }
        if breakAfter[position - 1] { return .strict }
        if looseBreakAfter[position - 1] { return .loose }
        return .disallowed
    }

    /// The cost of one line from `start` to `end`, or `nil` when it cannot fit.
    private func lineCost(_ line: LineMetrics.Measured, from start: Int, to end: Int, kind: BreakKind,
                          ending: LineMetrics.Ending, endsParagraph: Bool) -> Cost? {
        // Spaces alone are no line (they join the next one) unless explicit breaks enclose them.
        guard !line.isEmpty || endsParagraph || kind == .forced else { return nil }
        var cost = Cost()
        switch kind {
        case .loose: cost.loose = 1
        case .disallowed: cost.disallowed = 1
        case .forced, .strict: break
        }
        var hung = 0.0
        if line.minimum > metrics.measure + 1e-6 {
            if ending.hangable > 0, line.units >= 2, line.minimum - ending.hangable <= metrics.measure + 1e-6 {
                hung = ending.hangable
            } else if line.units == 1 {
                cost.disallowed += 1
            } else {
                return nil
            }
        }
        let isLast = endsParagraph || kind == .forced
        cost.demerits = isLast ? 1 : Self.demerits(
            looseness: metrics.looseness(line, needed: metrics.measure + hung - line.natural))
        if !isLast, discouragedBreakAfter[end - 1] { cost.demerits += Self.addressBreakDemerits }
        if endsParagraph, start > 0, !units[start - 1].forcedBreakAfter, isWidow(trimmed(start..<end)) {
            cost.demerits += Self.widowDemerits
        }
        return cost
    }

    /// A line's demerits from its looseness: (1 + 100·r³)², as TeX weighs badness, with a
    /// steep rise past 2 (gaps of more than ½ em between Japanese characters).
    static func demerits(looseness r: Double) -> Double {
        guard r > 0 else { return 1 }
        var badness = 100 * r * r * r
        if r > 2 { badness += 1e5 * (r - 2) }
        return (1 + badness) * (1 + badness)
    }

    /// Whether a last line holds a single character, punctuation not counted.
    private func isWidow(_ content: Range<Int>) -> Bool {
        var characters = 0
        for index in content where !units[index].isPunctuation {
            characters += 1
            if characters > 1 { return false }
        }
        return characters == 1
    }
}
