import AyumiCompose
import AyumiModel

extension BlockLayouter {
    /// A form field under its label: a framed text box, comb boxes, a date box
    /// 「令和　　年　　月　　日」, or a group of check boxes or radio buttons.
    ///
    /// The label and the field's rows stay together when they fit on a page. In the filled
    /// rendition the resident's answer is set in the boxes and chosen options are checked; in
    /// the fillable one it only pre-fills the widgets. Set horizontally only.
    func fieldPieces(_ field: FieldBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        let id = context.element(.form, parent: parent)
        let setter = FieldSetter(field: field, measure: measure, context: context, structure: id)
        let rows: [Fragment] = switch field.kind {
        case .text(let lines, let width): [setter.textBox(lines: lines, share: width)]
        case .comb(let count): [setter.comb(count: count)]
        case .date(let eras): setter.date(eras: eras)
        case .choice(let options, let multiple, let other): setter.choices(options, multiple: multiple, other: other)
        }
        let header = labelFragment(field.label, style: field.style, measure: measure, structure: id)
        let group = RowGroup(header: header, rows: rows, policy: .whenTallerThanPage, axes: axes,
                             description: "the field `\(field.name)`", location: field.location)
        return surround([group.piece()], before: field.style.spaceBefore.points, after: field.style.spaceAfter.points)
    }
}

/// Sets the parts of one field. Fields are horizontal only, so x runs along the row and y down.
struct FieldSetter {
    let field: FieldBlock
    let measure: Double
    let context: LayoutContext
    let structure: StructureElement.ID

    var style: TextStyle { field.style }
    var em: Double { style.size.points }
    var pitch: Double { style.linePitch.points }
    /// A row to write in by hand: at least the line pitch, 2 em and 8 mm.
    var writingRow: Double { max(pitch, 2 * em, Length.mm(8).points) }
    /// The room between a frame and the text in it.
    var inset: Double { max(0.3 * em, 2) }
    var frame: Stroke { Stroke(width: 0.75) }
    var label: String { field.label.plainText }
    /// The answer to print (filled rendition only).
    var printed: FieldValue? { context.rendition == .filled ? field.value : nil }
    /// The answer the widgets carry (filled and fillable renditions).
    var widgetValue: FieldValue? { context.rendition == .blank ? nil : field.value }

    func widget(_ name: String, label: String, kind: FieldWidget.Kind, options: [String] = [], maximumLength: Int? = nil,
                value: String?, rect: Rect) -> PositionedItem {
        .fieldWidget(FieldWidget(name: name, fieldName: field.name, label: label, kind: kind, options: options,
                                 maximumLength: maximumLength, value: value, rect: rect, rendition: context.rendition,
                                 fontFamily: style.family, fontSize: style.size.points, location: field.location,
                                 structure: structure))
    }

    /// Text in this field's style, as glyph runs in a cell `depth` deep at `x`, `y`.
    func text(_ paragraph: ComposedParagraph, x: Double, y: Double, depth: Double) -> [PositionedItem] {
        context.paragraphItems(paragraph, inline: x, cellStart: y + (depth - pitch * Double(paragraph.lines.count)) / 2,
                               pitch: pitch, size: em, structure: structure)
    }

    func wrongValue(_ expected: String) {
        context.diagnostics.append(.error(at: field.location, "the answer for field `\(field.name)` is not \(expected)",
                                          hints: ["check the key `\(field.name)` in the data file"]))
    }

    func doesNotFit(_ needs: String, holds: String) {
        context.diagnostics.append(.error(at: field.location, "text does not fit field `\(field.name)` (needs \(needs), box holds \(holds))",
                                          hints: ["widen the field, give it more lines, or shorten the answer"]))
    }

    func zw(_ points: Double) -> String { "\(LayoutContext.decimal(points / em)) zw" }

    // MARK: - Text boxes

