import AyumiModel

/// How a renderer tags the pages for a tagged PDF (ISO 32000-1 §14.8): when to begin and end
/// each structure element around the items it draws, and what links and destinations to make.
///
/// The renderer (AyumiRender, through cairo's `cairo_tag_begin`/`cairo_tag_end`) follows the
/// `pages` steps exactly, and AyumiPDF reads the structure tree cairo wrote back against
/// `nodes`: cairo creates one StructElem per begun tag, so a pre-order walk of its tree meets
/// the nodes in the order they were begun, which is the order of `nodes`. Both sides use this
/// one plan, so they cannot disagree about which StructElem is which layout element.
///
/// The plan obeys what cairo 1.16 can write (reference/pdf-forms.md §3):
/// - only **leaf** elements hold content (cairo marks content only inside a tag with no child
///   tags), so an element with both text of its own and child elements — a box's title, a QR
///   code with its caption — gets its own text in a `P` (boxes) or `Span` child;
/// - items that belong to no element (frames, running heads, page numbers, crop marks) are drawn
///   with no leaf open, so they are left out of the structure instead of being read as part of
///   a paragraph; the one exception is a frame or mark between two items of the same leaf on the
///   same page (a field's box between its label and its text), which is drawn inside that leaf
///   rather than cutting it in two;
/// - a leaf that continues on the next page is ended at the page's end when anything untagged
///   (a footer) comes between, and begun again as a second element of the same kind; elements
///   above the leaves (Document, Table, L, Div) stay open across pages;
/// - a link is a `Link` tag inside its table-of-contents entry, pointing at a **named**
///   destination set around the heading's first glyph run (forward `page=N` links are dead in
///   cairo 1.16).
///
/// Field widgets are not drawn: AyumiPDF links each widget to a `Form` element of its own, under
/// its field's element, after cairo has written the tree. A field element with nothing drawn
/// for it (ruled lines without a label) is begun and ended where its widget is, empty, so it
/// still has its place in the reading order.
public struct StructureTagging: Hashable, Sendable {
    /// One structure element as the renderer begins it (one StructElem in the PDF).
    public struct Node: Hashable, Sendable {
        /// The standard structure type cairo is given (`Document`, `H1`, `P`, `Link` …).
        public var type: String
        /// The layout element this node stands for; `nil` for the Document root. A synthetic
        /// child (a box's title) and a link name their element too.
        public var element: StructureElement.ID?
        /// The parent node's index in `nodes`; `nil` for the Document root.
        public var parent: Int?
        /// For a `Link` node: the named destination it points at.
        public var destination: String?
        /// For a `Link` node: what the link says (its entry's text), for the annotation's `/Contents`.
        public var text: String?

        public init(type: String, element: StructureElement.ID?, parent: Int?, destination: String? = nil,
                    text: String? = nil) {
            self.type = type
            self.element = element
            self.parent = parent
            self.destination = destination
            self.text = text
        }
    }

    /// One step of drawing a page.
    public enum Step: Hashable, Sendable {
        /// Begin the tag of `nodes[index]`.
        case begin(Int)
        /// End the innermost open tag.
        case end
        /// Draw the page's item at this index.
        case draw(Int)
        /// Draw the page's item at this index inside a named destination (a heading's first run).
        case drawDestination(Int, name: String)
    }

    /// Every node, in the order the renderer begins them; `nodes[0]` is the Document root.
    public var nodes: [Node]
    /// The steps for each page, in order; every page ends with the same tags open as it began
    /// with, except that the last page ends the Document.
    public var pages: [[Step]]

    public init(nodes: [Node], pages: [[Step]]) {
        self.nodes = nodes
        self.pages = pages
    }

    /// The named destination of a heading (`section-12`), what its table-of-contents entry links to.
    public static func destinationName(of heading: StructureElement.ID) -> String { "section-\(heading)" }

    /// The standard type a renderer gives a role. cairo 1.16 knows the types of ISO 32000-1
    /// (Tables 333–340), which has no `Title`: the document's title is its first `H1`.
    public static func standardType(of role: StructureRole) -> String {
        role == .title ? "H1" : role.standardType
    }
}

