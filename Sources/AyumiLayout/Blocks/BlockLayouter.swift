import AyumiCompose
import AyumiModel

/// Turns blocks into pieces for the paginator: fragments of positioned items, with what must
/// stay together marked.
///
/// The same layouter sets blocks on the page and, with no grid and a smaller measure, inside
/// boxes. Every piece of text goes through `LayoutContext.compose` (AyumiCompose).
struct BlockLayouter {
    let context: LayoutContext
    /// The page's line grid, for blocks set straight on the page (not inside boxes).
    let grid: Double?
    /// The room on an empty page (or in an empty part of a box), along the block direction.
    let capacity: Double
    /// The space around blocks that have no style of their own (boxes, pictures, QR codes).
    let blockGap: Double
    /// How far the grid's first cell starts before the 版面's edge: half the grid's line gap
    /// (`Paginator.Edges.characterFrames`).
    var gridInset: Double = 0

    var axes: Axes { context.axes }

    func pieces(for blocks: [Block], measure: Double, parent: StructureElement.ID?) -> [Piece] {
        var result: [Piece] = []
        for block in blocks {
            switch block {
            case .text(let text): result += textPieces(text, measure: measure, parent: parent)
            case .list(let list): result += listPieces(list, measure: measure, parent: parent)
            case .box(let box): result += boxPieces(box, measure: measure, parent: parent)
            case .ruledLines(let lines): result += ruledLinesPieces(lines, measure: measure, parent: parent)
            case .field(let field):
                guard horizontalOnly("fields", at: field.location) else { continue }
                result += fieldPieces(field, measure: measure, parent: parent)
            case .table(let table):
                guard horizontalOnly("tables", at: table.location) else { continue }
                result += tablePieces(table, measure: measure, parent: parent)
            case .image(let image): result += imagePieces(image, measure: measure, parent: parent)
            case .qrCode(let code): result += qrCodePieces(code, measure: measure, parent: parent)
            case .tableOfContents(let contents): result += contentsPieces(contents, measure: measure, parent: parent)
            case .spacer(let length): result.append(.space(snapped(length.points)))
            case .pageBreak: result.append(.pageBreak)
            }
        }
        return result
    }

    /// Fields and tables are set horizontally only; in a vertical document they are reported and left out.
    private func horizontalOnly(_ what: String, at location: SourceLocation?) -> Bool {
        guard axes.isVertical else { return true }
        context.diagnostics.append(.error(at: location, "\(what) cannot be set in a vertical (縦書き) document yet",
                                          hints: ["use `writing_mode: horizontal` for forms and tables, or replace the block with ruled lines"]))
        return false
    }

    /// Space between blocks, rounded up to whole grid lines when there is a grid.
    func snapped(_ space: Double) -> Double {
        guard let grid, space > 0 else { return space }
        return (space / grid - Paginator.epsilon).rounded(.up) * grid
    }

    /// Spaces around a block that is not on the line grid, then a snap to the next grid line:
    /// the spaces are not rounded on their own, so the block with its spaces takes as few grid
    /// lines as it can and what follows stands on the grid again.
    func surround(_ pieces: [Piece], before: Double, after: Double) -> [Piece] {
        guard !pieces.isEmpty else { return [] }
        var result: [Piece] = []
        if before > 0 { result.append(.space(before)) }
        result += pieces
        if after > 0 { result.append(.space(after)) }
        if let grid { result.append(.snapToGrid(grid)) }
        return result
    }

    // MARK: - Text

