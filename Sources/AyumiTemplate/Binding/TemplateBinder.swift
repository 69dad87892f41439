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

    /// Binds `template` to `dataFiles`; for the filled rendition, `answersFile` holds the
    /// resident's answers by field name.
    public func bind(_ template: Template, dataFiles: [String], answersFile: String? = nil,
                     rendition: Rendition = .blank, diagnostics: inout Diagnostics) -> Document? {
        var found = Diagnostics()
        let data = BoundData(paths: dataFiles, fields: template.fields, diagnostics: &found)
        let binding = Binding(template: template, data: data)
        var page = pageSetup(binding, diagnostics: &found)
        let metadata = documentMetadata(binding, diagnostics: &found)
        var styles = StyleResolver(binding: binding, knownFamilies: knownFamilies)
        page.gridPitch = gridPitch(binding, styles: &styles, diagnostics: &found)
        let answers = answersFile.map { Answers(path: $0, diagnostics: &found) } ?? .none
        var reader = BlockReader(binding: binding, styles: styles, answers: answers)
        let blocks = reader.blocks(template.body, diagnostics: &found)
        if answersFile != nil { found.append(contentsOf: reader.answers.unknownKeys()) }
        let master = pageMaster(&reader, diagnostics: &found)
        // The same text may be used twice (a title in the metadata and in a title block): say each mistake once.
        var said = Set<Diagnostic>()
        diagnostics.append(contentsOf: found.all.filter { said.insert($0).inserted })
        guard !found.hasErrors else { return nil }
        return Document(metadata: metadata, page: page, blocks: blocks, rendition: rendition, pageMaster: master)
    }

    /// The template's `master:` (header, footer, page numbers), if it has one.
    private func pageMaster(_ reader: inout BlockReader, diagnostics: inout Diagnostics) -> PageMaster? {
        let entries = reader.binding.template.master
        guard !entries.isEmpty else { return nil }
        let options = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let location = reader.binding.template.reader.location(entries[0].value)
        guard let style = reader.style(options, fallbacks: ["footer", "paragraph"], at: location, diagnostics: &diagnostics)
        else { return nil }
        let numbering = options["numbering"].flatMap {
            reader.binding.choice($0, "`numbering`", as: PageMaster.Numbering.self, diagnostics: &diagnostics)
        } ?? .arabic
        return PageMaster(header: options["header"].flatMap { reader.inlines($0, "`header`", diagnostics: &diagnostics) },
                          footer: options["footer"].flatMap { reader.inlines($0, "`footer`", diagnostics: &diagnostics) },
                          numbering: numbering,
                          coverHasNoMarks: reader.flag(options["cover"], "`cover`", default: true, diagnostics: &diagnostics),
                          style: style)
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
}

extension String {
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }),
              let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
        return String(scalars[first...last])
    }
}
