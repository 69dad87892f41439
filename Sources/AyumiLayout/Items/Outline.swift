import AyumiCompose
import AyumiModel

/// One entry of the document's outline (the PDF's bookmarks): a title or heading and where it is.
public struct OutlineEntry: Hashable, Sendable {
    /// The heading's text as a reader sees it (no ruby readings), lines joined.
    public var title: String
    /// 1 for the title and level-1 headings, 2 for level-2 headings, and so on.
    public var level: Int
    public var pageIndex: Int
    /// The top of the heading's first line (its right edge in vertical text), page coordinates.
    public var point: Point

    public init(title: String, level: Int, pageIndex: Int, point: Point) {
        self.title = title
        self.level = level
        self.pageIndex = pageIndex
        self.point = point
    }
}

extension LayoutResult {
    /// The title and headings in reading order, each where its first glyph run is.
    public var outline: [OutlineEntry] {
        var levels: [StructureElement.ID: Int] = [:]
        for element in structure {
            switch element.role {
            case .title: levels[element.id] = 1
            case .heading(let level): levels[element.id] = max(1, level)
            default: break
            }
        }
        guard !levels.isEmpty else { return [] }
        var entries: [StructureElement.ID: OutlineEntry] = [:]
        var order: [StructureElement.ID] = []
        for (pageIndex, page) in pages.enumerated() {
            for case .glyphRun(let run) in page.items {
                guard let id = run.structure, let level = levels[id], let first = run.glyphs.first else { continue }
                if entries[id] == nil {
                    let point = run.direction == .vertical
                        ? Point(x: first.x + run.size / 2, y: first.y)
                        : Point(x: first.x, y: first.y - run.size * EmBox.ascent)
                    entries[id] = OutlineEntry(title: "", level: level, pageIndex: pageIndex, point: point)
                    order.append(id)
                }
                entries[id]?.title += run.text
            }
        }
        return order.compactMap { entries[$0] }
    }
}
