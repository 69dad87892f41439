/// Sets one line's spaces so that it reaches the measure exactly (両端揃え).
///
/// Reduction first, in `Glue.ShrinkPriority` order; otherwise expansion in
/// `Glue.StretchPriority` order, and past those limits equally at every position that may
/// grow (JIS X 4051 §4.19 and Table 6 (d); JLREQ 3.8). A paragraph's last line and a line
/// ended by an explicit break keep their natural spacing unless they must shrink to fit.
struct Justifier {
    let em: Double

    /// The adjusted space before each unit of `range` (the first is always 0).
    func spaces(for range: Range<Int>, glues: [Glue], natural: Double, measure: Double, stretch: Bool) -> [Double] {
        var spaces = range.map { $0 == range.lowerBound ? 0 : glues[$0].natural }
        let inner = range.dropFirst()
        if natural > measure + 1e-9 {
            var needed = natural - measure
            for priority in Glue.ShrinkPriority.allCases where needed > 1e-9 {
                let members = inner.filter { glues[$0].shrinkPriority == priority && glues[$0].shrink > 0 }
                let available = members.reduce(0) { $0 + glues[$1].shrink }
                guard available > 0 else { continue }
                let ratio = min(1, needed / available)
                for index in members { spaces[index - range.lowerBound] -= glues[index].shrink * ratio }
                needed -= available * ratio
            }
        } else if stretch, natural < measure - 1e-9 {
            var needed = measure - natural
            for priority in Glue.StretchPriority.allCases where needed > 1e-9 {
                let members = inner.filter { glues[$0].stretchPriority == priority && glues[$0].stretch > 0 }
                let available = members.reduce(0) { $0 + glues[$1].stretch }
                guard available > 0 else { continue }
                let ratio = min(1, needed / available)
                for index in members { spaces[index - range.lowerBound] += glues[index].stretch * ratio }
                needed -= available * ratio
            }
            if needed > 1e-9 {
                // Past every limit: spread the rest equally over every position that may grow
                // (word spaces, 和欧間 and the gaps between Japanese characters alike), so no
                // single kind of gap balloons.
                let members = inner.filter { glues[$0].stretchPriority != nil }
                if !members.isEmpty {
                    let share = needed / Double(members.count)
                    for index in members { spaces[index - range.lowerBound] += share }
                }
            }
        }
        return spaces
    }
}
