import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

/// The plan a renderer follows to tag the pages (what cairo 1.16 can write), checked without cairo.
@Suite("Structure tagging plan")
struct StructureTaggingTests {
    func layout(_ document: Document) -> LayoutResult {
        DocumentLayout(shaper: FakeShaper(), assets: FakeAssets()).layout(document)
    }

    /// Replays the plan: the open nodes around every drawn item, checking that tags nest.
    func replay(_ result: LayoutResult) -> (around: [[(item: Int, open: [Int])]], problems: [String]) {
        let plan = result.structureTagging
        var open: [Int] = []
        var problems: [String] = []
        var around: [[(Int, [Int])]] = []
        var begun: Set<Int> = []
        for (index, steps) in plan.pages.enumerated() {
            var page: [(Int, [Int])] = []
            for step in steps {
                switch step {
                case .begin(let node):
                    if !begun.insert(node).inserted { problems.append("node \(node) begun twice") }
                    if plan.nodes[node].parent != open.last { problems.append("node \(node) begun outside its parent") }
                    open.append(node)
                case .end:
                    if open.popLast() == nil { problems.append("page \(index + 1): end with nothing open") }
                case .draw(let item), .drawDestination(let item, _):
                    page.append((item, open))
                }
            }
            around.append(page)
        }
        if !open.isEmpty { problems.append("\(open.count) tags left open at the end") }
        if begun.count != plan.nodes.count { problems.append("\(plan.nodes.count - begun.count) nodes never begun") }
        return (around, problems)
    }

    /// Whether a node has children in the plan.
    func isParent(_ node: Int, in plan: StructureTagging) -> Bool { plan.nodes.contains { $0.parent == node } }

    @Test("every node is begun once inside its parent, tags nest and close, every drawn item is drawn once", arguments: [
        "booklet", "form", "contents", "vertical flyer",
    ])
    func nesting(name: String) {
        let document: Document = switch name {
        case "booklet": Samples.booklet()
        case "form": Samples.form(.fillable)
        case "contents": Samples.withContents()
        default: Samples.verticalFlyer()
        }
        let result = layout(document)
        let (around, problems) = replay(result)
        #expect(problems.isEmpty, "\(problems)")
        for (index, page) in result.pages.enumerated() {
            let drawn = page.items.indices.filter { if case .fieldWidget = page.items[$0] { false } else { true } }
            #expect(around[index].map(\.item).sorted() == drawn, "page \(index + 1)")
            #expect(around[index].allSatisfy { if case .fieldWidget = page.items[$0.item] { false } else { true } })
        }
    }

    @Test("tagged items are drawn in a leaf of their own element; untagged ones (footers, frames) outside any leaf, unless between two items of one leaf")
    func leaves() {
        let result = layout(Samples.booklet())
        let plan = result.structureTagging
        let (around, _) = replay(result)
        for (pageIndex, page) in result.pages.enumerated() {
            for (item, open) in around[pageIndex] {
                let innermost = open.last ?? 0
                if let id = page.items[item].structure {
                    #expect(plan.nodes[innermost].element == id, "item \(item) on page \(pageIndex + 1)")
                    #expect(!isParent(innermost, in: plan), "content only in leaves (cairo marks nothing else)")
                } else if isParent(innermost, in: plan) == false, innermost != 0 {
                    // Inside a leaf: only between two items of that leaf on this page.
                    let element = plan.nodes[innermost].element
                    let before = around[pageIndex].prefix { $0.item != item }.last { page.items[$0.item].structure != nil }
                    let after = around[pageIndex].drop { $0.item != item }.first { page.items[$0.item].structure != nil }
                    #expect(before.map { page.items[$0.item].structure } == element && after.map { page.items[$0.item].structure } == element,
                            "untagged item \(item) on page \(pageIndex + 1) inside a leaf")
                }
            }
        }
        // The page master's footer is appended last on each page: drawn with no leaf open.
        for (pageIndex, page) in around.enumerated() {
            guard let last = page.last, result.pages[pageIndex].items[last.item].structure == nil else { continue }
            #expect(last.open.allSatisfy { isParent($0, in: plan) || $0 == 0 })
        }
    }

    @Test("a box's own title goes in a P inside its Div; the title is the first H1; there is no Title type (cairo 1.16 has none)")
    func mixedContent() {
        let plan = layout(Samples.booklet()).structureTagging
        #expect(plan.nodes[0].type == "Document")
        let div = try! #require(plan.nodes.firstIndex { $0.type == "Div" })
        let children = plan.nodes.enumerated().filter { $0.element.parent == div }
        #expect(children.first?.element.type == "P", "the title 「ポイント」")
        #expect(children.first?.element.element == plan.nodes[div].element)
        #expect(plan.nodes[1].type == "H1")
        #expect(!plan.nodes.contains { $0.type == "Title" })
    }

    @Test("each table-of-contents entry holds a Link to its heading's named destination, set on the heading's first run")
    func links() {
        let result = layout(Samples.withContents())
        let plan = result.structureTagging
        let links = plan.nodes.filter { $0.type == "Link" }
        #expect(links.count == 12 && links.count == result.contentsLinks.count)
        for (link, pair) in zip(links, result.contentsLinks) {
            #expect(link.element == pair.entry)
            #expect(link.destination == StructureTagging.destinationName(of: pair.heading))
            #expect(plan.nodes[link.parent!].type == "TOCI")
            #expect(link.text?.hasPrefix("わたしのこと") == true || link.text?.isEmpty == false)
        }
        var destinations: [String] = []
        for (pageIndex, steps) in plan.pages.enumerated() {
            for case .drawDestination(let item, let name) in steps {
                destinations.append(name)
                let heading = result.contentsLinks.first { StructureTagging.destinationName(of: $0.heading) == name }?.heading
                #expect(result.pages[pageIndex].items[item].structure == heading)
            }
        }
        #expect(destinations == result.contentsLinks.map { StructureTagging.destinationName(of: $0.heading) })
    }

    @Test("ruled lines without a label (nothing drawn for their element) still get an empty Form element where their widget is")
    func emptyField() {
        let document = Document(metadata: DocumentMetadata(title: "メモ"), page: Samples.page(), blocks: [
            Samples.paragraph("自由に書いてください。"),
            .ruledLines(RuledLinesBlock(name: "memo", label: nil, labelStyle: Samples.field, count: 3, pitch: .mm(9),
                                        valueStyle: Samples.plain, location: Samples.at(2))),
            Samples.paragraph("おわり。"),
        ], rendition: .fillable)
        let result = layout(document)
        let plan = result.structureTagging
        #expect(plan.nodes.map(\.type) == ["Document", "P", "Form", "P"])
        let form = try! #require(result.structure.first { $0.role == .form })
        #expect(plan.nodes[2].element == form.id)
        #expect(replay(result).problems.isEmpty)
    }

    @Test("a paragraph running onto the next page is one element when the page has no footer, two when one comes between")
    func acrossPages() {
        var document = Samples.withContents()
        let withFooter = layout(document).structureTagging
        document.pageMaster = nil
        let without = layout(document).structureTagging
        let paragraphs = { (plan: StructureTagging) in Set(plan.nodes.filter { $0.type == "P" }.compactMap(\.element)).count }
        let nodes = { (plan: StructureTagging) in plan.nodes.filter { $0.type == "P" }.count }
        #expect(nodes(without) == paragraphs(without), "no footer: every paragraph is one element")
        #expect(nodes(withFooter) > paragraphs(withFooter), "a footer between: a paragraph cut by a page is two")
    }
}
