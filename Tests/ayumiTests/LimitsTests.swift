import AyumiModel
import AyumiTestSupport
import Foundation
import Testing

/// Issue 14, probes 7, 8, 9 and 13: every input is bounded (`Limits`), and reaching a bound is
/// a located error with exit 1 that finishes quickly. Each pathological input here ran for
/// minutes (or gigabytes) before the limits — the include loop, the long line of mistakes and
/// the nested markup each past 60 s, the 5 MB body past 40 s at 580 MB, the wide table 770 s
/// (SIGTERM ignored) — while each takes about a second now (debug build): the runs are killed
/// after 30 s, so such code fails the test instead of hanging the suite.
@Suite("Limits: every input is bounded, with a located message")
struct LimitsTests {
    /// Writes `files` (path relative to a new folder → text) and returns the folder.
    private func folder(_ files: [String: String]) throws -> String {
        let folder = Repository.temporaryFolder()
        for (path, text) in files {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return folder
    }

    private func lines(_ result: TimedResult) -> [Substring] { result.standardError.split(separator: "\n") }

    /// A folder holding `tpl/`, a template named `name` that repeats `body` (one block a line)
    /// for each of `items` items, and `data.yaml` with the items; the repeat's body starts on
    /// line 10 of template.yaml.
    private func repeating(_ name: String, body: [String], items: Int) throws -> String {
        try folder([
            "tpl/template.yaml": """
                template: \(name)
                data:
                  items: {type: list, label: items}
                styles:
                  paragraph: {font: mincho, size: 10pt}
                body:
                  - repeat: "{{ items }}"
                    as: item
                    body:

                """ + body.map { "      - \($0)\n" }.joined(),
            "data.yaml": "items: [" + Array(repeating: "x", count: items).joined(separator: ", ") + "]\n",
        ])
    }

    /// `ayumi build` of a `repeating` folder, killed after two minutes.
    private func build(_ dir: String) throws -> TimedResult {
        try Run.ayumi(["build", dir + "/tpl", "--data", dir + "/data.yaml", "--font-manifest",
                       Repository.path("fonts/manifest.yaml"), "-o", dir + "/out.pdf"], killedAfter: .seconds(120))
    }

    @Test("probe 7: a four-line file that includes itself three times stops at 500 includes, located, in seconds")
    func includeFanOut() throws {
        let article = try String(contentsOfFile: Repository.path("templates/article/template.yaml"), encoding: .utf8)
        let tpl = try folder(["tpl/template.yaml": article + "  - include: loop.yaml\n",
                              "tpl/loop.yaml": "- paragraph: あ\n- include: loop.yaml\n- include: loop.yaml\n- include: loop.yaml\n"])
        let result = try Run.ayumi(["build", tpl + "/tpl", "--data", Repository.path("examples/article/sample.yaml"),
                                    "--font-manifest", Repository.path("fonts/manifest.yaml"), "-o", tpl + "/out.pdf"],
                                   killedAfter: .seconds(30))
        #expect(!result.timedOut)
        #expect(result.status == 1)
        // The depth limit speaks first (the first chain of includes reaches 16 deep), then the count.
        #expect(lines(result).filter { $0.contains("error:") } == [
            "\(tpl)/tpl/loop.yaml:2:12: error: `include` goes 16 files deep; the files probably include each other",
            "\(tpl)/tpl/loop.yaml:3:12: error: `include` goes 16 files deep; the files probably include each other",
            "\(tpl)/tpl/loop.yaml:4:12: error: `include` goes 16 files deep; the files probably include each other",
            "\(tpl)/tpl/loop.yaml:2:12: error: this `include` would read more than 500 files in one build, the most Ayumi reads",
        ])
        #expect(!FileManager.default.fileExists(atPath: tpl + "/out.pdf"))
    }

    @Test("probe 8: 8,000 mistakes on one line give the first 50 and one line for the rest, in seconds")
    func messagesOnOneLine() throws {
        let dir = try folder(["data.yaml": "title: t\nbody: '" + String(repeating: "あ}", count: 8_000) + "'\n"])
        let result = try Run.ayumi(["build", "templates/article", "--data", dir + "/data.yaml", "-o", dir + "/out.pdf"],
                                   killedAfter: .seconds(30))
        #expect(!result.timedOut)
        #expect(result.status == 1)
        let errors = lines(result).filter { $0.contains(": error: ") }
        #expect(errors.count == 51)
        #expect(errors.first == "\(dir)/data.yaml:2:9: error: `}` closes ruby that was never opened")
        #expect(errors.last == "\(dir)/data.yaml:2:109: error: and 7950 more problems in this file, not shown (Ayumi shows the first 50 of a file)")
    }

    @Test("probe 8: 《《** twenty thousand times finishes in seconds with 50 messages and a count")
    func nestedMarkup() throws {
        let dir = try folder(["data.yaml": "title: t\nbody: '" + String(repeating: "《《**", count: 20_000) + "'\n"])
        let result = try Run.ayumi(["build", "templates/article", "--data", dir + "/data.yaml", "-o", dir + "/out.pdf"],
                                   killedAfter: .seconds(30))
        #expect(!result.timedOut)
        #expect(result.status == 1)
        let errors = lines(result).filter { $0.contains(": error: ") }
        #expect(errors.count == 51)
        #expect(errors.last?.hasSuffix("more problems in this file, not shown (Ayumi shows the first 50 of a file)") == true)
    }

    @Test("probe 8: a people table of 20,000 columns warns about 50 of them and makes its document in seconds")
    func wideTable() throws {
        let columns = ["name"] + (0..<20_000).map { "c\($0)" }
        let dir = try folder(["people.csv": columns.joined(separator: ",") + "\n" + Array(repeating: "x", count: columns.count).joined(separator: ",") + "\n"])
        let result = try Run.ayumi(["batch", "templates/article", "--data", "examples/article/sample.yaml",
                                    "--people", dir + "/people.csv", "--name-column", "name", "-o", dir + "/out"],
                                   killedAfter: .seconds(30))
        #expect(!result.timedOut)
        #expect(result.status == 0)
        let warnings = lines(result).filter { $0.contains(": warning: ") }
        #expect(warnings.count == 51)
        #expect(warnings.last == "\(dir)/people.csv:1:196: warning: and 19950 more problems in this file, not shown (Ayumi shows the first 50 of a file)")
    }

    @Test("probe 9: a document of more than 1,000 pages stops at the block that would start page 1,001")
    func pages() throws {
        let dir = try repeating("pages", body: ["paragraph: \"{{ item }}\"", "page_break:"], items: 1_001)
        let result = try build(dir)
        #expect(result.status == 1)
        #expect(lines(result).filter { $0.contains("error:") } == [
            "\(dir)/data.yaml:1:3009: error: the document is longer than 1000 pages, the most Ayumi makes; this is where page 1001 would start",
        ])
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.pdf"))
    }

    @Test("probe 9: a `repeat` that would make more than 100,000 blocks stops at the block that passes the limit")
    func blocks() throws {
        let dir = try repeating("blocks", body: Array(repeating: "spacer: 1mm", count: 10), items: 10_001)
        let result = try build(dir)
        #expect(result.status == 1)
        // 1 for the `repeat`, then 10 an item: the 100,001st is the last spacer of item 10,000.
        #expect(lines(result).filter { $0.contains("error:") } == [
            "\(dir)/tpl/template.yaml:19:9: error: the template makes more than 100000 blocks for this document, the most Ayumi makes; this block passes the limit",
        ])
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.pdf"))
    }

    @Test("probe 9: a data file over 4 MB is refused before it is read, in seconds")
    func inputBytes() throws {
        let dir = try folder(["data.yaml": "title: t\nbody: |\n" + String(repeating: "  " + String(repeating: "あ", count: 1_000) + "\n", count: 1_700)])
        let result = try Run.ayumi(["build", "templates/article", "--data", dir + "/data.yaml", "-o", dir + "/out.pdf"],
                                   killedAfter: .seconds(30))
        #expect(!result.timedOut)
        #expect(result.status == 1)
        #expect(lines(result).filter { $0.contains("error:") } == [
            "\(dir)/data.yaml:1:1: error: this file is 4.9 MB, more than the 4 MB Ayumi reads from one file",
        ])
    }

    @Test("the same limit in Japanese: which limit, and the hint to split")
    func inputBytesInJapanese() throws {
        let dir = try folder(["data.yaml": "title: t\nbody: |\n" + String(repeating: "  " + String(repeating: "あ", count: 1_000) + "\n", count: 1_700)])
        let result = try Run.ayumi(["build", "templates/article", "--data", dir + "/data.yaml", "-o", dir + "/out.pdf"],
                                   killedAfter: .seconds(30), environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 1)
        #expect(lines(result) == [
            "\(dir)/data.yaml:1:1: エラー: このファイルは 4.9 MB あります。Ayumi が1つのファイルから読むのは 4 MB までです",
            "  ヒント: いくつかのファイルに分けてください（表なら何回かに分けて batch を実行し、長い文章なら文書を分けます）",
        ])
    }

    @Test("probe 9: 20 KB of aliases that expand to 5 MB of text are refused at the file")
    func aliasedText() throws {
        let long = String(repeating: "あ", count: 1_000)   // 3,000 bytes
        let dir = try folder(["data.yaml": "s: &s \(long)\ntitle: t\nbody: x\nitems: [" + Array(repeating: "*s", count: 1_800).joined(separator: ", ") + "]\n"])
        let result = try Run.ayumi(["build", "templates/article", "--data", dir + "/data.yaml", "-o", dir + "/out.pdf"],
                                   killedAfter: .seconds(30))
        #expect(result.status == 1)
        #expect(lines(result).filter { $0.contains("error:") } == [
            "\(dir)/data.yaml:1:1: error: this file holds more than 4 MB of text once its aliases (`*name`) are expanded",
        ])
    }

    @Test("probe 13: custom_size out of range, or in font units, is a located error, never a silent A4",
          arguments: [("1200mm", "`width` of `custom_size` is 1200mm, larger than the largest allowed, 1000mm"),
                      ("0mm", "`width` of `custom_size` is 0mm, but a side of the paper must be longer than 0mm"),
                      ("10zw", "`width` of `custom_size` must be a length in pt, mm, cm or Q, not `10zw`")])
    func customSize(_ width: String, _ message: String) throws {
        let article = try String(contentsOfFile: Repository.path("templates/article/template.yaml"), encoding: .utf8)
        let changed = article.replacingOccurrences(of: "  paper: \"{{ page_size }}\"\n",
                                                   with: "  custom_size: {width: \(width), height: 100mm}\n")
        try #require(changed != article)
        let dir = try folder(["tpl/template.yaml": changed])
        let result = try Run.ayumi(["build", dir + "/tpl", "--data", Repository.path("examples/article/sample.yaml"),
                                    "--font-manifest", Repository.path("fonts/manifest.yaml"), "-o", dir + "/out.pdf"],
                                   killedAfter: .seconds(30))
        #expect(result.status == 1)
        #expect(lines(result).filter { $0.contains("error:") } == ["\(dir)/tpl/template.yaml:26:24: error: \(message)"])
    }

    @Test("probe 13: SOURCE_DATE_EPOCH that is not a number of seconds stops the build with exit 1 and says what it must be")
    func sourceDateEpoch() throws {
        let dir = Repository.temporaryFolder()
        let result = try Run.ayumi(["build", "templates/article", "--data", "examples/article/sample.yaml", "-o", dir + "/out.pdf"],
                                   killedAfter: .seconds(30), environment: ["SOURCE_DATE_EPOCH": "abc"])
        #expect(result.status == 1)
        #expect(lines(result).first == "error: SOURCE_DATE_EPOCH is `abc`, but it must be a whole number of seconds since 1970-01-01 00:00 UTC, such as 1775001600")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.pdf"))
    }
}

