import AyumiCompose
import AyumiModel

extension BlockLayouter {
    /// 目次: each heading after this block, indented by its level, a dotted leader, and its page
    /// number at the line's end.
    ///
    /// Page numbers are known only after the pages are made, so a document with a table of
    /// contents is laid out twice (`DocumentLayout`): the first pass sets the entries without
    /// numbers and finds the headings' pages, the second prints the numbers. The numbers sit in
    /// a slot of fixed width, so the entries take the same lines in both passes and no page moves.
    func contentsPieces(_ block: TableOfContentsBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        let id = context.element(.tableOfContents, parent: parent)
        if context.contents.depth == nil { context.contents.depth = max(1, block.depth) }
        let style = block.style
        let em = style.size.points, pitch = style.linePitch.points
        let slot = em * 4
        let leader = Stroke(width: max(0.6, em * 0.1), dash: .dotted)
        let labels = context.contents.labels
        var pieces: [Piece] = []
        for (index, entry) in context.contents.entries.enumerated() {
            let itemID = context.element(.tableOfContentsItem, parent: id)
            let indent = Double(entry.level - 1) * em
            let title = context.compose(entry.content, style: style, measure: measure - indent - slot - em * 1.5,
                                        alignment: .start, reportMissing: false)
            let label = labels.flatMap { index < $0.count ? $0[index] : nil } ?? ""
            let number = context.compose(numberContent(label), style: style, measure: slot, alignment: .end)
            let numberWidth = LayoutContext.extent(of: number)
            for line in title.lines.indices {
                var fragment = Fragment(depth: pitch, items: context.lineItems(title, line: line, inline: indent, cellStart: 0,
                                                                               pitch: pitch, size: em, structure: itemID))
                fragment.frameInset = (pitch - em) / 2
                let isLast = line == title.lines.count - 1
                if isLast {
                    let start = indent + title.lines[line].extent + em * 0.5
                    let end = measure - max(numberWidth, em) - em * 0.5
                    if end > start {
                        fragment.items.append(.rule(Rule(from: axes.point(inline: start, block: pitch / 2),
                                                         to: axes.point(inline: end, block: pitch / 2), stroke: leader)))
                    }
                    if !number.lines.isEmpty {
                        fragment.items += context.lineItems(number, line: 0, inline: measure - slot, cellStart: 0, pitch: pitch,
                                                            size: em, structure: itemID)
                    }
                }
                pieces.append(.content(fragment, keepWithNext: !isLast, description: "an entry of the table of contents",
                                       location: block.location))
            }
        }
        return surround(pieces, before: style.spaceBefore.points, after: style.spaceAfter.points)
    }

    /// A page number; in vertical text, numbers of up to three digits stand upright side by side (縦中横).
    private func numberContent(_ label: String) -> [Inline] {
        if label.isEmpty { return [] }
        if axes.isVertical, label.count <= 3, label.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return [.tateChuYoko(SourceText(generated: label))]
        }
        return [.text(SourceText(generated: label))]
    }
}
