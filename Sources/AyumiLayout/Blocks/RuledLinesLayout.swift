import AyumiCompose
import AyumiModel

extension BlockLayouter {
    /// Ruled lines for handwriting at their pitch, below their label; in the filled rendition
    /// the resident's text is set on them, one line of text to a ruled line.
    ///
    /// The lines stay together with their label when they fit on a page, and are otherwise cut
    /// between lines. In vertical text the rules run down the page, one to a column.
    /// A named block gets a multi-line text widget over its lines (over each page's part, the
    /// later parts named `name.2`, `name.3` …). In the fillable rendition a named block draws a
    /// frame around each part instead of the rules, the same depth, so pages break as in print:
    /// viewers type at their own leading (12–15.7pt for 12pt text), and rules 9 mm apart would
    /// strike through the typed lines. The blank rendition keeps the rules for handwriting.
    /// In the filled rendition a resident's text longer than the lines gets more ruled lines
    /// below (as a table gets rows): what was typed into the fillable box, which holds more at
    /// a viewer's own leading, must print whole, never be cut or refused.
    func ruledLinesPieces(_ block: RuledLinesBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        let id = context.element(block.name == nil ? .division : .form, parent: parent)
        var count = max(0, block.count)
        let pitch = block.pitch.points
        guard pitch > 0 else {
            context.diagnostics.append(.error(at: block.location, "ruled lines need a pitch greater than zero"))
            return []
        }
        let header = labelFragment(block.label, style: block.labelStyle, measure: measure, structure: id)
        let valueStyle = block.valueStyle
        let inset = valueStyle.size.points * 0.25
        var values: ComposedParagraph?
        if let value = block.value, !value.isEmpty, context.rendition == .filled {
            let paragraph = context.compose(value, style: valueStyle, measure: measure - 2 * inset)
            count = max(count, paragraph.lines.count)
            values = paragraph
        }
        let stroke = Stroke(width: 0.5, color: Color(red: 0.45, green: 0.45, blue: 0.45))
        let axes = self.axes
        // Typed text has the viewer's own leading, which no printed rule can match: in the
        // fillable rendition a named block is one framed box, as deep as its lines.
        let boxed = block.name != nil && context.rendition == .fillable
        let rows: [Fragment] = (0..<count).map { row in
            var fragment = Fragment(depth: pitch)
            if !boxed {
                fragment.items.append(.rule(Rule(from: axes.point(inline: 0, block: pitch),
                                                 to: axes.point(inline: measure, block: pitch), stroke: stroke)))
            }
            if let values, row < values.lines.count {
                fragment.items += context.lineItems(values, line: row, inline: inset, cellStart: 0, pitch: pitch,
                                                    size: valueStyle.size.points, structure: id)
            }
            return fragment
        }
        let labelText = block.label?.plainText ?? block.name ?? ""
        let valueText = block.value?.plainText
        let rendition = context.rendition
        var group = RowGroup(header: header, rows: rows, policy: .whenTallerThanPage, axes: axes,
                             description: "ruled lines", location: block.location)
        if let name = block.name {
            group.decorate = { part, range, start, end, fragment in
                guard !range.isEmpty else { return }
                let box = axes.rect(inline: 0, block: start, inlineLength: measure, blockLength: end - start)
                if boxed { fragment.items.append(.rectangle(RectangleShape(rect: box, stroke: Stroke(width: 0.75)))) }
                fragment.items.append(.fieldWidget(FieldWidget(
                    name: part == 0 ? name : "\(name).\(part + 1)", fieldName: name, label: labelText,
                    kind: .text(multiline: true), value: part == 0 ? valueText : nil,
                    rect: box,
                    rendition: rendition, fontFamily: valueStyle.family, fontSize: valueStyle.size.points,
                    location: block.location, structure: id)))
            }
        }
        let style = block.labelStyle
        return surround([group.piece()], before: style.spaceBefore.points, after: style.spaceAfter.points)
    }

    /// A label composed across the measure, with a small gap under it; `nil` for no label.
    func labelFragment(_ label: [Inline]?, style: TextStyle, measure: Double, structure: StructureElement.ID?) -> Fragment? {
        guard let label, !label.isEmpty else { return nil }
        let paragraph = context.compose(label, style: style, measure: measure)
        let pitch = style.linePitch.points
        return Fragment(depth: Double(paragraph.lines.count) * pitch + style.size.points * 0.25,
                        items: context.paragraphItems(paragraph, pitch: pitch, size: style.size.points, structure: structure))
    }
}
