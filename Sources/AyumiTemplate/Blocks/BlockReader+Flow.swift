import AyumiModel
import Yams

extension BlockReader {
    /// `include: sections/medical.yaml`: the blocks listed in another file of the template.
    mutating func include(_ content: Node, diagnostics: inout Diagnostics) -> [Block] {
        guard let (file, location) = binding.string(content, "`include`", diagnostics: &diagnostics),
              let path = templateFile(file, at: location, diagnostics: &diagnostics)
        else { return [] }
        guard includeDepth < Self.includeLimit else {
            diagnostics.append(.error(at: location, "`include` goes \(Self.includeLimit) files deep; the files probably include each other",
                                      hints: ["check that no included file includes one of the files that include it"]))
            return []
        }
        guard counts.includes < Limits.includesPerBuild else {
            // Said once, at the include that passes the limit, not at each one after it.
            if counts.includes == Limits.includesPerBuild {
                diagnostics.append(.error(at: location, "this `include` would read more than \(Limits.includesPerBuild) files in one build, the most Ayumi reads",
                                          hints: ["a file probably includes another (or itself) more than once, so the includes multiply; include each file once, or split the document into several templates"]))
            }
            counts.includes += 1
            return []
        }
        counts.includes += 1
        let shown = binding.template.directory.hasSuffix("/") ? binding.template.directory + file
            : binding.template.directory + "/" + file
        guard let included = YAMLFile.load(path, what: "the included file", diagnostics: &diagnostics) else { return [] }
        let fileForMessages = YAMLFile(path: shown, text: included.text, root: included.root)
        let includedReader = NodeReader(file: fileForMessages)
        guard let root = fileForMessages.root,
              let nodes = includedReader.sequence(root, "an included file", diagnostics: &diagnostics)
        else { return [] }
        var inner = self
        inner.binding = binding.reading(includedReader, interpolating: true)
        inner.includeDepth += 1
        let result = inner.blocks(nodes, diagnostics: &diagnostics)
        styles = inner.styles
        answers = inner.answers
        nearestHeading = inner.nearestHeading
        return result
    }

    /// `repeat: "{{ contacts }}"` with `as: contact` and `body:`: the body once per item.
    mutating func repeated(_ content: Node, options: [String: Node], at location: SourceLocation,
                           diagnostics: inout Diagnostics) -> [Block] {
        guard let asNode = options["as"], let (name, _) = binding.string(asNode, "`as`", diagnostics: &diagnostics),
              let bodyNode = options["body"], let body = reader.sequence(bodyNode, "`body`", diagnostics: &diagnostics)
        else {
            diagnostics.append(.error(at: location, "`repeat` needs `as:` (a name for each item) and `body:` (the blocks to repeat)"))
            return []
        }
        guard let list = binding.value(content, diagnostics: &diagnostics) else { return [] }
        guard let items = list.items("`repeat`", diagnostics: &diagnostics) else { return [] }
        var result: [Block] = []
        for item in items {
            var inner = self
            inner.binding = binding.with(name, as: item)
            result += inner.blocks(body, diagnostics: &diagnostics)
            styles = inner.styles
            answers = inner.answers
            nearestHeading = inner.nearestHeading
        }
        return result
    }

    /// `when: "{{ has_pets }}"` with `body:`: the body only when the value is set — not empty,
    /// not `false`/`no`/`0`, not an empty list — or, with `equals:`, when it is that word.
    /// `else:` holds the blocks to show otherwise.
    mutating func conditional(_ content: Node, options: [String: Node], at location: SourceLocation,
                              diagnostics: inout Diagnostics) -> [Block] {
        guard let bodyNode = options["body"], let body = reader.sequence(bodyNode, "`body`", diagnostics: &diagnostics) else {
            diagnostics.append(.error(at: location, "`when` needs `body:` (the blocks to show when the value is set)"))
            return []
        }
        let otherwise = options["else"].flatMap { reader.sequence($0, "`else`", diagnostics: &diagnostics) } ?? []
        let value = binding.value(content, diagnostics: &diagnostics)
        let holds: Bool
        if let expected = options["equals"].flatMap({ binding.string($0, "`equals`", diagnostics: &diagnostics)?.0 }) {
            holds = value.flatMap { $0.node.scalar?.string } == expected
        } else {
            switch value?.node {
            case .scalar(let scalar)?: holds = !["", "false", "no", "0", "null", "~"].contains(scalar.string)
            case .sequence(let sequence)?: holds = !sequence.isEmpty
            case .mapping(let mapping)?: holds = !mapping.isEmpty
            default: holds = false
            }
        }
        return blocks(holds ? body : otherwise, diagnostics: &diagnostics)
    }
}