    /// A framed box `share` of the measure wide (a one-line box at least `writeInWidth` zw) and
    /// `lines` writing rows deep.
    ///
    /// In the filled rendition an answer longer than the box gets more writing rows (the box
    /// grows, as a table gains rows): what a resident typed into the fillable note, whose
    /// viewers scroll or shrink it, must print whole, never be cut or refused.
    func textBox(lines: Int, share: Double) -> Fragment {
        var lines = max(1, lines)
        // A one-line box is never narrower than 15 zw (less only when the measure is).
        var width = share > 0 ? min(measure, share * measure) : measure
        if lines == 1 { width = min(measure, max(width, Self.writeInWidth * em)) }
        var value: String?
        if let answer = widgetValue {
            if case .text(let text) = answer { value = text } else { wrongValue("text") }
        }
        var paragraph: ComposedParagraph?
        if let value, printed != nil {
            let composed = context.compose(generated: value, style: style, measure: width - 2 * inset,
                                           alignment: lines == 1 && !value.contains("\n") ? .start : nil)
            lines = max(lines, composed.lines.count)
            paragraph = composed
        }
        let height = Double(lines) * writingRow
        let box = Rect(x: 0, y: 0, width: width, height: height)
        var fragment = Fragment(depth: height)
        fragment.items.append(.rectangle(RectangleShape(rect: box, stroke: frame)))
        if let paragraph {
            for line in 0..<min(lines, paragraph.lines.count) {
                fragment.items += context.lineItems(paragraph, line: line, inline: inset, cellStart: Double(line) * writingRow,
                                                    pitch: writingRow, size: em, structure: structure)
            }
        }
        fragment.items.append(widget(field.name, label: label, kind: .text(multiline: lines > 1), value: value, rect: box))
        return fragment
    }

    /// `count` square cells side by side, one character to each (postal codes, phone numbers).
    ///
    /// In the fillable rendition the same box is one plain text field, without cell dividers or
    /// `/MaxLen`: residents type a postal code as `100-0001`, in full-width digits or with a
    /// space, and a comb's fixed length cut that to `100-000` in PDFium and pdf.js; it is then at
    /// least 15 zw wide, as every one-line box. The printed
    /// form keeps a cell per character for handwriting; `--fill` keeps only the characters the
    /// cells take (the binder drops `-` and spaces), so an answer read back prints the same.
    func comb(count: Int) -> Fragment {
        let count = max(1, count)
        var cell = writingRow
        if Double(count) * cell > measure {
            cell = measure / Double(count)
            if cell < em * 1.2 {
                context.diagnostics.append(.warning(at: field.location, "the \(count) cells of field `\(field.name)` are too narrow to write in",
                                                    hints: ["use fewer cells, or a text field"]))
            }
        }
        let typed = context.rendition == .fillable
        // Typed, it is a one-line text box like any other: at least 15 zw wide.
        let width = typed ? min(measure, max(Double(count) * cell, Self.writeInWidth * em)) : Double(count) * cell
        let box = Rect(x: 0, y: 0, width: width, height: writingRow)
        var fragment = Fragment(depth: writingRow)
        fragment.items.append(.rectangle(RectangleShape(rect: box, stroke: frame)))
        for index in 1..<count where !typed {
            let x = Double(index) * cell
            fragment.items.append(.rule(Rule(from: Point(x: x, y: 0), to: Point(x: x, y: writingRow),
                                             stroke: Stroke(width: 0.5))))
        }
        var value: String?
        if let answer = widgetValue {
            if case .text(let text) = answer { value = text } else { wrongValue("text") }
        }
        if let value, printed != nil {
            let characters = Array(value)
            if characters.count > count { doesNotFit("\(characters.count) cells", holds: "\(count)") }
            for (index, character) in characters.prefix(count).enumerated() {
                let glyph = context.compose(generated: String(character), style: style, measure: cell, alignment: .center)
                fragment.items += context.paragraphItems(glyph, inline: Double(index) * cell, cellStart: 0, pitch: writingRow,
                                                         size: em, structure: structure)
            }
        }
        fragment.items.append(typed
            ? widget(field.name, label: label, kind: .text(multiline: false), value: value, rect: box)
            : widget(field.name, label: label, kind: .comb(cells: count), maximumLength: count, value: value, rect: box))
        return fragment
    }

    // MARK: - Marks

    /// The side of a check box or radio button: the text's em, a little less.
    var markSide: Double { em * 0.9 }

    /// A check box or radio button centred on a row `depth` deep, at `x`.
    func mark(_ shape: ChoiceMark.Shape, x: Double, depth: Double, checked: Bool, side: Double? = nil) -> (PositionedItem, Rect) {
        let side = side ?? markSide
        let rect = Rect(x: x, y: (depth - side) / 2, width: side, height: side)
        return (.choiceMark(ChoiceMark(shape: shape, rect: rect, isChecked: checked, stroke: Stroke(width: max(0.6, em * 0.06)))),
                rect)
    }
}
