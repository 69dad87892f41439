import AyumiModel
import Yams

/// Binds a template to its data, giving a `Document` with every value resolved.
///
/// The steps: read and check the data against the template's declarations; resolve the page,
/// metadata and styles; turn each body block into text blocks, parsing their inline markup
/// (`InlineMarkupParser`). Every problem is collected; the document is returned only when
/// there is no error.
public struct TemplateBinder {
    /// The font families the manifest offers; a style naming another is an error.
    public var knownFamilies: [String]
    /// The PDF's creation date (ISO 8601), from `SOURCE_DATE_EPOCH` or the edition.
    public var creationDate: String?

    public init(knownFamilies: [String], creationDate: String? = nil) {
        self.knownFamilies = knownFamilies
        self.creationDate = creationDate
    }

    static let blockKinds = ["title", "heading", "paragraph", "prose"]
    static let blockKeys = blockKinds + ["style", "level"]

    public func bind(_ template: Template, dataFiles: [String], diagnostics: inout Diagnostics) -> Document? {
        var found = Diagnostics()
        let data = BoundData(paths: dataFiles, fields: template.fields, diagnostics: &found)
        let binding = Binding(template: template, data: data)
        var page = pageSetup(binding, diagnostics: &found)
        let metadata = documentMetadata(binding, diagnostics: &found)
        var styles = StyleResolver(binding: binding, knownFamilies: knownFamilies)
        page.gridPitch = gridPitch(binding, styles: &styles, diagnostics: &found)
        var blocks: [Block] = []
        for node in template.body {
            blocks.append(contentsOf: bodyBlocks(node, binding: binding, styles: &styles, diagnostics: &found))
        }
        // The same text may be used twice (a title in the metadata and in a title block): say each mistake once.
        var said = Set<Diagnostic>()
        diagnostics.append(contentsOf: found.all.filter { said.insert($0).inserted })
        guard !found.hasErrors else { return nil }
        return Document(metadata: metadata, page: page, blocks: blocks)
    }

    private func pageSetup(_ binding: Binding, diagnostics: inout Diagnostics) -> PageSetup {
        var setup = PageSetup(paper: .a4, writingMode: .horizontal, margins: Margins(all: .mm(20)))
        for (key, value) in binding.template.page {
            switch key {
            case "paper":
                setup.paper = binding.choice(value, "`paper`", as: PaperSize.self, diagnostics: &diagnostics) ?? setup.paper
            case "writing_mode":
                setup.writingMode = binding.choice(value, "`writing_mode`", as: WritingMode.self,
                                                   diagnostics: &diagnostics) ?? setup.writingMode
            case "grid":
                break
            default:
                if case .absolute(let length)? = binding.length(value, "`margins`", diagnostics: &diagnostics) {
                    setup.margins = Margins(all: length)
                }
            }
        }
        return setup
    }

    /// `grid: paragraph` puts body lines on the line pitch of the named style.
    private func gridPitch(_ binding: Binding, styles: inout StyleResolver, diagnostics: inout Diagnostics) -> Length? {
        guard let (_, node) = binding.template.page.first(where: { $0.key == "grid" }),
              let (name, location) = binding.string(node, "`grid`", diagnostics: &diagnostics)
        else { return nil }
        return styles.style(name, at: location, diagnostics: &diagnostics)?.linePitch
    }

    private func documentMetadata(_ binding: Binding, diagnostics: inout Diagnostics) -> DocumentMetadata {
        var metadata = DocumentMetadata(title: binding.template.name, creationDate: creationDate)
        for (key, value) in binding.template.metadata {
            guard let source = binding.text(value, "`\(key)`", diagnostics: &diagnostics) else { continue }
            // What a viewer shows: markup such as ruby reduced to its base text.
            let text = InlineMarkupParser.parse(source, diagnostics: &diagnostics).plainText
            switch key {
            case "title": metadata.title = text
            case "author": metadata.author = text
            case "subject": metadata.subject = text
            default: metadata.keywords = text.split(separator: ",").map { String($0).trimmedSpaces }
            }
        }
        return metadata
    }

    private func bodyBlocks(_ node: Node, binding: Binding, styles: inout StyleResolver,
                            diagnostics: inout Diagnostics) -> [Block] {
        let reader = binding.template.reader
        guard let pairs = reader.mapping(node, "a body block", allowed: Self.blockKeys, diagnostics: &diagnostics)
        else { return [] }
        let kinds = pairs.filter { Self.blockKinds.contains($0.key) }
        guard kinds.count == 1, let (kind, _, content) = kinds.first else {
            diagnostics.append(.error(at: reader.location(node), "a body block needs exactly one of " +
                                      Self.blockKinds.map { "`\($0)`" }.joined(separator: ", ")))
            return []
        }
        let styleOverride = pairs.first { $0.key == "style" }
            .flatMap { reader.string($0.value, "`style`", diagnostics: &diagnostics) }
        let level = pairs.first { $0.key == "level" }
            .flatMap { reader.string($0.value, "`level`", diagnostics: &diagnostics) }.flatMap { Int($0) } ?? 1
        guard let text = binding.text(content, "`\(kind)`", diagnostics: &diagnostics) else { return [] }
        let location = reader.location(node)
        func block(_ role: TextBlock.Role, _ text: SourceText, style: String) -> Block? {
            let content = InlineMarkupParser.parse(text, diagnostics: &diagnostics)
            guard let resolved = styles.style(styleOverride ?? style, at: location, diagnostics: &diagnostics)
            else { return nil }
            return .text(TextBlock(role: role, content: content, style: resolved))
        }
        switch kind {
        case "title": return [block(.title, text, style: "title")].compactMap { $0 }
        case "heading": return [block(.heading(level: level), text, style: "heading\(level)")].compactMap { $0 }
        case "paragraph": return [block(.paragraph, text, style: "paragraph")].compactMap { $0 }
        default:
            return ProseParser.parse(text).compactMap { piece in
                switch piece {
                case .heading(let level, let heading): block(.heading(level: level), heading, style: "heading\(level)")
                case .paragraph(let paragraph): block(.paragraph, paragraph, style: "paragraph")
                }
            }
        }
    }
}

extension String {
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }),
              let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
        return String(scalars[first...last])
    }
}
