import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

/// Whatever the paper, every item stays inside the 版面 unless a diagnostic says otherwise.
@Suite("Nothing sticks out of the text area")
struct ContainmentTests {
    /// The smallest rectangle around an item (glyphs as their em boxes).
    func bounds(_ item: PositionedItem) -> Rect {
        switch item {
        case .glyphRun(let run):
            let xs = run.glyphs.map(\.x), ys = run.glyphs.map(\.y)
            // The fake shaper's glyphs: ideographs 1 em, ASCII ½ em across.
            let advance = run.text.unicodeScalars.allSatisfy(\.isASCII) && run.direction == .horizontal ? run.size / 2 : run.size
            if run.direction == .vertical {
                return Rect(x: xs.min()! - run.size / 2, y: ys.min()!, width: xs.max()! - xs.min()! + run.size,
                            height: ys.max()! - ys.min()! + run.size)
            }
            return Rect(x: xs.min()!, y: ys.min()! - run.size * 0.88, width: xs.max()! - xs.min()! + advance,
                        height: ys.max()! - ys.min()! + run.size)
        case .rule(let rule):
            return Rect(x: min(rule.start.x, rule.end.x), y: min(rule.start.y, rule.end.y),
                        width: abs(rule.end.x - rule.start.x), height: abs(rule.end.y - rule.start.y))
        case .rectangle(let shape): return shape.rect
        case .choiceMark(let mark): return mark.rect
        case .image(let image): return image.rect
        case .qrCode(let code): return code.rect
        case .fieldWidget(let widget): return widget.rect
        }
    }

    @Test("sample documents on every paper size, both orientations", arguments: [PaperSize.a4, .a5, .postcard, .businessCard])
    func samples(paper: PaperSize) {
        let assets = FakeAssets(images: ["shapes.png": ImageInfo(format: .png, pixelWidth: 120, pixelHeight: 80),
                                         "gradient.jpg": ImageInfo(format: .jpeg, pixelWidth: 160, pixelHeight: 120)])
        let documents = [Samples.form(.filled), Samples.form(.blank), Samples.booklet(), Samples.verticalFlyer(),
                         Samples.figures(png: "shapes.png", jpeg: "gradient.jpg"), Samples.withContents()]
        for orientation in Orientation.allCases {
            for var document in documents {
                document.page.paper = paper
                document.page.orientation = orientation
                document.page.margins = Margins(all: .mm(paper == .businessCard ? 4 : 12))
                let result = DocumentLayout(shaper: FakeShaper(), assets: assets).layout(document)
                let area = document.page.textArea
                let overflowReported = result.diagnostics.contains { $0.message.contains("sticks out") }
                for (index, page) in result.pages.enumerated() {
                    for item in page.items where item.structure != nil || !(isPageMark(item)) {
                        guard !isPageMark(item) else { continue }
                        var box = bounds(item)
                        if case .glyphRun(let run) = item, run.direction == .horizontal {
                            // A bracket set half-width at a line's start has the empty half of its em box outside.
                            box.origin.x += run.size / 2
                            box.size.width -= run.size / 2
                        }
                        let inside = box.minX >= area.minX - 0.01 && box.maxX <= area.maxX + 0.01
                            && (overflowReported || (box.minY >= area.minY - 0.01 && box.maxY <= area.maxY + 0.01))
                        #expect(inside, "\(document.metadata.title) on \(paper.rawValue) \(orientation.rawValue), page \(index + 1): \(LayoutDumpProbe.describe(item))")
                    }
                }
            }
        }
    }

    /// Headers, footers and page numbers live in the margins.
    func isPageMark(_ item: PositionedItem) -> Bool {
        if case .glyphRun(let run) = item { return run.structure == nil }
        return false
    }
}

enum LayoutDumpProbe {
    static func describe(_ item: PositionedItem) -> String {
        let page = Page(size: Size(width: 1, height: 1), items: [item])
        return LayoutDump.text(LayoutResult(pages: [page], diagnostics: Diagnostics())).split(separator: "\n").dropFirst().first.map(String.init) ?? ""
    }
}
