import AyumiModel

/// A laid-out piece of a block: items relative to the fragment's origin (see `Axes`) and its
/// extent along the block direction.
struct Fragment {
    var depth: Double
    var items: [PositionedItem]
    /// How far inside the fragment its first character frame starts, and its last one ends,
    /// along the block direction: half the line gap for a line of text set in a cell of its
    /// pitch, 0 for boxes, rules and pictures. The text block (版面) is bounded by character
    /// frames (JLREQ 2.4), so at a page's edges this part of a line's cell may lie outside it.
    var frameInset: Double

    init(depth: Double = 0, items: [PositionedItem] = [], frameInset: Double = 0) {
        self.depth = depth
        self.items = items
        self.frameInset = frameInset
    }

    /// Adds `other`'s items moved to `inline`, `block` inside this fragment.
    mutating func append(_ other: Fragment, inline: Double = 0, block: Double, axes: Axes) {
        let (dx, dy) = axes.offset(inline: inline, block: block)
        items.reserveCapacity(items.count + other.items.count)
        for item in other.items { items.append(item.translated(dx: dx, dy: dy)) }
    }

    /// A fragment stacking `placed` fragments at their offsets.
    init(stacking placed: [PlacedFragment], depth: Double, axes: Axes) {
        self.init(depth: depth)
        for entry in placed { append(entry.fragment, block: entry.offset, axes: axes) }
    }
}

/// A fragment at its offset along the block direction of a page (or a box).
struct PlacedFragment {
    var fragment: Fragment
    var offset: Double
}

/// One thing the paginator places: content, space, a grid snap or a forced page break.
struct Piece {
    enum Kind {
        case content
        /// Space between blocks; dropped at the top of a page.
        case space(Double)
        /// Moves on to the next line of the page's grid (after a block off the grid).
        case snapToGrid(Double)
        /// The next piece starts a new page.
        case pageBreak
    }

    var kind: Kind
    var fragment: Fragment
    /// Never end a page after this piece (headings; a paragraph's first line; its last but one).
    var keepWithNext: Bool
    /// What to place instead of `fragment` when the piece starts a page (a heading without the
    /// space above it).
    var atPageTop: Fragment?
    /// For content that may be cut across pages (tables, boxes taller than a page).
    var splitter: Splitter?
    /// What the piece is and where it comes from, for diagnostics.
    var description: String
    var location: SourceLocation?

    static func content(_ fragment: Fragment, keepWithNext: Bool = false, atPageTop: Fragment? = nil,
                        splitter: Splitter? = nil, description: String, location: SourceLocation?) -> Piece {
        Piece(kind: .content, fragment: fragment, keepWithNext: keepWithNext, atPageTop: atPageTop,
              splitter: splitter, description: description, location: location)
    }

    static func space(_ length: Double) -> Piece {
        Piece(kind: .space(length), fragment: Fragment(), keepWithNext: false, description: "space")
    }

    static func snapToGrid(_ pitch: Double) -> Piece {
        Piece(kind: .snapToGrid(pitch), fragment: Fragment(), keepWithNext: false, description: "grid")
    }

    static var pageBreak: Piece { Piece(kind: .pageBreak, fragment: Fragment(), keepWithNext: false, description: "page break") }

    var isContent: Bool { if case .content = kind { true } else { false } }
}

/// Cuts a piece that does not fit where it stands.
struct Splitter {
    enum Policy {
        /// Fill the rest of the page and continue on the next (tables).
        case always
        /// Keep the piece whole on the next page if it fits on one; cut it only if it is taller
        /// than a page (boxes, ruled lines, field groups).
        case whenTallerThanPage
    }

    var policy: Policy
    /// The part that fits in `available` (and the rest, if any), or `nil` when nothing useful
    /// fits there. At the top of a page (`startsPage`) it must return something, even if that
    /// part is too deep, so the paginator always moves on.
    var split: (_ available: Double, _ startsPage: Bool) -> (head: Fragment, rest: Piece?)?
}
