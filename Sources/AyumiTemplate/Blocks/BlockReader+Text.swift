import AyumiModel
import Yams

extension BlockReader {
    /// `title`, `heading`, `paragraph` and `prose` (paragraphs and `#` headings from one text).
    mutating func textBlocks(_ kind: BlockKind, _ content: Node, options: [String: Node], at location: SourceLocation,
                             diagnostics: inout Diagnostics) -> [Block] {
        let level = integer(options["level"], "`level`", default: 1, range: 1...3, diagnostics: &diagnostics)
        guard let text = binding.text(content, "`\(kind.rawValue)`", diagnostics: &diagnostics) else { return [] }
        var headings: [[Inline]] = []
        func block(_ role: TextBlock.Role, _ text: SourceText, style name: String, _ diagnostics: inout Diagnostics) -> Block? {
            let content = InlineMarkupParser.parse(text, diagnostics: &diagnostics)
            if role != .paragraph { headings.append(content) }
            guard let resolved = style(options, fallbacks: [name, "paragraph"], at: location, diagnostics: &diagnostics)
            else { return nil }
            return .text(TextBlock(role: role, content: content, style: resolved))
        }
        let blocks: [Block] = switch kind {
        case .title: [block(.title, text, style: "title", &diagnostics)].compactMap { $0 }
        case .heading: [block(.heading(level: level), text, style: "heading\(level)", &diagnostics)].compactMap { $0 }
        case .paragraph: [block(.paragraph, text, style: "paragraph", &diagnostics)].compactMap { $0 }
        default:
            ProseParser.parse(text).compactMap { piece in
                switch piece {
                case .heading(let level, let heading):
                    block(.heading(level: level), heading, style: "heading\(level)", &diagnostics)
                case .paragraph(let paragraph): block(.paragraph, paragraph, style: "paragraph", &diagnostics)
                }
            }
        }
        if let last = headings.last { nearestHeading = last }
        return blocks
    }

    /// `list: [項目, 項目]`, or `list: "{{ items }}"` for a list from the data.
    mutating func list(_ content: Node, options: [String: Node], at location: SourceLocation,
                       diagnostics: inout Diagnostics) -> [Block] {
        let marker = options["marker"].flatMap {
            binding.choice($0, "`marker`", as: ListBlock.Marker.self, diagnostics: &diagnostics)
        } ?? .bullet
        guard let style = style(options, fallbacks: ["list", "paragraph"], at: location, diagnostics: &diagnostics),
              let value = binding.value(content, diagnostics: &diagnostics)
        else { return [] }
        guard let values = value.items("`list`", diagnostics: &diagnostics) else { return [] }
        let items = values.compactMap { binding.inlines(of: $0, "a list item", diagnostics: &diagnostics) }
        return items.isEmpty ? [] : [.list(ListBlock(marker: marker, items: items, style: style))]
    }
}
