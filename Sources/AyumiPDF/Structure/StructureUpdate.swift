import AyumiLayout

/// Adds to the structure tree cairo wrote what cairo 1.16 cannot (reference/pdf-forms.md §3):
/// `/Alt` on figures, `/Contents` on links, a `Form` element per field widget linked both ways
/// (ISO 32000-1 §14.7.4.3: an object reference `OBJR` in the element, `/StructParent` on the
/// widget and a ParentTree entry), and `/ParentTreeNextKey`.
///
/// Cairo's elements are matched to the layout's through the tagging plan both sides share
/// (`StructureTagging`): cairo makes one StructElem per tag begun, so a pre-order walk of its
/// tree meets them in the plan's order. The walk checks every element's `/S` against the plan
/// and stops with `structureMismatch` at the first difference, rather than label the wrong text.
///
/// Each widget's `Form` element goes under its field's element (the label and printed parts)
/// on the widget's page, in reading order, so `/Tabs /S` (structure order) visits the fields as
/// a reader reads them.
struct StructureUpdate {
    let reader: PDFReader
    let tagging: StructureTagging
    let elements: [StructureElement.ID: StructureElement]
    /// Cairo's StructElems in the plan's order.
    let nodes: [(reference: PDFReference, dictionary: PDFDictionary)]
    let rootReference: PDFReference
    var root: PDFDictionary

    /// Reads cairo's tree and matches it with the plan; `nil` when the PDF has no structure tree.
    init?(reader: PDFReader, tagging: StructureTagging, structure: [StructureElement]) throws(PDFError) {
        guard case .reference(let rootReference)? = try reader.catalog()["StructTreeRoot"] else { return nil }
        self.reader = reader
        self.tagging = tagging
        self.rootReference = rootReference
        var elements: [StructureElement.ID: StructureElement] = [:]
        for element in structure { elements[element.id] = element }
        self.elements = elements
        guard case .dictionary(let root) = try reader.object(at: rootReference) else {
            throw .unexpectedObject("the StructTreeRoot", expected: "a dictionary", found: "something else")
        }
        self.root = root

        var found: [(PDFReference, PDFDictionary)] = []
        func walk(_ kids: PDFObject?) throws(PDFError) {
            let list: [PDFObject] = switch kids {
            case .array(let array)?: array
            case let single?: [single]
            case nil: []
            }
            for kid in list {
                guard case .reference(let reference) = kid,
                      case .dictionary(let dictionary) = try reader.object(at: reference),
                      dictionary.type == "StructElem" || dictionary["S"] != nil
                else { continue }
                found.append((reference, dictionary))
                try walk(dictionary["K"])
            }
        }
        try walk(root["K"])
        guard found.count == tagging.nodes.count else {
            throw .structureMismatch("cairo wrote \(found.count) structure elements, the plan has \(tagging.nodes.count)")
        }
        for (index, (_, dictionary)) in found.enumerated() where dictionary["S"]?.name?.text != tagging.nodes[index].type {
            throw .structureMismatch("element \(index) is /\(dictionary["S"]?.name?.text ?? "?"), the plan says /\(tagging.nodes[index].type)")
        }
        nodes = found
    }

    /// Alt texts and link descriptions: new versions of the figures' elements and the link annotations.
    func describeFiguresAndLinks(in update: inout PDFIncrementalUpdate) throws(PDFError) {
        for (index, node) in tagging.nodes.enumerated() {
            guard let id = node.element else { continue }
            if node.type == "Figure", let alternative = elements[id]?.alternativeText, !alternative.isEmpty {
                var dictionary = currentDictionary(index, in: update)
                dictionary["Alt"] = .string(PDFString(text: alternative))
                update.replace(nodes[index].reference, with: .dictionary(dictionary))
            }
            if node.type == "Link", let text = node.text {
                for annotation in objectReferences(in: nodes[index].dictionary["K"]) {
                    guard case .dictionary(var dictionary) = try reader.object(at: annotation) else { continue }
                    dictionary["Contents"] = .string(PDFString(text: text))
                    update.replace(annotation, with: .dictionary(dictionary))
                }
            }
        }
    }