extension LayoutResult {
    /// Each table-of-contents entry (`TOCI`) and the heading it lists, in order.
    public var contentsLinks: [(entry: StructureElement.ID, heading: StructureElement.ID)] {
        let entries = structure.filter { $0.role == .tableOfContentsItem }.map(\.id)
        return Array(zip(entries, headingIDs))
    }

    /// The plan for drawing these pages as a tagged PDF (see `StructureTagging`).
    public var structureTagging: StructureTagging {
        StructureTaggingPlanner(self).plan()
    }
}

/// Works out a `StructureTagging` for a layout.
struct StructureTaggingPlanner {
    /// Where a drawn item sits in the tag tree: a layout element, the text of an element that
    /// also has child elements, or a link inside an entry of the table of contents.
    enum Key: Hashable {
        case element(StructureElement.ID)
        case ownContent(StructureElement.ID)
        case link(StructureElement.ID)
    }

    let result: LayoutResult
    let elements: [StructureElement.ID: StructureElement]
    /// For each TOC entry, the destination of its heading.
    let links: [StructureElement.ID: String]
    /// The headings a link points at, with their destination names.
    let destinations: [StructureElement.ID: String]
    /// Elements that have child elements with something drawn in them, or with a widget.
    let parents: Set<StructureElement.ID>
    /// Elements with something drawn for them directly.
    let drawnElements: Set<StructureElement.ID>

    init(_ result: LayoutResult) {
        self.result = result
        var elements: [StructureElement.ID: StructureElement] = [:]
        for element in result.structure { elements[element.id] = element }
        self.elements = elements
        var links: [StructureElement.ID: String] = [:]
        var destinations: [StructureElement.ID: String] = [:]
        for (entry, heading) in result.contentsLinks {
            let name = StructureTagging.destinationName(of: heading)
            links[entry] = name
            destinations[heading] = name
        }
        self.links = links
        self.destinations = destinations
        var parents: Set<StructureElement.ID> = []
        var drawnElements: Set<StructureElement.ID> = []
        for page in result.pages {
            // A widget's element is begun even when nothing is drawn for it, so the elements
            // above it (a table cell's `TD` and `TR`) have a child element too.
            for item in page.items {
                if Self.isDrawn(item), let id = item.structure { drawnElements.insert(id) }
                var id = item.structure.flatMap { elements[$0]?.parent }
                while let current = id, parents.insert(current).inserted {
                    id = elements[current]?.parent
                }
            }
        }
        self.parents = parents
        self.drawnElements = drawnElements
    }

    /// Whether an item takes part in the plan: everything drawn, and the widgets of field
    /// elements that have nothing drawn (begun and ended empty, where the widget is).
    func takesPart(_ item: PositionedItem) -> Bool {
        if Self.isDrawn(item) { return true }
        guard let id = item.structure else { return false }
        return !drawnElements.contains(id) && !parents.contains(id)
    }

    static func isDrawn(_ item: PositionedItem) -> Bool {
        if case .fieldWidget = item { false } else { true }
    }

    /// The keys from the Document down to where `item` is drawn; `nil` for an untagged item.
    func path(of item: PositionedItem) -> [Key]? {
        guard let id = item.structure, elements[id] != nil else { return nil }
        var keys: [Key] = []
        var current: StructureElement.ID? = id
        var seen: Set<StructureElement.ID> = []
        while let element = current, let value = elements[element], seen.insert(element).inserted {
            keys.append(.element(element))
            current = value.parent
        }
        keys.reverse()
        if parents.contains(id) { keys.append(.ownContent(id)) }
        if links[id] != nil { keys.append(.link(id)) }
        return keys
    }

