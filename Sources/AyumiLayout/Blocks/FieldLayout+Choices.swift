import AyumiCompose
import AyumiModel

extension FieldSetter {
    // MARK: - Dates

    /// 「令和　　年　　月　　日」 in a frame: the era printed (or a small check box per era when
    /// the field offers several), then gaps to write the year, month and day in.
    func date(eras: [Era]) -> [Fragment] {
        let eras = eras.isEmpty ? [Era.reiwa] : eras
        var answer: (era: String, year: String, month: String, day: String)?
        if let value = widgetValue {
            if case .date(let era, let year, let month, let day) = value { answer = (era, year, month, day) } else { wrongValue("a date") }
        }
        let eraIndex = answer.flatMap { answer in eras.firstIndex { $0.rawValue == answer.era } }
        if answer != nil, eraIndex == nil {
            context.diagnostics.append(.error(
                at: field.location, "the era of the date for field `\(field.name)` is not one the field offers",
                hints: ["the field offers \(eras.map(\.rawValue).joined(separator: "、")); add the era to `eras`, or write the date in one of them"]))
        }
        let row = writingRow
        var boxes: [InlineBox] = []
        if eras.count == 1 {
            boxes.append(word(eras[0].rawValue, depth: row))
        } else {
            let names = eras.map(\.rawValue)
            for (index, era) in eras.enumerated() {
                let isOn = eraIndex == index
                boxes.append(option(era.rawValue, shape: .checkBox, depth: row, checked: isOn && printed != nil,
                                    side: em * 0.8, spaceBefore: index == 0 ? 0 : em * 0.75) { rect in
                    widget("\(field.name).era", label: "\(label)（元号）", kind: .radioButton(option: index), options: names,
                           value: isOn ? era.rawValue : nil, rect: rect)
                })
            }
        }
        // Room for two handwritten digits (four for a western year) in each gap.
        let yearWidth = eras.contains(.western) ? 4 * em : 3 * em
        let parts: [(name: String, unit: String, width: Double, value: String?, maximumLength: Int)] = [
            ("year", "年", yearWidth, answer?.year, eras.contains(.western) ? 4 : 2),
            ("month", "月", 2.5 * em, answer?.month, 2),
            ("day", "日", 2.5 * em, answer?.day, 2),
        ]
        for (index, part) in parts.enumerated() {
            var gap = writeIn(name: "\(field.name).\(part.name)", label: "\(label)（\(part.unit)）", width: part.width,
                              depth: row, value: part.value, maximumLength: part.maximumLength)
            if index == 0, eras.count > 1 { gap.spaceBefore = em * 0.5 }
            boxes.append(gap)
            boxes.append(word(part.unit, depth: row))
        }
        let inner = measure - 2 * inset
        let (rows, widest) = InlineRowPacker.rows(boxes, measure: inner, rowDepth: row)
        // One frame around every row: a date is one box to write in.
        var fragment = Fragment(depth: 0)
        for row in rows {
            fragment.append(row, inline: inset, block: fragment.depth, axes: Axes(vertical: false))
            fragment.depth += row.depth
        }
        let box = Rect(x: 0, y: 0, width: widest + 2 * inset, height: fragment.depth)
        fragment.items.insert(.rectangle(RectangleShape(rect: box, stroke: frame)), at: 0)
        return [fragment]
    }

    // MARK: - Choices

    /// Check boxes (several answers) or radio buttons (one answer), each before its option,
    /// packed into rows; 「その他（　　）」 adds a write-in after its own box.
    func choices(_ options: [String], multiple: Bool, other: Bool) -> [Fragment] {
        let all = options + (other ? ["その他"] : [])
        var chosen: Set<Int> = []
        var otherText: String?
        if let value = widgetValue {
            if case .choices(let picks, let written) = value {
                var unknown = 0
                for pick in picks {
                    if let index = all.firstIndex(of: pick) { chosen.insert(index) } else { unknown += 1 }
                }
                if unknown > 0 {
                    context.diagnostics.append(.error(
                        at: field.location, "an answer for field `\(field.name)` is not one of its options",
                        hints: ["the options are \(all.map { "「\($0)」" }.joined(separator: "、"))"]))
                }
                if let written, !written.isEmpty {
                    if other {
                        chosen.insert(all.count - 1)
                        otherText = written
                    } else {
                        context.diagnostics.append(.error(at: field.location, "field `\(field.name)` has no 「その他」 to write in",
                                                          hints: ["add `other: true` to the field, or remove the written answer"]))
                    }
                }
                if !multiple, chosen.count > 1 {
                    context.diagnostics.append(.error(at: field.location, "field `\(field.name)` takes one answer, the data gives \(chosen.count)",
                                                      hints: ["choose one, or make the field `multiple: true`"]))
                }
            } else {
                wrongValue("a choice")
            }
        }
        let shape: ChoiceMark.Shape = multiple ? .checkBox : .radioButton
        let row = max(pitch, 2 * em)
        func buttonWidget(_ index: Int, _ rect: Rect) -> PositionedItem {
            let name = multiple ? "\(field.name).\(index + 1)" : field.name
            let kind: FieldWidget.Kind = multiple ? .checkBox(option: index) : .radioButton(option: index)
            return widget(name, label: "\(label)：\(all[index])", kind: kind, options: all,
                          value: chosen.contains(index) ? all[index] : nil, rect: rect)
        }
        var boxes: [InlineBox] = []
        for (index, text) in options.enumerated() {
            boxes.append(option(text, shape: shape, depth: row, checked: chosen.contains(index) && printed != nil,
                                spaceBefore: em * 1.5) { buttonWidget(index, $0) })
        }
        if other {
            let index = all.count - 1
            var marked = option("その他（", shape: shape, depth: row, checked: chosen.contains(index) && printed != nil,
                                spaceBefore: em * 1.5) { buttonWidget(index, $0) }
            let close = word("）", depth: row)
            // The gap holds what people write there (a place, a person, a wish): 15 zw, more when
            // a longer answer is printed in it, never past the measure.
            var width = Self.writeInWidth * em
            if let otherText, printed != nil {
                width = max(width, LayoutContext.extent(of: context.compose(generated: otherText, style: style,
                                                                            reportMissing: false)) + em)
            }
            let room = measure - marked.width - close.width
            if width <= room + Paginator.epsilon {
                // 「その他（　　）」 as one box: on the row after the other options, or on a row of its own.
                let write = writeIn(name: "\(field.name).other", label: "\(label)：その他", width: width, depth: row,
                                    value: otherText, maximumLength: nil)
                let openWidth = marked.width, writeWidth = write.width
                let place = marked.place, placeWrite = write.place, placeClose = close.place
                marked.width = openWidth + writeWidth + close.width
                marked.place = { x, fragment in
                    place(x, &fragment)
                    placeWrite(x + openWidth, &fragment)
                    placeClose(x + openWidth + writeWidth, &fragment)
                }
                boxes.append(marked)
            } else {
                // Too narrow a measure for the gap after 「その他（」: the gap and its 「）」 take the next row.
                width = min(width, measure - close.width)
                let write = writeIn(name: "\(field.name).other", label: "\(label)：その他", width: width, depth: row,
                                    value: otherText, maximumLength: nil)
                let writeWidth = write.width, placeWrite = write.place, placeClose = close.place
                boxes.append(marked)
                boxes.append(InlineBox(width: writeWidth + close.width, depth: row, spaceBefore: measure) { x, fragment in
                    placeWrite(x, &fragment)
                    placeClose(x + writeWidth, &fragment)
                })
            }
        }
        return InlineRowPacker.rows(boxes, measure: measure, rowDepth: row).rows
    }

