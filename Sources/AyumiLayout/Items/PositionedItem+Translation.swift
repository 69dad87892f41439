import AyumiModel

extension PositionedItem {
    /// The same item moved by `dx`, `dy` points.
    func translated(dx: Double, dy: Double) -> PositionedItem {
        if dx == 0 && dy == 0 { return self }
        switch self {
        case .glyphRun(var run):
            for index in run.glyphs.indices {
                run.glyphs[index].x += dx
                run.glyphs[index].y += dy
            }
            return .glyphRun(run)
        case .rule(var rule):
            rule.start = rule.start.moved(dx, dy)
            rule.end = rule.end.moved(dx, dy)
            return .rule(rule)
        case .rectangle(var shape):
            shape.rect = shape.rect.moved(dx, dy)
            if var gap = shape.gap {
                let shift = gap.edge == .top || gap.edge == .bottom ? dx : dy
                gap.start += shift
                gap.end += shift
                shape.gap = gap
            }
            return .rectangle(shape)
        case .choiceMark(var mark):
            mark.rect = mark.rect.moved(dx, dy)
            return .choiceMark(mark)
        case .image(var image):
            image.rect = image.rect.moved(dx, dy)
            return .image(image)
        case .qrCode(var code):
            code.rect = code.rect.moved(dx, dy)
            return .qrCode(code)
        case .fieldWidget(var widget):
            widget.rect = widget.rect.moved(dx, dy)
            return .fieldWidget(widget)
        }
    }

    /// The same item marked as an artifact (no structure element): repeated table headings.
    var asArtifact: PositionedItem {
        switch self {
        case .glyphRun(var run): run.structure = nil; return .glyphRun(run)
        case .rule(var rule): rule.structure = nil; return .rule(rule)
        case .rectangle(var shape): shape.structure = nil; return .rectangle(shape)
        case .choiceMark(var mark): mark.structure = nil; return .choiceMark(mark)
        case .image(var image): image.structure = nil; return .image(image)
        case .qrCode(var code): code.structure = nil; return .qrCode(code)
        case .fieldWidget(var widget): widget.structure = nil; return .fieldWidget(widget)
        }
    }
}

extension Point {
    func moved(_ dx: Double, _ dy: Double) -> Point { Point(x: x + dx, y: y + dy) }
}

extension Rect {
    func moved(_ dx: Double, _ dy: Double) -> Rect { Rect(x: minX + dx, y: minY + dy, width: width, height: height) }
}