    func textPieces(_ block: TextBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        let role: StructureRole = switch block.role {
        case .title: .title
        case .heading(let level): .heading(level: level)
        case .paragraph: .paragraph
        }
        let id = context.element(role, parent: parent)
        if case .heading(let level) = block.role, let depth = context.contents.depth, level <= depth {
            context.contents.headingIDs.append(id)
        }
        if block.role != .paragraph {
            context.contents.allHeadings.append((LayoutContext.referenceKey(block.content.plainText), id))
        }
        let style = block.style
        let paragraph = context.compose(block.content, style: style, measure: measure,
                                        firstLineIndent: style.firstLineIndent.points)
        guard !paragraph.lines.isEmpty else { return [] }
        let source = block.content.sourceText
        let isHeading = block.role != .paragraph
        let what = isHeading ? "a heading" : "a line of a paragraph"
        let pitch = style.linePitch.points, size = style.size.points
        func location(_ line: Int) -> SourceLocation? {
            source.location(ofScalarAt: paragraph.lines[line].glyphs.first?.text.lowerBound ?? 0)
        }

        let lineInset = (pitch - size) / 2
        if let grid, isHeading, abs(pitch - grid) > Paginator.epsilon {
            // 行取り: the heading and its spaces take whole grid lines, its lines centred in them.
            // Ruby over the first line counts as part of the heading, as if the line were that
            // much deeper: the space before is kept above the ruby, not eaten by it. At a page's
            // top there is no text above to keep a space from: the heading takes the lines it
            // would take without ruby, moved down (as far as they allow) so the ruby stays inside
            // the 版面.
            let ruby = Self.rubyDepth(paragraph)
            let lines = Double(paragraph.lines.count) * pitch
            func band(before: Double, atPageTop: Bool) -> Fragment {
                let counted = atPageTop ? 0 : ruby
                let taking = LineTaking(grid: grid, before: before, content: lines + counted, after: style.spaceAfter.points)
                var start = taking.centredMargin + counted
                if atPageTop {
                    let rubyTop = start + lineInset - ruby
                    start += min(max(0, gridInset - rubyTop), max(0, taking.cells * grid - start - lines))
                }
                return Fragment(depth: taking.cells * grid,
                                items: context.paragraphItems(paragraph, cellStart: start, pitch: pitch, size: size,
                                                              structure: id),
                                frameInset: start + lineInset)
            }
            return [.content(band(before: style.spaceBefore.points, atPageTop: false), keepWithNext: true,
                             atPageTop: band(before: 0, atPageTop: true), description: what, location: location(0))]
        }

        var pieces: [Piece] = []
        let count = paragraph.lines.count
        for line in 0..<count {
            let keep = isHeading || (count > 1 && (line == 0 || line == count - 2))
            let fragment = Fragment(depth: pitch, items: context.lineItems(paragraph, line: line, cellStart: 0, pitch: pitch,
                                                                          size: size, structure: id),
                                    frameInset: lineInset)
            pieces.append(.content(fragment, keepWithNext: keep, description: what, location: location(line)))
        }
        return spaced(pieces, style: style, pitch: pitch)
    }

    /// How deep the ruby (or emphasis dots) over a paragraph's first line reach before it, along
    /// the block direction: the largest reading size, as readings sit against their base.
    static func rubyDepth(_ paragraph: ComposedParagraph) -> Double {
        paragraph.lines.first?.glyphs.lazy.filter { $0.layer != .base }.map(\.size).max() ?? 0
    }

    /// Lines with the style's space before and after. Lines at the grid's pitch stand on the
    /// grid, their spaces rounded up to whole grid lines. Lines at another pitch (a step title
    /// set as a paragraph, a note in a smaller size) take whole grid lines with their spaces
    /// and sit centred in them (行取り, JLREQ 4.1.6), as headings do: the slack goes half above
    /// and half below, and what follows stands on the grid again.
    private func spaced(_ pieces: [Piece], style: TextStyle, pitch: Double) -> [Piece] {
        if let grid, abs(pitch - grid) > Paginator.epsilon {
            let content = Double(pieces.count) * pitch
            let taking = LineTaking(grid: grid, before: style.spaceBefore.points, content: content,
                                    after: style.spaceAfter.points)
            let margin = taking.centredMargin
            return surround(pieces, before: margin, after: margin)
        }
        var result: [Piece] = []
        if style.spaceBefore.points > 0 { result.append(.space(snapped(style.spaceBefore.points))) }
        result += pieces
        if style.spaceAfter.points > 0 { result.append(.space(snapped(style.spaceAfter.points))) }
        return result
    }