    // MARK: - Parts

    /// The least width, in zw of the field's size, of a gap typed in freely (「その他」, a
    /// one-line text field): room for the 15 characters of a place, a name and a phone number,
    /// so typing is never cut off where the printed copy has room (viewers that do not scroll).
    static let writeInWidth = 15.0

    /// A word of the field's text (年, 月, an era), at its natural width.
    func word(_ text: String, depth: Double) -> InlineBox {
        let paragraph = context.compose(generated: text, style: style)
        let structure = self.structure, context = self.context, em = self.em, pitch = self.pitch
        return InlineBox(width: LayoutContext.extent(of: paragraph), depth: depth) { x, row in
            row.items += context.paragraphItems(paragraph, inline: x, cellStart: (depth - pitch) / 2, pitch: pitch, size: em,
                                                structure: structure)
        }
    }

    /// A check box or radio button followed by its option's text (several lines if it is long).
    func option(_ text: String, shape: ChoiceMark.Shape, depth: Double, checked: Bool, side: Double? = nil,
                spaceBefore: Double, widget: @escaping (Rect) -> PositionedItem) -> InlineBox {
        let side = side ?? markSide
        let gap = em * 0.3
        var paragraph = context.compose(generated: text, style: style)
        if LayoutContext.extent(of: paragraph) > measure - side - gap {
            paragraph = context.compose(generated: text, style: style, measure: measure - side - gap, reportMissing: false)
        }
        let lines = Double(paragraph.lines.count)
        let textDepth = (depth - pitch) + lines * pitch
        let structure = self.structure, context = self.context, em = self.em, pitch = self.pitch
        let (markItem, markRect) = mark(shape, x: 0, depth: depth, checked: checked, side: side)
        return InlineBox(width: side + gap + LayoutContext.extent(of: paragraph), depth: max(depth, textDepth),
                         spaceBefore: spaceBefore) { x, row in
            row.items.append(markItem.translated(dx: x, dy: 0))
            row.items += context.paragraphItems(paragraph, inline: x + side + gap, cellStart: (depth - pitch) / 2, pitch: pitch,
                                                size: em, structure: structure)
            row.items.append(widget(markRect.moved(x, 0)))
        }
    }

    /// A gap to write in (the year of a date, 「その他」's text), with its text widget; in the
    /// filled rendition the answer is set in it, centred.
    func writeIn(name: String, label: String, width: Double, depth: Double, value: String?, maximumLength: Int?) -> InlineBox {
        var items: [PositionedItem] = []
        if let value, printed != nil {
            let paragraph = context.compose(generated: value, style: style, measure: 100_000, reportMissing: false)
            let natural = LayoutContext.extent(of: paragraph)
            if natural > width + Paginator.epsilon { doesNotFit(zw(natural), holds: zw(width)) }
            let centred = context.compose(generated: value, style: style, measure: width, alignment: .center)
            items += context.paragraphItems(centred, cellStart: (depth - pitch) / 2, pitch: pitch, size: em,
                                            structure: structure)
        }
        let rect = Rect(x: 0, y: (depth - min(depth, pitch * 1.4)) / 2, width: width, height: min(depth, pitch * 1.4))
        items.append(widget(name, label: label, kind: .text(multiline: false), maximumLength: maximumLength, value: value,
                            rect: rect))
        return InlineBox(width: width, depth: depth) { x, row in
            row.items += items.map { $0.translated(dx: x, dy: 0) }
        }
    }
}
