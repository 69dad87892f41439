import AyumiModel
import Foundation
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

    /// For a data file written on the fly (a batch person's, in a private temporary folder), the
    /// folder the file names in it are relative to (the people table's), instead of its own.
    public var namesRelativeTo: [String: String] = [:]

    public init(knownFamilies: [String], creationDate: String? = nil) {
        self.knownFamilies = knownFamilies
        self.creationDate = creationDate
    }

    /// Binds `template` to `dataFiles`; for the filled rendition, `answersFile` holds the
    /// resident's answers by field name.
    public func bind(_ template: Template, dataFiles: [String], answersFile: String? = nil,
                     rendition: Rendition = .blank, diagnostics: inout Diagnostics) -> Document? {
        var found = Diagnostics()
        let data = BoundData(paths: dataFiles, fields: template.fields,
                             readable: { readableData(for: $0, among: dataFiles, template: template) },
                             folder: dataFolder, diagnostics: &found)
        let binding = Binding(template: template, data: data)
        var page = pageSetup(binding, diagnostics: &found)
        let metadata = documentMetadata(binding, diagnostics: &found)
        var styles = StyleResolver(binding: binding, knownFamilies: knownFamilies)
        let grid = gridStyle(binding, styles: &styles, diagnostics: &found)
        page.gridPitch = grid?.linePitch
        page.gridCharacterSize = grid?.size
        if let grid { applyTextArea(binding, grid: grid, to: &page, diagnostics: &found) }
        if let (_, node) = template.page.first(where: { $0.key == "column_gap" }),
           let gap = binding.length(node, "`column_gap`", diagnostics: &found) {
            page.columnGap = gap.resolved(fontSize: grid?.size ?? .pt(12))
        }
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

    /// The folder a data file's names are relative to: its own, unless `namesRelativeTo` says.
    func dataFolder(_ dataFile: String) -> String {
        namesRelativeTo[dataFile] ?? (dataFile as NSString).deletingLastPathComponent
    }

    /// The files a data file may name (CSV tables): those in the template's folder and the data
    /// files' folders; for a data file the user named, also its project folder (`ProjectRoot`),
    /// so examples may share one list; for a people table's row, also the table's folder, but
    /// not its project: a cell names files beside the table.
    func readableData(for dataFile: String, among dataFiles: [String], template: Template) -> ReadableFiles {
        let folders = [template.directory] + dataFiles.map(dataFolder)
        guard namesRelativeTo[dataFile] == nil else {
            return ReadableFiles(folders: folders, description: "the folders of the template, the data files and the table of people")
        }
        let project = ProjectRoot.of(dataFolder(dataFile).isEmpty ? "." : dataFolder(dataFile))
        return ReadableFiles(folders: folders + [project].compactMap { $0 },
                             description: project == nil ? "the folders of the template and the data files"
                                 : "the folders of the template and the data files, and the project folder `\(project!)`")
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
            case "grid", "text_area":
                break
            case "custom_size":
                // `custom_size: {width: 100mm, height: 210mm}` (a DL leaflet, a ticket …) instead of a paper name.
                guard let pairs = binding.reader.mapping(value, "`custom_size`", allowed: ["width", "height"],
                                                         diagnostics: &diagnostics) else { break }
                let sides = ["width", "height"].map { key -> Double? in
                    guard let node = pairs.first(where: { $0.key == key })?.value else {
                        diagnostics.append(.error(at: binding.reader.location(value), "`custom_size` needs a `\(key)`"))
                        return nil
                    }
                    return Self.paperSide(node, key, binding: binding, diagnostics: &diagnostics)
                }
                if let width = sides[0], let height = sides[1] { setup.customSize = Size(width: width, height: height) }
            case "orientation":
                setup.orientation = binding.choice(value, "`orientation`", as: Orientation.self,
                                                   diagnostics: &diagnostics) ?? setup.orientation
            case "facing_pages":
                if let (text, location) = binding.string(value, "`facing_pages`", diagnostics: &diagnostics) {
                    switch text {
                    case "true", "yes": setup.facingPages = true
                    case "false", "no": setup.facingPages = false
                    default: diagnostics.append(.error(at: location, "`facing_pages` must be `true` or `false`, not `\(text)`"))
                    }
                }
            case "columns":
                if let (text, location) = binding.string(value, "`columns`", diagnostics: &diagnostics) {
                    if let count = Int(text), (1...4).contains(count) { setup.columns = count } else {
                        diagnostics.append(.error(at: location, "`columns` must be a whole number from 1 to 4, not `\(text)`"))
                    }
                }
            case "column_gap":
                break  // may be in zw of the grid style: read once styles are known
            default:
                if case .absolute(let length)? = binding.length(value, "`margins`", diagnostics: &diagnostics) {
                    setup.margins = Margins(all: length)
                }
            }
        }
        return setup
    }

    /// The largest side of a `custom_size`: a metre, more than any printer's roll or sheet
    /// Ayumi is used for (A0 is 1189 mm, but no document of the city is printed that large).
    static let largestPaperSide = Length.mm(1000)

    /// One side of `custom_size`, in points; an error (never a silent A4) when it is not an
    /// absolute length, or not more than 0 and at most `largestPaperSide`.
    private static func paperSide(_ node: Node, _ key: String, binding: Binding, diagnostics: inout Diagnostics) -> Double? {
        let what = "`\(key)` of `custom_size`"
        guard let (text, location) = binding.string(node, what, diagnostics: &diagnostics),
              let spec = binding.length(node, what, diagnostics: &diagnostics) else { return nil }
        guard case .absolute(let length) = spec else {
            diagnostics.append(.error(at: location, "\(what) must be a length in pt, mm, cm or Q, not `\(text)`",
                                      hints: ["a paper size cannot depend on a font size; write it like `100mm`"]))
            return nil
        }
        guard length > .zero else {
            diagnostics.append(.error(at: location, "\(what) is \(text), but a side of the paper must be longer than 0mm"))
            return nil
        }
        guard length <= largestPaperSide else {
            diagnostics.append(.error(at: location, "\(what) is \(text), larger than the largest allowed, 1000mm"))
            return nil
        }
        return length.points
    }

    /// `grid: paragraph` puts body lines on the line pitch of the named style.
    private func gridStyle(_ binding: Binding, styles: inout StyleResolver, diagnostics: inout Diagnostics) -> TextStyle? {
        guard let (_, node) = binding.template.page.first(where: { $0.key == "grid" }),
              let (name, location) = binding.string(node, "`grid`", diagnostics: &diagnostics)
        else { return nil }
        return styles.style(name, at: location, diagnostics: &diagnostics)
    }

    /// `text_area: {characters: 38, lines: 34}` sets the 版面 the Japanese way: a line of so
    /// many characters of the grid style, so many lines at its pitch, centred on the page
    /// (JLREQ 2.4.1: the measure is a whole number of characters; the depth is one character
    /// plus the pitch for every further line). It replaces `margins`.
    private func applyTextArea(_ binding: Binding, grid: TextStyle, to page: inout PageSetup,
                               diagnostics: inout Diagnostics) {
        guard let (_, node) = binding.template.page.first(where: { $0.key == "text_area" }) else { return }
        let reader = binding.reader
        guard let pairs = reader.mapping(node, "`text_area`", allowed: ["characters", "lines"], diagnostics: &diagnostics)
        else { return }
        func count(_ key: String) -> Int? {
            guard let value = pairs.first(where: { $0.key == key })?.value,
                  let (text, location) = binding.string(value, "`\(key)`", diagnostics: &diagnostics) else {
                diagnostics.append(.error(at: reader.location(node), "`text_area` needs `characters` and `lines`"))
                return nil
            }
            guard let number = Int(text), number > 0 else {
                diagnostics.append(.error(at: location, "`\(key)` must be a whole number, not `\(text)`"))
                return nil
            }
            return number
        }
        guard let characters = count("characters"), let lines = count("lines") else { return }
        let measure = grid.size.points * Double(characters)
        let depth = grid.size.points + grid.linePitch.points * Double(lines - 1)
        let vertical = page.writingMode == .vertical
        let (width, height) = vertical ? (depth, measure) : (measure, depth)
        let size = page.size
        guard width <= size.width, height <= size.height else {
            diagnostics.append(.error(at: reader.location(node),
                                      "a text area of \(characters) characters by \(lines) lines does not fit on the page",
                                      hints: ["use fewer characters or lines, or a smaller grid style"]))
            return
        }
        let side = Length.pt((size.width - width) / 2), topBottom = Length.pt((size.height - height) / 2)
        page.margins = Margins(top: topBottom, right: side, bottom: topBottom, left: side)
    }

    private func documentMetadata(_ binding: Binding, diagnostics: inout Diagnostics) -> DocumentMetadata {
        var metadata = DocumentMetadata(title: binding.template.name, creationDate: creationDate,
                                        template: binding.template.declaredName)
        for (key, value) in binding.template.metadata {
            guard let source = binding.text(value, "`\(key)`", diagnostics: &diagnostics) else { continue }
            // What a viewer shows: markup such as ruby reduced to its base text.
            let text = InlineMarkupParser.parse(source, diagnostics: &diagnostics).plainText
            switch key {
            case "title": metadata.title = text
            case "author": metadata.author = text
            case "subject": metadata.subject = text
            case "date":
                // The edition's date dates the PDF; SOURCE_DATE_EPOCH, when the build sets it, wins.
                switch CivilDate.parse(text.trimmedSpaces) {
                case .success(let date): if creationDate == nil { metadata.creationDate = date.description }
                case .failure:
                    diagnostics.append(.error(at: source.location(ofScalarAt: 0), "the metadata `date` is not a date",
                                              hints: ["write it as YYYY-MM-DD, or name a date of the data: \"{{ edition.published }}\""]))
                }
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
