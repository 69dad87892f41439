import AyumiCompose
import AyumiModel

/// A text dump of laid-out pages: one line per item, lengths in points to one decimal.
///
/// For golden tests and for looking at a layout without drawing it:
///
/// ```
/// page 1 419.5×595.3
///   text 42.5,63.3 Fake-Regular 14 "基本情報" H1#0
///   rect 42.5,86.5 214.3×22.7 stroke 0.8 #000000
///   widget text(multiline: false) name "氏名" 42.5,86.5 214.3×22.7 page 0 Form#1
/// ```
public enum LayoutDump {
    public static func text(_ result: LayoutResult) -> String {
        var lines: [String] = []
        let roles = Dictionary(uniqueKeysWithValues: result.structure.map { ($0.id, $0.role.standardType) })
        func tag(_ id: StructureElement.ID?) -> String {
            guard let id else { return "" }
            return " \(roles[id] ?? "?")#\(id)"
        }
        for (number, page) in result.pages.enumerated() {
            lines.append("page \(number + 1) \(n(page.size.width))×\(n(page.size.height))"
                         + (page.label.map { " label \($0)" } ?? ""))
            for item in page.items { lines.append("  " + describe(item) + tag(item.structure)) }
        }
        if !result.structure.isEmpty {
            lines.append("structure")
            for element in result.structure {
                lines.append("  #\(element.id) \(element.role.standardType)" + (element.parent.map { " in #\($0)" } ?? "")
                             + (element.alternativeText.map { " alt \"\($0)\"" } ?? ""))
            }
        }
        if !result.diagnostics.isEmpty {
            lines.append("diagnostics")
            for diagnostic in result.diagnostics { lines.append("  \(diagnostic)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ item: PositionedItem) -> String {
        switch item {
        case .glyphRun(let run):
            let origin = run.glyphs.first.map { "\(n($0.x)),\(n($0.y))" } ?? "-"
            let squeezed = run.horizontalScale == 1 ? "" : " width ×\(n(run.horizontalScale))"
            return "text \(origin) \(run.face.postScriptName) \(n(run.size))\(run.isRotated ? " rotated" : "")\(squeezed) \"\(run.text)\""
        case .rule(let rule):
            return "rule \(point(rule.start)) → \(point(rule.end)) \(stroke(rule.stroke))"
        case .rectangle(let shape):
            var text = "rect \(rect(shape.rect))"
            if shape.cornerRadius > 0 { text += " radius \(n(shape.cornerRadius))" }
            if let fill = shape.fill { text += " fill \(hex(fill))" }
            if let outline = shape.stroke { text += " stroke \(stroke(outline))" }
            if let gap = shape.gap { text += " gap \(gap.edge.rawValue) \(n(gap.start))–\(n(gap.end))" }
            return text
        case .choiceMark(let mark):
            return "mark \(mark.shape.rawValue) \(rect(mark.rect))\(mark.isChecked ? " checked" : "")"
        case .image(let image):
            return "image \(image.format.rawValue) \(image.pixelWidth)×\(image.pixelHeight) \(rect(image.rect)) alt \"\(image.alternativeText)\""
        case .qrCode(let code):
            let modules = code.modules.map { " \($0.width) modules" } ?? ""
            return "qr \(rect(code.rect))\(modules) quiet \(code.quietZone) \"\(code.data)\""
        case .fieldWidget(let widget):
            var text = "widget \(kind(widget.kind)) \(widget.name) \"\(widget.label)\" \(rect(widget.rect)) page \(widget.pageIndex)"
            if let length = widget.maximumLength { text += " max \(length)" }
            if let value = widget.value { text += " value \"\(value)\"" }
            return text
        }
    }

    private static func kind(_ kind: FieldWidget.Kind) -> String {
        switch kind {
        case .text(let multiline): multiline ? "text(multiline)" : "text"
        case .comb(let cells): "comb(\(cells))"
        case .checkBox(let option): "checkBox(\(option))"
        case .radioButton(let option): "radioButton(\(option))"
        }
    }

    private static func n(_ value: Double) -> String { LayoutContext.decimal(value) }
    private static func point(_ p: Point) -> String { "\(n(p.x)),\(n(p.y))" }
    private static func rect(_ r: Rect) -> String { "\(n(r.minX)),\(n(r.minY)) \(n(r.width))×\(n(r.height))" }
    private static func stroke(_ s: Stroke) -> String {
        "\(n(s.width))\(s.dash == .solid ? "" : " \(s.dash.rawValue)") \(hex(s.color))"
    }

    private static func hex(_ color: Color) -> String {
        func byte(_ value: Double) -> String {
            let digits = String(Int((min(max(value, 0), 1) * 255).rounded()), radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "#" + byte(color.red) + byte(color.green) + byte(color.blue)
    }
}
