import Foundation
import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Testing

@Suite("Binding the article template")
struct ArticleBindingTests {
    @Test("the example binds into a title, headings and indented paragraphs")
    func sample() throws {
        var diagnostics = Diagnostics()
        let document = try #require(TemplateBinder(knownFamilies: Article.families).bind(
            Article.template(), dataFiles: [Repository.path("examples/article/sample.yaml")], diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(document.metadata.title == "人生会議のすすめ")
        #expect(document.page.paper == .a4 && document.page.writingMode == .horizontal)
        let roles = document.blocks.map { block -> TextBlock.Role in
            guard case .text(let text) = block else { fatalError() }
            return text.role
        }
        #expect(roles == [.title, .paragraph, .heading(level: 1), .paragraph, .heading(level: 2), .paragraph,
                          .heading(level: 1), .paragraph])
        guard case .text(let first) = document.blocks[1] else { return }
        #expect(first.style.size == .pt(12))
        #expect(first.style.firstLineIndent == .pt(12))
        #expect(first.style.linePitch == .pt(21))
        #expect(first.style.family == "mincho")
        guard case .text(let title) = document.blocks[0] else { return }
        #expect(title.style.family == "gothic" && title.style.weight == .bold)
        #expect(abs(title.style.size.points - 19.2) < 1e-9)
        #expect(title.style.firstLineIndent == .zero)
    }

    @Test("choices and lengths from the data reach the page and styles")
    func options() throws {
        let (document, diagnostics, _) = Article.bind("""
            title: 題
            body: 本文
            writing_mode: vertical
            page_size: A5
            font_size: 14pt
            """)
        #expect(diagnostics.isEmpty)
        let bound = try #require(document)
        #expect(bound.page.paper == .a5 && bound.page.writingMode == .vertical)
        guard case .text(let paragraph) = bound.blocks[1] else { return }
        #expect(paragraph.style.size == .pt(14))
        #expect(paragraph.style.linePitch == .pt(24.5))
    }

    @Test("every character of a literal block keeps its place in the data file")
    func literalBlockLocations() throws {
        let (document, _, path) = Article.bind("title: 題\nbody: |\n  一行目です。\n  二行目に★があります。\n\n  # 見出し\n  三行目\n")
        let blocks = try #require(document).blocks.compactMap { block -> TextBlock? in
            if case .text(let text) = block { return text } else { return nil }
        }
        let paragraph = blocks[1].content.sourceText
        #expect(paragraph.text == "一行目です。二行目に★があります。")
        let star = paragraph.text.unicodeScalars.firstIndex(of: "★")!
        let offset = paragraph.text.unicodeScalars.distance(from: paragraph.text.unicodeScalars.startIndex, to: star)
        #expect(paragraph.location(ofScalarAt: offset) == SourceLocation(file: path, line: 4, column: 7))
        #expect(blocks[2].content.plainText == "見出し")
        #expect(blocks[2].content.sourceText.location(ofScalarAt: 0) == SourceLocation(file: path, line: 6, column: 5))
        #expect(blocks[3].content.sourceText.location(ofScalarAt: 2) == SourceLocation(file: path, line: 7, column: 5))
    }

    @Test("quoted and plain scalars map their characters too")
    func quotedLocations() throws {
        let (document, _, path) = Article.bind("title: \"題名\"\nbody: 'あいう'\n")
        let blocks = try #require(document).blocks
        guard case .text(let title) = blocks[0], case .text(let body) = blocks[1] else { return }
        #expect(title.content.sourceText.location(ofScalarAt: 1) == SourceLocation(file: path, line: 1, column: 10))
        #expect(body.content.sourceText.location(ofScalarAt: 2) == SourceLocation(file: path, line: 2, column: 10))
    }

    @Test("Latin lines are joined with a space, Japanese lines without")
    func joining() throws {
        let (document, _, _) = Article.bind("title: t\nbody: |\n  日本語の\n  文です。Advance\n  Care\n")
        guard case .text(let paragraph) = try #require(document).blocks[1] else { return }
        #expect(paragraph.content.plainText == "日本語の文です。Advance Care")
    }
}

