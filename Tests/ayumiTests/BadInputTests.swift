import AyumiTestSupport
import Foundation
import Testing

/// Mistakes staff can make, through the real `ayumi build`: each gets its exact located message,
/// finishes in under 2 s, exits 1 without crashing, and leaves no output file.
@Suite("Bad input gets a located answer")
struct BadInputTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var message: String
        var description: String { name }

        init(_ name: String, _ text: String, _ message: String) {
            self.init(name, Array(text.utf8), message)
        }

        init(_ name: String, _ bytes: [UInt8], _ message: String) {
            self.name = name
            self.bytes = bytes
            self.message = message
        }
    }

    static let dataCases: [Case] = [
        Case("tab indentation", "title: t\n\tbody: b\n", "2:1: error: YAML syntax: found a tab character that violates indentation"),
        Case("unclosed double quote", "title: \"t\nbody: b\n", "3:1: error: YAML syntax: found unexpected end of stream"),
        Case("unclosed single quote", "title: 't\nbody: b\n", "3:1: error: YAML syntax: found unexpected end of stream"),
        Case("Shift_JIS file", [0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0x91, 0xE8, 0x96, 0xBC, 0x0A],
             "1:1: error: the data file is not UTF-8 text"),
        Case("invalid UTF-8", [0x74, 0x3A, 0x20, 0xFF, 0xFE, 0x0A], "1:1: error: the data file is not UTF-8 text"),
        Case("NUL byte", "title: t\nbody: a\u{0}b\n", "2:8: error: an invisible control character (U+0000) is in the text"),
        Case("control character", "title: t\nbody: a\u{7}b\n", "2:8: error: an invisible control character (U+0007) is in the text"),
        Case("C1 control character", "title: t\nbody: a\u{80}b\n", "2:8: error: an invisible control character (U+0080) is in the text"),
        Case("duplicate key", "title: t\nbody: b\ntitle: u\n", "1:1: error: the key `title` appears more than once in this mapping"),
        Case("unknown key", "titel: t\nbody: b\n", "1:1: error: unknown key `titel` in the data for this template"),
        Case("list where text belongs", "title:\n  - t\nbody: b\n", "2:3: error: `title` must be a single value"),
        Case("mapping where text belongs", "title: t\nbody:\n  a: b\n", "3:3: error: `body` must be a single value"),
        Case("length with a wrong unit", "title: t\nbody: b\nfont_size: 12px\n",
             "3:12: error: `font_size` must be a length such as `12pt` or `4mm`, not `12px`"),
        Case("length too large", "title: t\nbody: b\nfont_size: 100pt\n",
             "3:12: error: `font_size` is 100pt, larger than the largest allowed, 32pt"),
        Case("length too small", "title: t\nbody: b\nfont_size: -3pt\n",
             "3:12: error: `font_size` is -3pt, smaller than the smallest allowed, 9pt"),
        Case("unknown paper", "title: t\nbody: b\npage_size: A3\n", "3:12: error: `A3` is not a value `page_size` can take"),
        Case("unknown writing mode", "title: t\nbody: b\nwriting_mode: tate\n", "3:15: error: `tate` is not a value `writing_mode` can take"),
        Case("missing title", "body: b\n", "1:1: error: the data has no `title`（題名）, which this template needs"),
        Case("missing body", "title: t\n", "1:1: error: the data has no `body`（本文）, which this template needs"),
        Case("empty title", "title: ''\nbody: b\n", "1:8: error: `title` is empty"),
        Case("empty file", "", "1:1: error: the data file is empty"),
        Case("a list instead of a mapping", "- title\n- body\n", "1:1: error: the data must be a mapping of `key: value` lines"),
        Case("unclosed ruby", "title: t\nbody: これは{人生会議の話\n", "2:10: error: `{` starts ruby but no `}` closes it"),
        Case("empty ruby reading", "title: t\nbody: '{人生|}です'\n", "2:11: error: ruby has an empty reading after `|`"),
        Case("ruby at the start of an unquoted value", "title: t\nbody: {人生|}です\n", "2:12: error: YAML syntax: did not find expected key"),
        Case("reading count", "title: t\nbody: '{漢字|かん|じ|x}'\n",
             "2:8: error: ruby expected 2 readings, one for each base character, but found 3"),
        Case("stray closing brace", "title: t\nbody: 大切}なこと\n", "2:9: error: `}` closes ruby that was never opened"),
        Case("unclosed emphasis", "title: t\nbody: 《《大切なこと\n", "2:7: error: `《《` starts emphasis dots but no `》》` closes them"),
        Case("unclosed bold", "title: t\nbody: '**大切なこと'\n", "2:8: error: `**` starts bold text but no `**` closes it"),
        Case("unknown escape", "title: t\nbody: 大切\\qなこと\n", "2:9: error: `\\q` is not an escape"),
        Case("long tate-chu-yoko", "title: t\nbody: 第^12345^回\n", "2:8: error: 縦中横 holds at most 4 characters, but this has 5"),
        Case("unclosed flow list", "title: [t\nbody: b\n", "2:5: error: YAML syntax: did not find expected ',' or ']'"),
        Case("placeholder in data", "title: t\nbody: こんにちは{{ name }}さん\n", "2:12: error: `{{` starts a placeholder that was not filled in"),
        Case("private-use character", "title: t\nbody: |\n  一行目\n  外字\u{E000}です\n",
             "4:5: error: no font can show U+E000 (a private-use character)"),
        Case("alias bomb", aliasBomb, "1:1: error: this file holds more than 1000000 values once its aliases (`*name`) are expanded"),
        Case("20,000 levels of nesting", "title: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
             + "\nbody: x\n", "1:9: error: the YAML nests too deeply here (lists or mappings inside each other hundreds of times)"),
    ]

    /// The "billion laughs": nine lists of nine references, nine levels deep.
    static let aliasBomb: String = {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for level in 1...9 {
            text += "l\(level): &l\(level) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]\n"
            previous = "l\(level)"
        }
        return text + "title: x\nbody: x\n"
    }()

    @Test("mistakes in data", arguments: dataCases)
    func dataMistake(_ mistake: Case) throws {
        let folder = Repository.temporaryFolder()
        let data = folder + "/data.yaml"
        try Data(mistake.bytes).write(to: URL(fileURLWithPath: data))
        try check(["build", "templates/article", "--data", data, "-o", folder + "/out.pdf"],
                  expect: "\(data):\(mistake.message)", output: folder + "/out.pdf")
    }

    /// Changes to the article template (found text → replacement) and the message each gives.
    static let templateCases: [(String, String, String, String)] = [
        ("misspelt top-level key", "styles:", "stlyes:", "31:1: error: unknown key `stlyes` in template.yaml"),
        ("unknown font family", "font: mincho, size", "font: minchou, size",
         "32:21: error: `minchou` is not a value `font` of the style `paragraph` can take"),
        ("placeholder naming nothing", "- title: \"{{ title }}\"", "- title: \"{{ titel }}\"",
         "38:16: error: the placeholder `{{ titel }}` names no data field"),
        ("unknown block kind", "- prose: \"{{ body }}\"", "- prse: \"{{ body }}\"",
         "39:5: error: a block starts with what it is, and `prse` is not a kind of block"),
        ("unknown block option", "- prose: \"{{ body }}\"", "- prose: \"{{ body }}\"\n    levle: 2",
         "40:5: error: unknown key `levle` in a `prose` block"),
        ("misspelt page key", "paper: \"{{ page_size }}\"", "paper: \"{{ page_size }}\"\n  papper: A4",
         "27:3: error: unknown key `papper` in `page`"),
        ("bad length in a style", "line_pitch: 1.75zw, indent: 1zw,", "line_pitch: 1.75zx, indent: 1zw,",
         "32:66: error: `line_pitch` of the style `paragraph` must be a length such as `12pt`, `5mm` or `1.5zw`, not `1.75zx`"),
        ("include outside the folder", "- prose: \"{{ body }}\"", "- prose: \"{{ body }}\"\n  - include: ../secret.yaml",
         "40:14: error: `../secret.yaml` is outside the template's folder"),
        ("missing image", "- prose: \"{{ body }}\"", "- prose: \"{{ body }}\"\n  - image: logo.png",
         "40:12: error: there is no file `logo.png` in the template's folder"),
        ("Japanese field name", "- prose: \"{{ body }}\"", "- prose: \"{{ body }}\"\n  - field: 氏名\n    label: 氏名",
         "40:12: error: the field name `氏名` must be ASCII letters, digits and `_`, starting with a letter"),
        ("style based on a missing style", "title: {based_on: paragraph", "title: {based_on: paragraf",
         "33:21: error: there is no style named `paragraf`"),
    ]

    @Test("mistakes in templates", arguments: templateCases.map { $0.0 })
    func templateMistake(_ name: String) throws {
        let (_, find, replace, message) = try #require(Self.templateCases.first { $0.0 == name })
        let folder = Repository.temporaryFolder()
        let original = try String(contentsOfFile: Repository.path("templates/article/template.yaml"), encoding: .utf8)
        try #require(original.contains(find))
        try FileManager.default.createDirectory(atPath: folder + "/tpl", withIntermediateDirectories: true)
        try original.replacingOccurrences(of: find, with: replace)
            .write(toFile: folder + "/tpl/template.yaml", atomically: true, encoding: .utf8)
        try check(["build", folder + "/tpl", "--data", Repository.path("examples/article/sample.yaml"),
                   "--font-manifest", Repository.path("fonts/manifest.yaml"), "-o", folder + "/out.pdf"],
                  expect: "\(folder)/tpl/template.yaml:\(message)", output: folder + "/out.pdf")
    }

    @Test("a missing data file and a missing template folder")
    func missingFiles() throws {
        let folder = Repository.temporaryFolder()
        try check(["build", "templates/article", "--data", "nowhere.yaml", "-o", folder + "/out.pdf"],
                  expect: "error: the data file `nowhere.yaml` does not exist", output: folder + "/out.pdf")
        try check(["build", "templates/nowhere", "--data", "examples/article/sample.yaml", "-o", folder + "/out.pdf"],
                  expect: "error: there is no template in `templates/nowhere` (no template.yaml)", output: folder + "/out.pdf")
    }

    @Test("a UTF-8 byte order mark and CRLF line endings are accepted")
    func bomAndCRLF() throws {
        let folder = Repository.temporaryFolder()
        try Data([0xEF, 0xBB, 0xBF] + Array("title: 題名\r\nbody: |\r\n  一行目\r\n  二行目\r\n".utf8))
            .write(to: URL(fileURLWithPath: folder + "/d.yaml"))
        let result = try Run.ayumi(["build", "templates/article", "--data", folder + "/d.yaml", "-o", folder + "/o.pdf"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", folder + "/o.pdf", "-"]).standardOutput
        #expect(text.withoutWhitespace == "題名一行目二行目")
    }

    private func check(_ arguments: [String], expect message: String, output: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let start = ContinuousClock.now
        let result = try Run.ayumi(arguments)
        let elapsed = ContinuousClock.now - start
        #expect(result.status == 1, "exit status \(result.status)", sourceLocation: sourceLocation)
        #expect(result.standardError.split(separator: "\n").contains { $0 == message },
                "expected \(message)\ngot:\n\(result.standardError)", sourceLocation: sourceLocation)
        #expect(elapsed < TimeBound.scaled(.seconds(2)), "took \(elapsed)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: output), sourceLocation: sourceLocation)
    }
}
