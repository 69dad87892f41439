import AyumiCompose
import AyumiModel

/// The pages of a document and what was found while laying it out.
public struct LayoutResult: Sendable {
    public var pages: [Page]
    public var diagnostics: Diagnostics
    /// The document's logical structure in reading order (parents before children); items on
    /// the pages point into it.
    public var structure: [StructureElement]
    /// The headings a table of contents lists, as they were laid out (for the second pass).
    var headingIDs: [StructureElement.ID] = []
    /// Every heading's text and element, for page references (for the second pass).
    var headings: [(text: String, id: StructureElement.ID)] = []

    public init(pages: [Page], diagnostics: Diagnostics, structure: [StructureElement] = []) {
        self.pages = pages
        self.diagnostics = diagnostics
        self.structure = structure
    }

    /// Every form-field widget, page by page, in reading order: what AyumiPDF turns into AcroForm fields.
    public var fieldWidgets: [FieldWidget] {
        pages.flatMap { page in
            page.items.compactMap { if case .fieldWidget(let widget) = $0 { widget } else { nil } }
        }
    }
}

/// Flows a document's blocks into pages.
///
/// The steps:
/// 1. each block becomes pieces (`BlockLayouter`): every piece of text is composed by
///    AyumiCompose at the 版面's measure, then lines, rows, boxes and figures become fragments of
///    positioned items, with what must stay together marked;
/// 2. the pieces fill pages (`Paginator`): downwards in horizontal text, leftwards (columns right to
///    left) in vertical text, on the page's line grid; headings keep with what follows, no
///    single line of a paragraph is left alone at a page's foot or head, boxes and field groups
///    move whole to the next page when they fit on one, tables continue with their heading row
///    repeated;
/// 3. the page master adds headers, footers and page numbers (`PageMasterLayout`).
///
/// A document with a table of contents is laid out twice: the first pass finds the pages of
/// the headings it lists, the second prints them (`contentsPieces`).
///
/// ```swift
/// let result = DocumentLayout(shaper: shaper, assets: RenderAssets()).layout(document)
/// let pdf = try PDFRenderer().render(result.pages, metadata: document.metadata)
/// ```
public struct DocumentLayout {
    public var shaper: any Shaper
    /// Picture sizes and QR code modules. Without it, pictures cannot be placed (an error says
    /// so) and renderers encode QR codes themselves.
    public var assets: (any LayoutAssets)?

    public init(shaper: any Shaper, assets: (any LayoutAssets)? = nil) {
        self.shaper = shaper
        self.assets = assets
    }

    public func layout(_ document: Document) -> LayoutResult {
        let entries = Self.contentsEntries(document.blocks)
        guard entries != nil || Self.hasPageReferences(document.blocks) else {
            return layout(document, contents: ContentsState())
        }
        // A table of contents or page references: a first pass finds the headings' pages, a
        // second prints them.
        var contents = ContentsState()
        contents.entries = entries ?? []
        let first = layout(document, contents: contents)
        var pageOfElement: [StructureElement.ID: Int] = [:]
        for (index, page) in first.pages.enumerated() {
            for item in page.items { if let id = item.structure, pageOfElement[id] == nil { pageOfElement[id] = index } }
        }
        let numbering = document.pageMaster?.numbering ?? .arabic
        func label(_ id: StructureElement.ID) -> String? {
            pageOfElement[id].flatMap { (numbering == .none ? .arabic : numbering).label(forPage: $0 + 1) }
        }
        contents.labels = first.headingIDs.map { label($0) ?? "" }
        var references: [String: String] = [:]
        for (text, id) in first.headings where references[text] == nil { references[text] = label(id) }
        contents.references = references
        return layout(document, contents: contents)
    }

    /// Whether any text of the document refers to a heading's page (`[[見出し]]`).
    static func hasPageReferences(_ blocks: [Block]) -> Bool {
        func refers(_ inlines: [Inline]) -> Bool {
            inlines.contains { inline in
                switch inline {
                case .pageReference: true
                case .bold(let inner), .emphasisDots(let inner): refers(inner)
                default: false
                }
            }
        }
        return blocks.contains { block in
            switch block {
            case .text(let text): refers(text.content)
            case .list(let list): list.items.contains(where: refers)
            case .box(let box): hasPageReferences(box.blocks)
            case .table(let table): table.rows.contains { $0.contains(where: refers) }
            default: false
            }
        }
    }

