import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation

/// The repository's documents: every template in templates/, its examples (examples/NAME/*.yaml,
/// the data a build takes) and residents' answers (examples/NAME/residents/*.yaml, for the
/// filled rendition).
enum Documents {
    static let families = ["mincho", "gothic"]

    /// The names of the templates (folders of templates/ holding a template.yaml).
    static let templates: [String] = files(in: "templates").filter {
        FileManager.default.fileExists(atPath: Repository.path("templates/\($0)/template.yaml"))
    }

    /// Every (template, example data file) pair, as `name/file.yaml` relative to examples/.
    static let examples: [String] = templates.flatMap { name in
        files(in: "examples/\(name)").filter { $0.hasSuffix(".yaml") }.map { "\(name)/\($0)" }
    }

    /// Every (template, resident's answers) pair, as `name/residents/file.yaml`.
    static let residents: [String] = templates.flatMap { name in
        files(in: "examples/\(name)/residents").filter { $0.hasSuffix(".yaml") }.map { "\(name)/residents/\($0)" }
    }

    private static func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Repository.path(folder))) ?? []).sorted()
    }

    static func template(_ name: String) -> (Template?, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let template = Template.load(directory: "templates/\(name)".relativeToRoot, diagnostics: &diagnostics)
        return (template, diagnostics.all)
    }

    /// Binds templates/NAME to `data` (paths relative to the repository), with `answers` for the
    /// filled rendition.
    static func bind(_ name: String, data: [String], answers: String? = nil) -> (Document?, [Diagnostic]) {
        var (template, said) = template(name)
        guard let template else { return (nil, said) }
        var diagnostics = Diagnostics()
        let document = TemplateBinder(knownFamilies: families).bind(
            template, dataFiles: data.map(\.relativeToRoot), answersFile: answers?.relativeToRoot,
            rendition: answers == nil ? .blank : .filled, diagnostics: &diagnostics)
        said += diagnostics.all
        return (document, said)
    }

    /// The first example of a template: the data its residents' answers are bound with.
    static func firstExample(of name: String) -> String? {
        examples.first { $0.hasPrefix(name + "/") }.map { "examples/" + $0 }
    }
}

extension String {
    /// The path from the repository's root (an absolute path stays as it is).
    var relativeToRoot: String { hasPrefix("/") ? self : Repository.path(self) }
}

/// What a bound document holds, looked at through every box.
struct DocumentContents {
    var blocks: [Block] = []

    init(_ document: Document) {
        func walk(_ blocks: [Block]) {
            for block in blocks {
                self.blocks.append(block)
                if case .box(let box) = block { walk(box.blocks) }
            }
        }
        walk(document.blocks)
    }

    /// Names of every place a resident writes: fields, choices, named ruled lines and named tables.
    var fieldNames: [String] {
        blocks.compactMap { block in
            switch block {
            case .field(let field): field.name
            case .ruledLines(let lines): lines.name
            case .table(let table): table.name
            default: nil
            }
        }
    }

    var fields: [FieldBlock] { blocks.compactMap { if case .field(let field) = $0 { field } else { nil } } }
    var tables: [TableBlock] { blocks.compactMap { if case .table(let table) = $0 { table } else { nil } } }
    var ruledLines: [RuledLinesBlock] { blocks.compactMap { if case .ruledLines(let lines) = $0 { lines } else { nil } } }

    var headings: [String] {
        blocks.compactMap {
            if case .text(let text) = $0, case .heading = text.role { text.content.plainText } else { nil }
        }
    }

    var pageBreaks: Int { blocks.filter { $0 == .pageBreak }.count }

    /// Every text style in use, with what uses it.
    var styles: [(String, TextStyle)] {
        blocks.flatMap { block -> [(String, TextStyle)] in
            switch block {
            case .text(let text): [("text “\(text.content.plainText.prefix(12))”", text.style)]
            case .list(let list): [("list", list.style)]
            case .box(let box): box.titleStyle.map { [("box title", $0)] } ?? []
            case .ruledLines(let lines): [("lines \(lines.name ?? "")", lines.labelStyle), ("lines value", lines.valueStyle)]
            case .field(let field): [("field \(field.name)", field.style)]
            case .table(let table): [("table", table.style), ("table heading", table.headingStyle)]
            case .qrCode(let code): [("QR caption", code.captionStyle)]
            default: []  // images, spacers, page breaks (and blocks added later) carry no text style
            }
        }
    }

    /// The resident's values that reached the document, by field name.
    var filledValues: [String: String] {
        var values: [String: String] = [:]
        for field in fields {
            switch field.value {
            case .text(let text)?: values[field.name] = text
            case .date(let label, let year, let month, let day)?: values[field.name] = "\(label)\(year)年\(month)月\(day)日"
            case .choices(let chosen, let other)?: values[field.name] = (chosen + (other.map { ["その他（\($0)）"] } ?? [])).joined(separator: "、")
            case nil: break
            }
        }
        for lines in ruledLines { if let name = lines.name, let value = lines.value { values[name] = value.plainText } }
        for table in tables where table.name != nil && !table.rows.isEmpty {
            values[table.name!] = table.rows.map { $0.map(\.plainText).joined(separator: "｜") }.joined(separator: "\n")
        }
        return values
    }
}
