/// Sets one line's spaces so that it reaches the measure exactly (両端揃え).
///
/// Reduction first, in `Glue.ShrinkPriority` order; otherwise expansion in
/// `Glue.StretchPriority` order, and past those limits equally at every position that may
/// grow (JIS X 4051 §4.19 and Table 6 (d); JLREQ 3.8), each taking the same share. A paragraph's last line and a line
/// ended by an explicit break keep their natural spacing unless they must shrink to fit.
struct Justifier {
    let em: Double
    /// The paragraph's units, to find Latin pairs for letter-spacing (none: never letter-space).
    var units: [Unit] = []

    /// Between two Latin letters, digits or unit symbols: where a line without any other
    /// position that may grow is letter-spaced.
    static func mayLetterSpace(_ a: Unit, _ b: Unit) -> Bool {
        a.characterClass.isWesternText && b.characterClass.isWesternText
    }

    /// The adjusted space before each unit of `range` (the first is always 0).
    func spaces(for range: Range<Int>, glues: [Glue], natural: Double, measure: Double, stretch: Bool) -> [Double] {
        var spaces = range.map { $0 == range.lowerBound ? 0 : glues[$0].natural }
        let inner = range.dropFirst()
        /// Takes up to `needed` from the glues of each priority group in turn, in proportion to
        /// what each can give, moving spaces by `sign`; returns what is still needed.
        func distribute(_ needed: Double, groups: [[Int]], amount: (Glue) -> Double, sign: Double) -> Double {
            var needed = needed
            for members in groups where needed > 1e-9 {
                let available = members.reduce(0) { $0 + amount(glues[$1]) }
                guard available > 0 else { continue }
                let ratio = min(1, needed / available)
                for index in members { spaces[index - range.lowerBound] += sign * amount(glues[index]) * ratio }
                needed -= available * ratio
            }
            return needed
        }
        if natural > measure + 1e-9 {
            let groups = Glue.ShrinkPriority.allCases.map { priority in inner.filter { glues[$0].shrinkPriority == priority } }
            _ = distribute(natural - measure, groups: groups, amount: \.shrink, sign: -1)
        } else if stretch, natural < measure - 1e-9 {
            let groups = Glue.StretchPriority.allCases.map { priority in inner.filter { glues[$0].stretchPriority == priority } }
            let left = distribute(measure - natural, groups: groups, amount: \.stretch, sign: 1)
            // Past every limit: spread the rest equally over every position that may grow (word
            // spaces, 和欧間 and the gaps between Japanese characters alike), so no single kind
            // of gap balloons.
            // A line with no such position (a piece of a URL or a long word alone on its line) is
            // letter-spaced evenly inside its Latin text rather than left short: JIS X 4051
            // leaves that to the implementation, and the breaker avoids such lines when it can.
            let all = groups.flatMap { $0 }
            let positions = all.isEmpty && !units.isEmpty
                ? inner.filter { Self.mayLetterSpace(units[$0 - 1], units[$0]) } : all
            if left > 1e-9, !positions.isEmpty {
                for index in positions { spaces[index - range.lowerBound] += left / Double(positions.count) }
            }
        }
        return spaces
    }
}