    /// The headings a table of contents lists (those after the first one, down to its depth), or
    /// `nil` for a document without one. They are found in the same order layout meets them.
    static func contentsEntries(_ blocks: [Block]) -> [(level: Int, content: [Inline])]? {
        var depth: Int?
        var entries: [(level: Int, content: [Inline])] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .tableOfContents(let contents): if depth == nil { depth = max(1, contents.depth) }
                case .text(let text):
                    if case .heading(let level) = text.role, let depth, level <= depth { entries.append((level, text.content)) }
                case .box(let box): walk(box.blocks)
                default: break
                }
            }
        }
        walk(blocks)
        return depth == nil ? nil : entries
    }

    private func layout(_ document: Document, contents: ContentsState) -> LayoutResult {
        let setup = document.page
        let context = LayoutContext(shaper: shaper, assets: assets, rendition: document.rendition, mode: setup.writingMode)
        context.contents = contents
        let area = setup.textArea
        let vertical = setup.writingMode == .vertical
        // 段組: each column is as long as the 版面's measure less the gaps, shared out.
        let columns = max(1, setup.columns)
        let gap = columns > 1 ? setup.columnGap.points : 0
        let measure = ((vertical ? area.height : area.width) - gap * Double(columns - 1)) / Double(columns)
        let depth = vertical ? area.width : area.height
        if measure <= 0 || depth <= 0 {
            context.diagnostics.append(.error(at: nil, "the margins leave no room for text on a \(Self.describe(setup)) page",
                                              hints: ["make the margins smaller"]))
            return LayoutResult(pages: [Page(size: setup.size)], diagnostics: context.diagnostics)
        }
        let grid = setup.gridPitch.map(\.points).flatMap { $0 > 0 ? $0 : nil }
        let blockGap = (grid ?? (document.bodyTextSize?.points ?? 10.5) * 1.75) / 2
        // The 版面 is bounded by character frames (JLREQ 2.4): on a grid, its first line's frame
        // touches the top (so a page holds `lines` lines when size + (lines − 1) × pitch fit).
        let gridSize = setup.gridCharacterSize?.points ?? document.bodyTextSize?.points
        let gridInset = grid.map { grid in gridSize.map { max(0, (grid - $0) / 2) } ?? 0 }
        let edges = Paginator.Edges.characterFrames(gridInset: gridInset)
        var layouter = BlockLayouter(context: context, grid: grid, capacity: depth, blockGap: blockGap)
        layouter.gridInset = gridInset ?? 0
        var queue = layouter.pieces(for: document.blocks, measure: measure, parent: nil)

        var pages: [Page] = []
        var position = 0
        repeat {
            if pages.count == Limits.pagesPerDocument {
                // Stop here: the pages so far already took their memory; the rest would only add more.
                context.diagnostics.append(Self.tooManyPages(at: queue[position...].lazy.compactMap(\.location).first))
                break
            }
            var page = Page(size: setup.size)
            let area = setup.textArea(ofPage: pages.count)
            for column in 0..<columns where column == 0 || position < queue.count {
                let (placed, _) = context.paginator.fill(&queue, position: &position, capacity: depth, fullCapacity: depth,
                                                         startsPage: true, edges: edges)
                let shift = Double(column) * (measure + gap)
                for entry in placed {
                    let (dx, dy) = vertical ? (area.maxX - entry.offset, area.minY + shift)
                        : (area.minX + shift, area.minY + entry.offset)
                    for item in entry.fragment.items {
                        var moved = item.translated(dx: dx, dy: dy)
                        if case .fieldWidget(var widget) = moved {
                            widget.pageIndex = pages.count
                            moved = .fieldWidget(widget)
                        }
                        page.items.append(moved)
                    }
                }
            }
            pages.append(page)
        } while position < queue.count

        if let master = document.pageMaster {
            PageMasterLayout(context: context, master: master, setup: setup).decorate(&pages)
        }
        var result = LayoutResult(pages: pages, diagnostics: context.diagnostics, structure: context.structure)
        result.headingIDs = context.contents.headingIDs
        result.headings = context.contents.allHeadings
        return result
    }

    /// The error for a document longer than `Limits.pagesPerDocument`, at the first block that
    /// did not fit.
    static func tooManyPages(at location: SourceLocation?) -> Diagnostic {
        .error(at: location, "the document is longer than \(Limits.pagesPerDocument) pages, the most Ayumi makes; this is where page \(Limits.pagesPerDocument + 1) would start",
               hints: ["split the document into several, or check the data for text repeated many times (through YAML aliases `*name`, or a long list)"])
    }

    static func describe(_ setup: PageSetup) -> String {
        let size = setup.size
        return "\(LayoutContext.decimal(Length(points: size.width).millimetres)) × \(LayoutContext.decimal(Length(points: size.height).millimetres)) mm"
    }
}

/// Wording for characters that no font has.
enum MissingCharacter {
    /// `U+E000 (a private-use character)` or `U+20BB7 「𠮷」`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + hex(scalar.value)
        if isPrivateUse(scalar) { return "\(code) (a private-use character)" }
        if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
            return "\(code) (an invisible control character)"
        }
        return "\(code) 「\(Character(scalar))」"
    }

    static func hints(for scalar: Unicode.Scalar, family: String) -> [String] {
        if isPrivateUse(scalar) {
            return ["private-use characters (外字) show differently on every computer; " +
                    "write the character with a standard one, or describe it in words"]
        }
        return ["no font of the family `\(family)` or its fallbacks has this character; " +
                "replace it, or add a font that has it to fonts/manifest.yaml"]
    }

    private static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .privateUse
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
