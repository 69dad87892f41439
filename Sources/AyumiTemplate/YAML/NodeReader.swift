import AyumiModel
import Yams

/// Reads YAML nodes into values, reporting every mistake with its location.
///
/// Every accessor takes a `what` phrase ("the key `paper`") for messages, appends a diagnostic
/// when the node has the wrong shape, and returns `nil` so the caller can go on reading.
struct NodeReader {
    let file: YAMLFile
    private let mapper: ScalarSourceMapper

    init(file: YAMLFile) {
        self.file = file
        self.mapper = ScalarSourceMapper(text: file.text, path: file.path)
    }

    func location(_ node: Node) -> SourceLocation { file.location(of: node) }

    /// The pairs of a mapping, after checking that every key is one of `allowed`.
    func mapping(_ node: Node, _ what: String, allowed: [String]? = nil,
                 diagnostics: inout Diagnostics) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error(at: location(node), "\(what) must be a mapping of `key: value` lines",
                                      hints: ["found \(describe(node))"]))
            return nil
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.append(.error(at: location(keyNode), "a key in \(what) must be plain text"))
                continue
            }
            if let allowed, !allowed.contains(key) {
                diagnostics.append(unknownKey(key, at: location(keyNode), in: what, allowed: allowed))
                continue
            }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    func unknownKey(_ key: String, at location: SourceLocation, in what: String, allowed: [String]) -> Diagnostic {
        var hints: [String] = []
        if let suggestion = Suggestion.closest(to: key, among: allowed) {
            hints.append("did you mean `\(suggestion)`?")
        }
        hints.append("the keys allowed here are " + allowed.map { "`\($0)`" }.joined(separator: ", "))
        return .error(at: location, "unknown key `\(key)` in \(what)", hints: hints)
    }

    func sequence(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            diagnostics.append(.error(at: location(node), "\(what) must be a list of `- item` lines",
                                      hints: ["found \(describe(node))"]))
            return nil
        }
        return Array(sequence)
    }

    /// A scalar's text with the location of each of its characters.
    func text(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> SourceText? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error(at: location(node), "\(what) must be text", hints: ["found \(describe(node))"]))
            return nil
        }
        return SourceText(scalar.string, sourceMap: mapper.sourceMap(for: scalar.string, at: scalar.mark))
    }

    /// A scalar's text, when its position inside does not matter (names, choices).
    func string(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> String? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error(at: location(node), "\(what) must be a single value",
                                      hints: ["found \(describe(node))"]))
            return nil
        }
        return scalar.string
    }

    func bool(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> Bool? {
        guard let value = string(node, what, diagnostics: &diagnostics) else { return nil }
        switch value {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            diagnostics.append(.error(at: location(node), "\(what) must be `true` or `false`, not `\(value)`"))
            return nil
        }
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
