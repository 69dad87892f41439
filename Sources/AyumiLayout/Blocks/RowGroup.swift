import AyumiModel

/// Rows that may be cut between rows across pages, after a header that goes first: a table
/// (heading row, repeated on each later page), ruled lines (their label), a field group (its label).
struct RowGroup {
    /// Set before the first row: a label, a table's heading row.
    var header: Fragment?
    /// Set before the rows of every later part (a table's heading row, as an artifact).
    var repeatedHeader: Fragment?
    var rows: [Fragment]
    var policy: Splitter.Policy
    /// Adds what depends on which rows share a page (a field widget over them): called with the
    /// part's number (0 for the first), its rows, and where the rows start and end in the fragment.
    var decorate: ((_ part: Int, _ rows: Range<Int>, _ rowsStart: Double, _ rowsEnd: Double, _ fragment: inout Fragment) -> Void)?
    let axes: Axes
    var description: String
    var location: SourceLocation?

    /// The group as one piece: whole if it fits, cut between rows if not.
    func piece(keepWithNext: Bool = false) -> Piece {
        piece(from: 0, part: 0, keepWithNext: keepWithNext)
    }

    private func piece(from first: Int, part: Int, keepWithNext: Bool) -> Piece {
        .content(assemble(rows: first..<rows.count, part: part), keepWithNext: keepWithNext,
                 splitter: splitter(from: first, part: part, keepWithNext: keepWithNext),
                 description: description, location: location)
    }

    private func headerFor(part: Int) -> Fragment? { part == 0 ? header : repeatedHeader }

    private func assemble(rows range: Range<Int>, part: Int) -> Fragment {
        var fragment = Fragment()
        if let header = headerFor(part: part) {
            fragment.append(header, block: 0, axes: axes)
            fragment.depth = header.depth
        }
        let rowsStart = fragment.depth
        for index in range {
            fragment.append(rows[index], block: fragment.depth, axes: axes)
            fragment.depth += rows[index].depth
        }
        decorate?(part, range, rowsStart, fragment.depth, &fragment)
        return fragment
    }

    private func splitter(from first: Int, part: Int, keepWithNext: Bool) -> Splitter {
        Splitter(policy: policy) { available, startsPage in
            var room = available - (headerFor(part: part)?.depth ?? 0)
            var end = first
            while end < rows.count, rows[end].depth <= room + Paginator.epsilon {
                room -= rows[end].depth
                end += 1
            }
            if end == first {
                // Not even one row fits: move on, or at the top of a page set it anyway.
                guard startsPage, first < rows.count else { return nil }
                end = first + 1
            }
            let head = assemble(rows: first..<end, part: part)
            guard end < rows.count else { return (head, nil) }
            return (head, piece(from: end, part: part + 1, keepWithNext: keepWithNext))
        }
    }
}
