import AyumiCompose
import AyumiModel

extension BlockLayouter {
    /// A framed box: border, background, rounded corners, padding, a title in its top edge
    /// (the block-start edge: the right edge in vertical text), and the blocks inside.
    ///
    /// A box that fits on a page stays whole (moving to the next page if need be). A box deeper
    /// than a page is cut between its inner pieces (keeping their own rules), each part framed
    /// on its own page; the title goes with the first part.
    func boxPieces(_ box: BoxBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        let id = context.element(.division, parent: parent)
        let frame = BoxFrame(box: box, measure: measure, context: context, structure: id)
        let innerMeasure = measure - 2 * frame.inset
        if innerMeasure < frame.em * 2 {
            context.diagnostics.append(.error(at: box.location, "the box's padding and border leave no room for its content",
                                              hints: ["make `padding` or `border` smaller"]))
            return []
        }
        let inner = BlockLayouter(context: context, grid: nil,
                                  capacity: capacity - frame.contentStart(first: false) - frame.end, blockGap: blockGap)
        var pieces = inner.pieces(for: box.blocks, measure: innerMeasure, parent: id)
        if pieces.contains(where: { if case .pageBreak = $0.kind { true } else { false } }) {
            context.diagnostics.append(.warning(at: box.location, "a page break inside a box is ignored",
                                                hints: ["move the page break before or after the box"]))
            pieces.removeAll { if case .pageBreak = $0.kind { true } else { false } }
        }
        var queue = pieces, position = 0
        let whole = context.paginator.fill(&queue, position: &position, capacity: .infinity, fullCapacity: .infinity,
                                           startsPage: false)
        let fragment = frame.assemble(whole.placed, used: whole.used, first: true)
        let piece = Piece.content(fragment, splitter: splitter(frame: frame, pieces: pieces, first: true),
                                  description: "a box", location: box.location)
        return surround([piece], before: blockGap, after: blockGap)
    }

    /// Cuts the box's remaining inner pieces to fit the room left on a page.
    private func splitter(frame: BoxFrame, pieces: [Piece], first: Bool) -> Splitter {
        let context = self.context, capacity = self.capacity
        return Splitter(policy: .whenTallerThanPage) { available, startsPage in
            var queue = pieces, position = 0
            let chrome = frame.contentStart(first: first) + frame.end
            let (placed, used) = context.paginator.fill(
                &queue, position: &position, capacity: max(0, available - chrome),
                fullCapacity: capacity - frame.contentStart(first: false) - frame.end, startsPage: startsPage)
            if placed.isEmpty && !startsPage { return nil }
            let head = frame.assemble(placed, used: used, first: first)
            guard position < queue.count else { return (head, nil) }
            let rest = Array(queue[position...])
            var restFragment = Fragment()
            var restQueue = rest, restPosition = 0
            let whole = context.paginator.fill(&restQueue, position: &restPosition, capacity: .infinity,
                                               fullCapacity: .infinity, startsPage: false)
            restFragment = frame.assemble(whole.placed, used: whole.used, first: false)
            let restPiece = Piece.content(restFragment, splitter: self.splitter(frame: frame, pieces: rest, first: false),
                                          description: "a box", location: frame.location)
            return (head, restPiece)
        }
    }
}

/// The geometry of one box: where its frame, title and content go.
struct BoxFrame {
    let look: BoxLook
    let measure: Double
    let axes: Axes
    let structure: StructureElement.ID
    let location: SourceLocation?
    /// The title composed, its items (at the block start), and its depth.
    let title: (items: [PositionedItem], depth: Double, inlineStart: Double, inlineEnd: Double)?
    let em: Double

    init(box: BoxBlock, measure: Double, context: LayoutContext, structure: StructureElement.ID) {
        look = box.look
        self.measure = measure
        axes = context.axes
        self.structure = structure
        location = box.location
        let titleStyle = box.titleStyle ?? box.blocks.lazy.compactMap(\.firstStyle).first
            ?? TextStyle(family: "gothic", size: .pt(10.5), linePitch: .pt(18))
        em = titleStyle.size.points
        let inset = look.borderWidth.points + look.padding.points
        if let content = box.title, !content.isEmpty {
            let start = inset + titleStyle.size.points * 0.5
            let paragraph = context.compose(content, style: titleStyle, measure: measure - 2 * start, alignment: .start)
            let pitch = titleStyle.linePitch.points
            let items = context.paragraphItems(paragraph, inline: start, cellStart: 0, pitch: pitch,
                                               size: titleStyle.size.points, structure: structure)
            let extent = LayoutContext.extent(of: paragraph)
            title = (items, Double(paragraph.lines.count) * pitch, start - em * 0.25, start + extent + em * 0.25)
        } else {
            title = nil
        }
    }

    var border: Double { look.borderWidth.points }
    var inset: Double { look.borderWidth.points + look.padding.points }
    /// From the box's content end to its outer edge.
    var end: Double { inset }

    /// Where the frame's outer edge starts: half the title's depth in, so the title sits on the border.
    func frameStart(first: Bool) -> Double { first ? (title?.depth ?? 0) / 2 : 0 }

    /// Where the content starts along the block direction.
    func contentStart(first: Bool) -> Double {
        guard first, let title else { return inset }
        return max(frameStart(first: true) + inset, title.depth + look.padding.points / 2)
    }

    /// The box's part holding `placed` (laid out `used` deep), with its frame and, on the first part, its title.
    func assemble(_ placed: [PlacedFragment], used: Double, first: Bool) -> Fragment {
        let start = contentStart(first: first)
        let depth = start + used + end
        let frameStart = frameStart(first: first)
        var fragment = Fragment(depth: depth)
        let hasStroke = border > 0
        if hasStroke || look.background != nil {
            let rect = axes.rect(inline: border / 2, block: frameStart + border / 2, inlineLength: measure - border,
                                 blockLength: depth - frameStart - border)
            let gap = first ? title.map { EdgeGap(edge: axes.blockStartEdge, start: $0.inlineStart, end: $0.inlineEnd) } : nil
            fragment.items.append(.rectangle(RectangleShape(
                rect: rect, cornerRadius: look.cornerRadius.points, fill: look.background,
                stroke: hasStroke ? Stroke(width: border, color: look.borderColor) : nil, gap: gap)))
        }
        if first, let title { fragment.items += title.items }
        fragment.append(Fragment(stacking: placed, depth: used, axes: axes), inline: inset, block: start, axes: axes)
        return fragment
    }
}

extension Block {
    /// The style of the block's first text, for a box title without a style of its own.
    var firstStyle: TextStyle? {
        switch self {
        case .text(let text): text.style
        case .list(let list): list.style
        case .box(let box): box.titleStyle ?? box.blocks.lazy.compactMap(\.firstStyle).first
        case .ruledLines(let lines): lines.labelStyle
        case .field(let field): field.style
        case .table(let table): table.style
        case .qrCode(let code): code.captionStyle
        case .tableOfContents(let contents): contents.style
        case .image, .spacer, .pageBreak: nil
        }
    }
}
