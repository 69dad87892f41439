extension PDFReader {
    /// The pages in order, with their dictionaries: the leaves of the page tree (ISO 32000-1
    /// §7.7.3), found from the catalog's `/Pages` through each node's `/Kids`.
    public func pages() throws(PDFError) -> [(reference: PDFReference, dictionary: PDFDictionary)] {
        guard case .reference(let root)? = try catalog()["Pages"] else {
            throw .unexpectedObject("the catalog's /Pages", expected: "a reference to the page tree", found: "missing")
        }
        var pages: [(PDFReference, PDFDictionary)] = []
        var visited: Set<PDFReference> = []
        func visit(_ reference: PDFReference) throws(PDFError) {
            guard visited.insert(reference).inserted else {
                throw .unexpectedObject("the page tree", expected: "a tree", found: "a loop through object \(reference.objectNumber)")
            }
            guard case .dictionary(let node) = try object(at: reference) else {
                throw .unexpectedObject("page tree node \(reference.objectNumber)", expected: "a dictionary", found: "something else")
            }
            if node.type == "Pages" || (node.type == nil && node["Kids"] != nil) {
                guard case .array(let kids)? = try node["Kids"].map({ object throws(PDFError) in try resolve(object) }) else { return }
                for kid in kids {
                    if case .reference(let child) = kid { try visit(child) }
                }
            } else {
                pages.append((reference, node))
            }
        }
        try visit(root)
        return pages
    }
}
