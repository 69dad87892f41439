import AyumiCompose
import AyumiModel

/// Adds what repeats on every page: the header, the footer and the page number.
///
/// They are set horizontally in the margins in both writing modes (as ノンブル and 柱 usually
/// are): the header at the start of the top margin, just above the 版面; the page number centred
/// just below the 版面, and the footer (an edition label) ending at its end edge, on the number's
/// line. With facing pages the header and footer go to the outer edge of each page instead.
/// Pages are counted from the first, so a cover without marks is page 1 and the next
/// shows 2 — the same numbers a PDF viewer shows. All of it is an artifact for the structure tree.
struct PageMasterLayout {
    let context: LayoutContext
    let master: PageMaster
    let setup: PageSetup

    func decorate(_ pages: inout [Page]) {
        let style = master.style
        let size = style.size.points, pitch = style.linePitch.points
        let gap = size * 0.5
        let horizontal = Axes(vertical: false)
        let width = setup.textArea.width
        func compose(_ content: [Inline]?, measure: Double, alignment: CompositionSettings.Alignment) -> ComposedParagraph? {
            content.flatMap { $0.isEmpty ? nil : context.compose($0, style: style, measure: measure, alignment: alignment,
                                                                 direction: .horizontal) }
        }
        let footerMeasure = width / 2 - 2 * size
        // Single pages set the header at the start and the footer at the end; facing pages set
        // both at their outer edge (the right of a right-hand page, the left of a left-hand one).
        let header = compose(master.header, measure: width, alignment: .start)
        let footer = compose(master.footer, measure: footerMeasure, alignment: .end)
        let outerHeader = compose(master.header, measure: width, alignment: .end)
        let outerFooter = compose(master.footer, measure: footerMeasure, alignment: .start)
        let headerDepth = Double(header?.lines.count ?? 0) * pitch
        let footerDepth = Double(max(footer?.lines.count ?? 0, master.numbering == .none ? 0 : 1)) * pitch
        if headerDepth + gap > setup.margins.top.points + Paginator.epsilon, headerDepth > 0 {
            context.diagnostics.append(.warning(at: master.header?.sourceText.location(ofScalarAt: 0),
                                                "the header does not fit in the top margin",
                                                hints: ["make the top margin larger or the header shorter"]))
        }
        if footerDepth + gap > setup.margins.bottom.points + Paginator.epsilon, footerDepth > 0 {
            context.diagnostics.append(.warning(at: master.footer?.sourceText.location(ofScalarAt: 0),
                                                "the footer and page number do not fit in the bottom margin",
                                                hints: ["make the bottom margin larger or the footer shorter"]))
        }
        func items(_ paragraph: ComposedParagraph, dx: Double, dy: Double) -> [PositionedItem] {
            paragraph.lines.indices.flatMap { line in
                context.lineItems(paragraph, line: line, cellStart: Double(line) * pitch, pitch: pitch, size: size,
                                  structure: nil, axes: horizontal)
            }.map { $0.translated(dx: dx, dy: dy) }
        }
        for index in pages.indices {
            if index == 0 && master.coverHasNoMarks { continue }
            let area = setup.textArea(ofPage: index)
            let leftHand = setup.isLeftHandPage(index)
            let rightHand = setup.facingPages && !leftHand
            var marks: [PositionedItem] = []
            if let header = rightHand ? outerHeader : header {
                marks += items(header, dx: area.minX, dy: area.minY - gap - headerDepth)
            }
            if let footer = leftHand ? outerFooter : footer {
                marks += items(footer, dx: leftHand ? area.minX : area.maxX - footerMeasure, dy: area.maxY + gap)
            }
            if let label = master.numbering.label(forPage: index + 1) {
                pages[index].label = label
                let number = context.compose(generated: label, style: style, measure: area.width, alignment: .center,
                                             direction: .horizontal)
                marks += items(number, dx: area.minX, dy: area.maxY + gap)
            }
            pages[index].items += marks
        }
    }

}

extension PageMaster.Numbering {
    /// Page `number` (counted from 1) as printed: `12`, `十二`, or `nil` for none.
    public func label(forPage number: Int) -> String? {
        switch self {
        case .arabic: String(number)
        case .kanji: Self.kanjiNumeral(number)
        case .none: nil
        }
    }

    /// 漢数字 with 十, 百, 千 and 万: 一, 十, 十二, 二十, 百五, 千二百三十四.
    static func kanjiNumeral(_ number: Int) -> String {
        let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if number <= 0 { return digits[0] }
        if number >= 10_000 {
            let rest = number % 10_000
            return kanjiNumeral(number / 10_000) + "万" + (rest > 0 ? kanjiNumeral(rest) : "")
        }
        var result = ""
        for (value, unit) in [(1000, "千"), (100, "百"), (10, "十")] {
            let digit = number / value % 10
            if digit > 0 { result += (digit == 1 ? "" : digits[digit]) + unit }
        }
        let ones = number % 10
        if ones > 0 { result += digits[ones] }
        return result
    }
}