    /// A `Form` element for each widget (`widgets[i]` on page `pages[i]`), under its field's
    /// element; returns each widget's `/StructParent` key.
    mutating func linkWidgets(_ widgets: [(widget: FieldWidget, reference: PDFReference, page: PDFReference)],
                              in update: inout PDFIncrementalUpdate) throws(PDFError) -> [Int] {
        guard !widgets.isEmpty else { return [] }
        let parentTreeReference = root["ParentTree"]?.reference
        var parentTree: PDFDictionary
        if let parentTreeReference, case .dictionary(let dictionary) = try reader.object(at: parentTreeReference) {
            parentTree = dictionary
        } else if case .dictionary(let dictionary)? = root["ParentTree"] {
            parentTree = dictionary
        } else {
            parentTree = ["Nums": []]
        }
        guard parentTree["Kids"] == nil, case .array(var numbers)? = parentTree["Nums"] else {
            throw .structureMismatch("the ParentTree is not a single /Nums array, as cairo writes it")
        }
        var nextKey = root["ParentTreeNextKey"]?.integer ?? 0
        for (offset, entry) in numbers.enumerated() where offset % 2 == 0 {
            if let key = entry.integer { nextKey = max(nextKey, key + 1) }
        }

        // Where each element's node is: the element's own node (not its own-content child),
        // preferring the one on the widget's page when the element was cut across pages.
        var nodesOfElement: [StructureElement.ID: [Int]] = [:]
        for (index, node) in tagging.nodes.enumerated() {
            guard let id = node.element, let element = elements[id],
                  node.type == StructureTagging.standardType(of: element.role) else { continue }
            nodesOfElement[id, default: []].append(index)
        }
        var added: [Int: [PDFReference]] = [:]  // node index → new Form elements, in order
        var keys: [Int] = []
        for (widget, reference, page) in widgets {
            let candidates = widget.structure.flatMap { nodesOfElement[$0] } ?? []
            let parent = candidates.first { onPage(nodes[$0].dictionary, page) } ?? candidates.first ?? 0
            let element = update.add([
                "Type": .name("StructElem"), "S": .name("Form"), "P": .reference(nodes[parent].reference),
                "Pg": .reference(page),
                "K": ["Type": .name("OBJR"), "Obj": .reference(reference), "Pg": .reference(page)],
            ])
            added[parent, default: []].append(element)
            numbers += [.integer(nextKey), .reference(element)]
            keys.append(nextKey)
            nextKey += 1
        }
        for (index, elements) in added.sorted(by: { $0.key < $1.key }) {
            var dictionary = currentDictionary(index, in: update)
            var kids: [PDFObject] = switch dictionary["K"] {
            case .array(let array)?: array
            case let single?: [single]
            case nil: []
            }
            kids += elements.map(PDFObject.reference)
            dictionary["K"] = .array(kids)
            update.replace(nodes[index].reference, with: .dictionary(dictionary))
        }
        parentTree["Nums"] = .array(numbers)
        if let parentTreeReference {
            update.replace(parentTreeReference, with: .dictionary(parentTree))
        } else {
            root["ParentTree"] = .reference(update.add(.dictionary(parentTree)))
        }
        root["ParentTreeNextKey"] = .integer(nextKey)
        update.replace(rootReference, with: .dictionary(root))
        return keys
    }

    /// Whether an element's content is on `page` (its `/Pg`, or a marked-content reference's).
    private func onPage(_ dictionary: PDFDictionary, _ page: PDFReference) -> Bool {
        if dictionary["Pg"]?.reference == page { return true }
        if case .array(let kids)? = dictionary["K"] {
            return kids.contains { $0.dictionary?["Pg"]?.reference == page }
        }
        return false
    }

    /// The newest version of node `index`'s dictionary: as this update has it, or as cairo wrote it.
    private func currentDictionary(_ index: Int, in update: PDFIncrementalUpdate) -> PDFDictionary {
        update.objects[nodes[index].reference]?.dictionary ?? nodes[index].dictionary
    }

    /// The objects an element's `/K` refers to through `OBJR` dictionaries.
    private func objectReferences(in kids: PDFObject?) -> [PDFReference] {
        let list: [PDFObject] = switch kids {
        case .array(let array)?: array
        case let single?: [single]
        case nil: []
        }
        return list.compactMap { kid in
            guard let dictionary = kid.dictionary, dictionary.type == "OBJR" else { return nil }
            return dictionary["Obj"]?.reference
        }
    }
}
