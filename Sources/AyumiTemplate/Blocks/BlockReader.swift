import AyumiModel
import Yams

/// Turns the template's `body:` into blocks, with the data filled in.
///
/// Reading goes on after a mistake, so one run reports every problem. `repeat` makes its body
/// once per item of a data list, `when` keeps its body only when its value is set, and
/// `include` reads blocks from another file of the template folder.
struct BlockReader {
    var binding: Binding
    var styles: StyleResolver
    /// The resident's answers (the filled rendition), by field name.
    var answers: Answers
    var includeDepth = 0
    /// The files `include` has read and the blocks read so far in this build, shared by every
    /// copy of the reader (a `repeat` or an `include` reads with a copy).
    let counts = BuildCounts()
    /// The text of the last heading read so far: what a named table without a `label:` is
    /// called when a screen reader reads its cells (the table is usually under its heading).
    var nearestHeading: [Inline]?

    /// How deep `include` may nest before Ayumi suspects a loop.
    static let includeLimit = 16

    var reader: NodeReader { binding.reader }

    mutating func blocks(_ nodes: [Node], diagnostics: inout Diagnostics) -> [Block] {
        nodes.flatMap { block($0, diagnostics: &diagnostics) }
    }

    mutating func block(_ node: Node, diagnostics: inout Diagnostics) -> [Block] {
        counts.blocks += 1
        guard counts.blocks <= Limits.blocksPerDocument else {
            // Said once, at the block that passes the limit; the blocks after it are not read.
            if counts.blocks == Limits.blocksPerDocument + 1 {
                diagnostics.append(.error(at: reader.location(node), "the template makes more than \(Limits.blocksPerDocument) blocks for this document, the most Ayumi makes; this block passes the limit",
                                          hints: ["a `repeat` over a long list (or an `include` inside one) probably makes them; shorten the list, or split the document into several"]))
            }
            return []
        }
        guard let pairs = reader.mapping(node, "a body block", diagnostics: &diagnostics) else { return [] }
        // The first key says what the block is; the keys after it are its options.
        guard let (first, firstNode, content) = pairs.first, let kind = BlockKind(rawValue: first) else {
            let location = pairs.first.map { reader.location($0.keyNode) } ?? reader.location(node)
            var hints = ["start the block with what it is: one of " + BlockKind.names.map { "`\($0)`" }.joined(separator: ", ")]
            if let first = pairs.first?.key, let guess = Suggestion.closest(to: first, among: BlockKind.names) {
                hints.insert("did you mean `\(guess)`?", at: 0)
            }
            diagnostics.append(.error(at: location, pairs.isEmpty ? "this block is empty"
                : "a block starts with what it is, and `\(pairs[0].key)` is not a kind of block", hints: hints))
            return []
        }
        _ = firstNode
        var options: [String: Node] = [:]
        for (key, keyNode, value) in pairs.dropFirst() {
            guard kind.options.contains(key) else {
                diagnostics.append(reader.unknownKey(key, at: reader.location(keyNode), in: "a `\(kind.rawValue)` block",
                                                     allowed: kind.options))
                continue
            }
            options[key] = value
        }
        let at = reader.location(node)
        switch kind {
        case .title, .heading, .paragraph, .prose:
            return textBlocks(kind, content, options: options, at: at, diagnostics: &diagnostics)
        case .list: return list(content, options: options, at: at, diagnostics: &diagnostics)
        case .box: return box(content, options: options, at: at, diagnostics: &diagnostics)
        case .lines: return ruledLines(content, options: options, at: at, diagnostics: &diagnostics)
        case .field: return field(content, options: options, at: at, diagnostics: &diagnostics)
        case .choices: return choices(content, options: options, at: at, diagnostics: &diagnostics)
        case .table: return table(content, options: options, at: at, diagnostics: &diagnostics)
        case .image: return image(content, options: options, at: at, diagnostics: &diagnostics)
        case .qr: return qrCode(content, options: options, at: at, diagnostics: &diagnostics)
        case .spacer:
            guard case .absolute(let length)? = binding.length(content, "`spacer`", diagnostics: &diagnostics) else {
                return []
            }
            return [.spacer(length)]
        case .pageBreak: return [.pageBreak]
        case .contents:
            // `contents: 2`: a table of contents of the headings down to level 2, with page numbers.
            let depth = integer(content, "`contents`", default: 2, range: 1...3, diagnostics: &diagnostics)
            guard let style = style(options, fallbacks: ["contents", "paragraph"], at: at, diagnostics: &diagnostics)
            else { return [] }
            return [.tableOfContents(TableOfContentsBlock(depth: depth, style: style, location: at))]
        case .include: return include(content, diagnostics: &diagnostics)
        case .repeatBlock: return repeated(content, options: options, at: at, diagnostics: &diagnostics)
        case .when: return conditional(content, options: options, at: at, diagnostics: &diagnostics)
        }
    }