    // MARK: - Lists

    /// Each item's lines hang after its marker (・, （1）, ①); the widest marker sets the indent.
    func listPieces(_ list: ListBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        let listID = context.element(.list, parent: parent)
        let style = list.style
        let pitch = style.linePitch.points, size = style.size.points
        let markers = list.items.indices.map { context.compose(generated: Self.marker(list.marker, number: $0 + 1), style: style) }
        let gap = list.marker == .bullet ? 0 : size * 0.25
        let indent = (markers.map(LayoutContext.extent).max() ?? 0) + gap
        var pieces: [Piece] = []
        for (number, item) in list.items.enumerated() {
            let itemID = context.element(.listItem, parent: listID)
            let labelID = context.element(.listLabel, parent: itemID)
            let bodyID = context.element(.listBody, parent: itemID)
            let body = context.compose(item, style: style, measure: measure - indent)
            let source = item.sourceText
            let count = max(1, body.lines.count)
            for line in 0..<count {
                var fragment = Fragment(depth: pitch)
                if line == 0 {
                    fragment.items += context.lineItems(markers[number], line: 0, cellStart: 0, pitch: pitch, size: size,
                                                        structure: labelID)
                }
                if line < body.lines.count {
                    fragment.items += context.lineItems(body, line: line, inline: indent, cellStart: 0, pitch: pitch,
                                                        size: size, structure: bodyID)
                }
                fragment.frameInset = (pitch - size) / 2
                let keep = count > 1 && (line == 0 || line == count - 2)
                let location = line < body.lines.count
                    ? source.location(ofScalarAt: body.lines[line].glyphs.first?.text.lowerBound ?? 0) : nil
                pieces.append(.content(fragment, keepWithNext: keep, description: "a line of a list", location: location))
            }
        }
        return spaced(pieces, style: style, pitch: pitch)
    }

    /// ・ for bullets; （1） for numbers; ①…㊿ for circled numbers (（51） and on after that).
    static func marker(_ kind: ListBlock.Marker, number: Int) -> String {
        switch kind {
        case .bullet: return "・"
        case .number: return "（\(number)）"
        case .circled:
            let base: UInt32? = switch number {
            case 1...20: 0x2460 + UInt32(number - 1)
            case 21...35: 0x3251 + UInt32(number - 21)
            case 36...50: 0x32B1 + UInt32(number - 36)
            default: nil
            }
            return base.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "（\(number)）"
        }
    }
}

extension TableBlock {
    /// Where the table is written: its first heading's or cell's text.
    var location: SourceLocation? {
        let texts = columns.map(\.heading) + rows.flatMap { $0 }
        return texts.lazy.compactMap { $0.sourceText.location(ofScalarAt: 0) }.first
    }
}

extension BoxBlock {
    var location: SourceLocation? {
        if let title, let location = title.sourceText.location(ofScalarAt: 0) { return location }
        return blocks.lazy.compactMap(\.location).first
    }
}

extension Block {
    /// Where the block is written, as near as its content tells.
    var location: SourceLocation? {
        switch self {
        case .text(let text): text.content.sourceText.location(ofScalarAt: 0)
        case .list(let list): list.items.lazy.compactMap { $0.sourceText.location(ofScalarAt: 0) }.first
        case .box(let box): box.location
        case .ruledLines(let lines): lines.location
        case .field(let field): field.location
        case .table(let table): table.location
        case .image(let image): image.location
        case .qrCode(let code): code.location
        case .tableOfContents(let contents): contents.location
        case .spacer, .pageBreak: nil
        }
    }
}