@Suite("Limits: the project's own documents stay far inside them")
struct OwnDocumentsInsideLimitsTests {
    @Test("every template and example file is under a tenth of the input size limit; the note has under a tenth of the includes")
    func files() throws {
        for folder in ["templates", "examples"] {
            let root = Repository.path(folder)
            for case let path as String in FileManager.default.enumerator(atPath: root)!
            where [".yaml", ".csv"].contains(where: path.hasSuffix) {
                let size = try #require(try FileManager.default.attributesOfItem(atPath: root + "/" + path)[.size] as? Int)
                #expect(size < Limits.bytesPerInputFile / 10, "\(folder)/\(path)")
            }
        }
        // No include of the note sits inside a `repeat`, so each line reads one file once.
        var includes = 0
        let note = Repository.path("templates/jinsei-note")
        for case let path as String in FileManager.default.enumerator(atPath: note)! where path.hasSuffix(".yaml") {
            includes += try String(contentsOfFile: note + "/" + path, encoding: .utf8).components(separatedBy: "include:").count - 1
        }
        #expect(includes > 0 && includes < Limits.includesPerBuild / 10, "\(includes) includes")
    }

    @Test("the 41-page note is under a tenth of the page limit")
    func notePages() throws {
        let dir = Repository.temporaryFolder()
        let result = try Run.ayumi(["build", "templates/jinsei-note", "--data", "examples/jinsei-note/edition.yaml", "-o", dir + "/note.pdf"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("(41 pages)"), "\(result.standardOutput)")
        #expect(41 < Limits.pagesPerDocument / 10)
    }
}