    // MARK: - Shared helpers

    /// Text with its inline markup parsed.
    func inlines(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> [Inline]? {
        guard let text = binding.text(node, what, diagnostics: &diagnostics) else { return nil }
        return InlineMarkupParser.parse(text, diagnostics: &diagnostics)
    }

    /// The style named by `option` (or `fallbacks`, the first the template defines).
    mutating func style(_ options: [String: Node], _ option: String = "style", fallbacks: [String], at location: SourceLocation,
                        diagnostics: inout Diagnostics) -> TextStyle? {
        if let node = options[option], let (name, place) = binding.string(node, "`\(option)`", diagnostics: &diagnostics) {
            return styles.style(name, at: place, diagnostics: &diagnostics)
        }
        let defined = binding.template.styles.map(\.name)
        guard let name = fallbacks.first(where: defined.contains) else {
            diagnostics.append(.error(at: location, "this block needs a style, and the template defines none of " +
                                      fallbacks.map { "`\($0)`" }.joined(separator: ", "),
                                      hints: ["add a `paragraph` style under `styles:`"]))
            return nil
        }
        return styles.style(name, at: location, diagnostics: &diagnostics)
    }

    func integer(_ node: Node?, _ what: String, default fallback: Int, range: ClosedRange<Int>,
                 diagnostics: inout Diagnostics) -> Int {
        guard let node, let (text, location) = binding.string(node, what, diagnostics: &diagnostics) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            diagnostics.append(.error(at: location, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(text)`"))
            return fallback
        }
        return value
    }

    func share(_ node: Node?, _ what: String, diagnostics: inout Diagnostics) -> Double {
        guard let node, let (text, location) = binding.string(node, what, diagnostics: &diagnostics) else { return 1 }
        guard let value = Double(text), value > 0, value <= 1 else {
            diagnostics.append(.error(at: location, "\(what) must be a share of the line from 0.1 to 1 (such as `0.5`), not `\(text)`"))
            return 1
        }
        return value
    }

    func flag(_ node: Node?, _ what: String, default fallback: Bool, diagnostics: inout Diagnostics) -> Bool {
        guard let node, let (text, location) = binding.string(node, what, diagnostics: &diagnostics) else { return fallback }
        switch text {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            diagnostics.append(.error(at: location, "\(what) must be `true` or `false`, not `\(text)`"))
            return fallback
        }
    }

    /// Field names become PDF field names and keys of the resident's file: ASCII letters,
    /// digits and `_`, starting with a letter.
    func fieldName(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> String? {
        guard let (name, location) = binding.string(node, what, diagnostics: &diagnostics) else { return nil }
        let valid = name.first.map { $0.isASCII && $0.isLetter } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard valid else {
            diagnostics.append(.error(at: location, "the field name `\(name)` must be ASCII letters, digits and `_`, starting with a letter",
                                      hints: ["field names become the PDF's field names; put the Japanese wording in `label:`"]))
            return nil
        }
        return name
    }
}
