import AyumiModel

/// Fills a page — or one page's part of a box — with pieces, keeping what must stay together.
///
/// Pieces are placed one after another until one does not fit. Then the page ends at the
/// latest allowed break: never after a piece marked `keepWithNext` (a heading, a paragraph's
/// first line, its last but one), so a heading never ends a page and no single line of a
/// paragraph is left alone at a page's foot or head — unless the page holds nothing but one
/// chain of kept pieces, when the keep gives way. A piece with a splitter is cut instead of
/// moved, when its policy allows. At the top of a page something is always placed, so
/// pagination always moves on; a piece deeper than the whole page that cannot be cut is placed
/// and reported, never dropped.
struct Paginator {
    /// Reports content deeper than the room it was given (it will stick out of the 版面).
    var reportOverflow: (_ piece: Piece, _ depth: Double, _ capacity: Double) -> Void

    static let epsilon = 1e-6

    /// What bounds the room a fill has along the block direction.
    enum Edges {
        /// The fragments' own edges (the inside of a box: its padding is measured to them).
        case fragments
        /// Character frames, as the text block (版面) is defined (JLREQ 2.4): the first line's
        /// frame touches the block-start edge and the last one's may touch the block-end edge,
        /// the half line gaps around them lying outside. With a line grid, `gridInset` is the
        /// grid's half gap: the cells stay where the grid puts them, the first cell starting
        /// that much before the edge, and content without frames (a box, a picture) starts at
        /// the edge, the next grid snap putting what follows back on the grid. Without a grid
        /// the first piece's own inset decides.
        case characterFrames(gridInset: Double?)
    }

    /// Places pieces from `queue[position...]` into `capacity` points along the block direction.
    ///
    /// - Parameters:
    ///   - fullCapacity: the room on an empty page, which decides whether a piece is "taller than a page".
    ///   - startsPage: whether this fill starts a fresh page (so something must be placed).
    ///   - edges: whether `capacity` is measured to the fragments' edges or their character frames.
    /// - Returns: the placed fragments and how deep they reach; `position` moves past what was
    ///   placed, and a cut piece's rest replaces it in `queue`.
    func fill(_ queue: inout [Piece], position: inout Int, capacity: Double, fullCapacity: Double,
              startsPage: Bool, edges: Edges = .fragments) -> (placed: [PlacedFragment], used: Double) {
        let start = position
        var placed: [(index: Int, entry: PlacedFragment)] = []
        var cursor = 0.0
        var index = start
        // Where the block-start edge lies in the fill's own coordinates (cells start at 0).
        var origin = 0.0

        func used() -> Double { placed.last.map { $0.entry.offset + $0.entry.fragment.depth } ?? 0 }
        func result() -> (placed: [PlacedFragment], used: Double) {
            let entries = placed.map { PlacedFragment(fragment: $0.entry.fragment, offset: $0.entry.offset - origin) }
            return (entries, placed.isEmpty ? 0 : used() - origin)
        }

        while index < queue.count {
            let piece = queue[index]
            switch piece.kind {
            case .pageBreak:
                if !placed.isEmpty {
                    position = index + 1
                    return result()
                }
                index += 1
                continue
            case .space(let length):
                if !placed.isEmpty { cursor += length }
                index += 1
                continue
            case .snapToGrid(let pitch):
                if !placed.isEmpty, pitch > 0 { cursor = (cursor / pitch - Self.epsilon).rounded(.up) * pitch }
                index += 1
                continue
            case .content:
                break
            }
            let atTop = startsPage && placed.isEmpty
            let fragment = (placed.isEmpty ? piece.atPageTop : nil) ?? piece.fragment
            var bottomInset = 0.0
            if case .characterFrames(let gridInset) = edges {
                if placed.isEmpty {
                    origin = gridInset ?? fragment.frameInset
                    cursor = max(0, origin - fragment.frameInset)
                }
                bottomInset = fragment.frameInset
            }
            if cursor + fragment.depth - bottomInset <= capacity + origin + Self.epsilon {
                placed.append((index, PlacedFragment(fragment: fragment, offset: cursor)))
                cursor += fragment.depth
                index += 1
                continue
            }
            if let splitter = piece.splitter,
               splitter.policy == .always || fragment.depth > fullCapacity + Self.epsilon,
               let (head, rest) = splitter.split(capacity + origin - cursor, atTop) {
                if atTop, head.depth > capacity + Self.epsilon { reportOverflow(piece, head.depth, capacity) }
                placed.append((index, PlacedFragment(fragment: head, offset: cursor)))
                if let rest {
                    queue[index] = rest
                    position = index
                } else {
                    position = index + 1
                }
                return result()
            }
            if atTop {
                reportOverflow(piece, fragment.depth, capacity)
                placed.append((index, PlacedFragment(fragment: fragment, offset: cursor)))
                cursor += fragment.depth
                index += 1
                continue
            }
            if placed.isEmpty {
                // Part of a box not at the top of a page, and nothing fits: the caller moves on.
                position = index
                return ([], 0)
            }
            let breakIndex = latestBreak(in: queue, before: index, placed: placed.map(\.index))
            placed.removeAll { $0.index >= breakIndex }
            position = breakIndex
            return result()
        }
        position = queue.count
        return result()
    }

    /// Where to end the page when `queue[index]` does not fit: before `index` itself, or before
    /// an earlier piece on the page, whichever is the latest break that keeps what must stay
    /// together. The first piece of the page is never a candidate (the page would be empty).
    private func latestBreak(in queue: [Piece], before index: Int, placed: [Int]) -> Int {
        let candidates = [index] + placed.dropFirst().reversed()
        for candidate in candidates {
            // The content piece before the candidate; spaces between them do not count.
            var previous = candidate - 1
            while previous >= 0, !queue[previous].isContent { previous -= 1 }
            if previous < 0 || !queue[previous].keepWithNext { return candidate }
        }
        return index
    }
}