@Suite("Mistakes in the article's data")
struct ArticleDataErrorTests {
    @Test("located messages for what staff are likely to get wrong", arguments: [
        ("title: t\nbody: b\npage_sise: A3\n", "3:1: error: unknown key `page_sise` in the data for this template",
         "did you mean `page_size`?"),
        ("title: t\nbody: b\npage_size: A3\n", "3:12: error: `A3` is not a value `page_size` can take",
         "use one of `A4`, `A5`, `B5`"),
        ("title: t\nbody: b\nfont_size: 12px\n", "3:12: error: `font_size` must be a length such as `12pt` or `4mm`, not `12px`",
         "units: pt, mm, cm, Q (1 Q = 0.25 mm)"),
        ("title: t\nbody: b\nfont_size: 4pt\n", "3:12: error: `font_size` is 4pt, smaller than the smallest allowed, 9pt", nil),
        ("body: b\n", "1:1: error: the data has no `title`（題名）, which this template needs",
         "add a line `title: …` to the data file"),
        ("title:\n  - a\nbody: b\n", "2:3: error: `title` must be a single value", "found a list"),
        ("title: t\nbody: b\nwriting_mode: tate\n", "3:15: error: `tate` is not a value `writing_mode` can take",
         "use one of `horizontal`, `vertical`"),
        ("title: [t\nbody: b\n", "2:5: error: YAML syntax: did not find expected ',' or ']'", nil),
        ("title: t\n\tbody: b\n", "2:1: error: YAML syntax: found a tab character that violates indentation",
         "YAML indents with spaces only; replace the tab with spaces"),
        ("title: \"t\nbody: b\n", "3:1: error: YAML syntax: found unexpected end of stream",
         "a quotation mark is not closed; add the closing `\"` or `'`"),
        ("title: t\ntitle: u\nbody: b\n", "1:1: error: the key `title` appears more than once in this mapping", nil),
    ])
    func mistake(yaml: String, message: String, hint: String?) {
        let (document, diagnostics, path) = Article.bind(yaml)
        #expect(document == nil)
        #expect(diagnostics.first?.description == "\(path):\(message)", "all: \(diagnostics)")
        if let hint { #expect(diagnostics.first?.hints.contains(hint) == true, "hints: \(diagnostics.first?.hints ?? [])") }
    }

    @Test("every mistake is reported, not just the first")
    func collects() {
        let (_, diagnostics, _) = Article.bind("titel: t\nbody: b\npage_size: A3\nfont_size: big\n")
        #expect(diagnostics.count == 4)
    }

    @Test("a data file that is not UTF-8 says how to save it")
    func shiftJIS() throws {
        let path = Repository.temporaryFolder() + "/sjis.yaml"
        // 「題名」 in Shift_JIS.
        try Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0x91, 0xE8, 0x96, 0xBC, 0x0A]).write(to: URL(fileURLWithPath: path))
        var diagnostics = Diagnostics()
        _ = TemplateBinder(knownFamilies: Article.families).bind(Article.template(), dataFiles: [path], diagnostics: &diagnostics)
        #expect(diagnostics.all.first?.description == "\(path):1:1: error: the data file is not UTF-8 text")
        #expect(diagnostics.all.first?.hints.first?.contains("UTF-8") == true)
    }

    @Test("a data file that does not exist")
    func missingFile() {
        var diagnostics = Diagnostics()
        _ = TemplateBinder(knownFamilies: Article.families).bind(Article.template(), dataFiles: ["nowhere.yaml"],
                                                                 diagnostics: &diagnostics)
        #expect(diagnostics.all.first?.description == "error: the data file `nowhere.yaml` does not exist")
    }

    @Test("a template folder without template.yaml")
    func missingTemplate() {
        var diagnostics = Diagnostics()
        #expect(Template.load(directory: "templates/nonexistent", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.first?.description == "error: there is no template in `templates/nonexistent` (no template.yaml)")
    }
}

@Suite("The text area (版面) in characters and lines")
struct TextAreaTests {
    func bind(_ replacement: String) throws -> (Document?, [Diagnostic]) {
        let folder = Repository.temporaryFolder()
        let original = try String(contentsOfFile: Repository.path("templates/article/template.yaml"), encoding: .utf8)
        try original.replacingOccurrences(of: "  margins: 20mm\n", with: replacement)
            .write(toFile: folder + "/template.yaml", atomically: true, encoding: .utf8)
        try "title: t\nbody: b\n".write(toFile: folder + "/data.yaml", atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let template = try #require(Template.load(directory: folder, diagnostics: &diagnostics))
        let document = TemplateBinder(knownFamilies: Article.families)
            .bind(template, dataFiles: [folder + "/data.yaml"], diagnostics: &diagnostics)
        return (document, diagnostics.all)
    }

    @Test("40 characters by 30 lines of 12pt at 21pt pitch: 480pt by 621pt, centred on A4")
    func centred() throws {
        let (document, diagnostics) = try bind("  text_area: {characters: 40, lines: 30}\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let area = try #require(document).page.textArea
        #expect(abs(area.width - 480) < 1e-9)
        #expect(abs(area.height - 621) < 1e-9)
        #expect(abs(area.minX - (595.2756 - 480) / 2) < 0.001)
    }

    @Test("a text area larger than the paper is a located error")
    func tooLarge() throws {
        let (document, diagnostics) = try bind("  text_area: {characters: 60, lines: 30}\n")
        #expect(document == nil)
        #expect(diagnostics.first?.message == "a text area of 60 characters by 30 lines does not fit on the page")
    }
}
