import AyumiTestSupport
import Foundation
import Testing

/// Template syntax for the table of contents, orientation and facing pages, through `ayumi build`.
@Suite("Contents, orientation and facing pages")
struct ContentsAndPageTests {
    func build(templateChange: (String) -> String, body: String) throws -> (ProcessResult, String) {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/tpl", withIntermediateDirectories: true)
        let original = try String(contentsOfFile: Repository.path("templates/article/template.yaml"), encoding: .utf8)
        try templateChange(original).write(toFile: folder + "/tpl/template.yaml", atomically: true, encoding: .utf8)
        try ("title: 目次の見本\nbody: |\n" + body).write(toFile: folder + "/d.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["build", folder + "/tpl", "--data", folder + "/d.yaml",
                                    "--font-manifest", Repository.path("fonts/manifest.yaml"), "-o", folder + "/o.pdf"])
        return (result, folder + "/o.pdf")
    }

    @Test("`contents: 2` lists the headings with the pages they are on")
    func contents() throws {
        var body = ""
        for chapter in ["はじめに", "人生会議とは", "ノートの書き方"] {
            body += "  # \(chapter)\n\n" + String(repeating: "  もしものときに備えて、大切にしていることを話し合っておきましょう。\n\n", count: 30)
        }
        let (result, pdf) = try build(templateChange: {
            $0.replacingOccurrences(of: "  - prose: \"{{ body }}\"", with: "  - contents: 1\n  - page_break: true\n  - prose: \"{{ body }}\"")
        }, body: body)
        #expect(result.status == 0, "\(result.standardError)")
        let first = try Run.tool("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"]).standardOutput
        for chapter in ["はじめに", "人生会議とは", "ノートの書き方"] {
            let line = first.split(separator: "\n").first { $0.contains(chapter) }
            #expect(line?.split(separator: " ").last.flatMap { Int($0) } != nil, "no page number for \(chapter): \(first)")
        }
        // The page each entry names really holds that heading.
        let line = try #require(first.split(separator: "\n").first { $0.contains("ノートの書き方") })
        let page = try #require(line.split(separator: " ").last.flatMap { Int($0) })
        let there = try Run.tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf, "-"]).standardOutput
        #expect(there.contains("ノートの書き方"))
    }

    @Test("`orientation: landscape` turns the paper")
    func landscape() throws {
        let (result, pdf) = try build(templateChange: {
            $0.replacingOccurrences(of: "  paper: \"{{ page_size }}\"", with: "  paper: \"{{ page_size }}\"\n  orientation: landscape")
        }, body: "  本文です。\n")
        #expect(result.status == 0, "\(result.standardError)")
        let info = try Run.tool("pdfinfo", [pdf]).standardOutput
        #expect(info.contains("841.89 x 595.276") || info.contains("841.89 x 595.28"), "\(info)")
    }

    @Test("`[[見出し]]` prints the page of that heading, and a heading that does not exist is a located error")
    func pageReference() throws {
        var body = "  詳しくは「ノートの書き方」（→ [[ノートの書き方]]ページ）を見てください。\n\n"
        for chapter in ["はじめに", "人生会議とは", "ノートの書き方"] {
            body += "  # \(chapter)\n\n" + String(repeating: "  もしものときに備えて、大切にしていることを話し合っておきましょう。\n\n", count: 30)
        }
        let (result, pdf) = try build(templateChange: { $0 }, body: body)
        #expect(result.status == 0, "\(result.standardError)")
        let first = try Run.tool("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).standardOutput.withoutWhitespace
        let match = try #require(first.range(of: "（→"))
        let digits = first[match.upperBound...].prefix { $0.isNumber }
        let page = try #require(Int(digits), "\(first.prefix(80))")
        let there = try Run.tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf, "-"]).standardOutput
        #expect(there.contains("ノートの書き方"), "page \(page)")
        #expect(page > 1)

        let (bad, _) = try build(templateChange: { $0 }, body: "  → [[ノートの書きかた]]ページ\n\n  # ノートの書き方\n\n  本文。\n")
        #expect(bad.status == 1)
        #expect(bad.standardError.contains(":3:7: error: no heading reads 「ノートの書きかた」, so its page cannot be given"),
                "\(bad.standardError)")
        #expect(bad.standardError.contains("hint: did you mean [[ノートの書き方]]?"))
    }

    @Test("`custom_size` sets any paper size")
    func customSize() throws {
        let (result, pdf) = try build(templateChange: {
            $0.replacingOccurrences(of: "  paper: \"{{ page_size }}\"", with: "  custom_size: {width: 99mm, height: 210mm}\n  margins: 10mm")
              .replacingOccurrences(of: "  margins: 20mm\n", with: "")
        }, body: "  本文です。\n")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Run.tool("pdfinfo", [pdf]).standardOutput.contains("280.63 x 595.276"))
    }
}