    func plan() -> StructureTagging {
        var nodes = [StructureTagging.Node(type: "Document", element: nil, parent: nil)]
        var pages: [[StructureTagging.Step]] = []
        // The open keys below the Document, with their node indices.
        var open: [(key: Key, node: Int)] = []
        var destinationsSet: Set<StructureElement.ID> = []

        // Each page's items with their paths (drawn ones, and widgets of undrawn fields).
        let drawn: [[(index: Int, path: [Key]?)]] = result.pages.map { page in
            page.items.indices.filter { takesPart(page.items[$0]) }.map { ($0, path(of: page.items[$0])) }
        }
        let text = linkTexts()

        func close(to length: Int, into steps: inout [StructureTagging.Step]) {
            while open.count > length {
                open.removeLast()
                steps.append(.end)
            }
        }
        func commonLength(_ path: [Key]) -> Int {
            var length = 0
            while length < open.count, length < path.count, open[length].key == path[length] { length += 1 }
            return length
        }
        func isLeaf(_ key: Key) -> Bool {
            switch key {
            case .element(let id): !parents.contains(id) && links[id] == nil
            case .ownContent, .link: true
            }
        }
        /// How many open keys may stay open for the next tagged item, whose path is `next`: those
        /// its path shares, but a shared leaf only when `sameLeaf` (the next item on this page,
        /// with nothing untagged in between but frames of the same element).
        func keep(for next: [Key]?, sameLeaf: Bool) -> Int {
            guard let next else { return 0 }
            let length = commonLength(next)
            if length > 0, isLeaf(open[length - 1].key), !sameLeaf { return length - 1 }
            return length
        }

        for (pageIndex, items) in drawn.enumerated() {
            var steps: [StructureTagging.Step] = pageIndex == 0 ? [.begin(0)] : []
            for (position, entry) in items.enumerated() {
                if let path = entry.path {
                    close(to: commonLength(path), into: &steps)
                    for key in path[open.count...] {
                        let parent = open.last?.node ?? 0
                        nodes.append(node(for: key, parent: parent, text: text))
                        open.append((key, nodes.count - 1))
                        steps.append(.begin(nodes.count - 1))
                    }
                    if !Self.isDrawn(result.pages[pageIndex].items[entry.index]) {
                        // An empty field element: begun and ended here, nothing drawn.
                    } else if let id = entry.path.flatMap({ Self.element(of: $0.last) }), let name = destinations[id],
                       destinationsSet.insert(id).inserted {
                        steps.append(.drawDestination(entry.index, name: name))
                    } else {
                        steps.append(.draw(entry.index))
                    }
                } else {
                    // Untagged: drawn inside a leaf only between two of its items on this page.
                    let sameLeaf = items[(position + 1)...].first { $0.path != nil }?.path
                    let next = sameLeaf ?? firstPath(after: pageIndex, in: drawn)
                    close(to: keep(for: next, sameLeaf: sameLeaf != nil), into: &steps)
                    steps.append(.draw(entry.index))
                }
            }
            if pageIndex == drawn.count - 1 {
                close(to: 0, into: &steps)
                steps.append(.end)
            } else {
                // A leaf stays open into the next page only when that page begins with it.
                let nextFirst = drawn[pageIndex + 1].first
                let next = nextFirst?.path ?? firstPath(after: pageIndex, in: drawn)
                close(to: keep(for: next, sameLeaf: nextFirst?.path != nil), into: &steps)
            }
            pages.append(steps)
        }
        if drawn.isEmpty { pages = [] }
        return StructureTagging(nodes: nodes, pages: pages)
    }

    private static func element(of key: Key?) -> StructureElement.ID? {
        switch key {
        case .element(let id)?, .ownContent(let id)?: id
        case .link, nil: nil
        }
    }

    /// The path of the first tagged item on a page after `pageIndex`.
    private func firstPath(after pageIndex: Int, in drawn: [[(index: Int, path: [Key]?)]]) -> [Key]? {
        for items in drawn[(pageIndex + 1)...] {
            if let path = items.first(where: { $0.path != nil })?.path { return path }
        }
        return nil
    }

    private func node(for key: Key, parent: Int, text: [StructureElement.ID: String]) -> StructureTagging.Node {
        switch key {
        case .element(let id):
            return .init(type: StructureTagging.standardType(of: elements[id]!.role), element: id, parent: parent)
        case .ownContent(let id):
            return .init(type: elements[id]?.role == .division ? "P" : "Span", element: id, parent: parent)
        case .link(let id):
            return .init(type: "Link", element: id, parent: parent, destination: links[id], text: text[id])
        }
    }

    /// The text of each TOC entry that links somewhere (its title and page number).
    private func linkTexts() -> [StructureElement.ID: String] {
        var texts: [StructureElement.ID: String] = [:]
        for page in result.pages {
            for case .glyphRun(let run) in page.items {
                guard let id = run.structure, links[id] != nil else { continue }
                texts[id, default: ""] += texts[id] == nil ? run.text : " " + run.text
            }
        }
        return texts
    }
}
