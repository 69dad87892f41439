import AyumiTestSupport
import Foundation
import Testing
import Yams

/// `ayumi build`, run as a person would: the real executable, real fonts, real PDF readers.
@Suite("ayumi build")
struct BuildCommandTests {
    let sample = "examples/article/sample.yaml"

    /// The sample's title and body as a reader should get them back: without the `#` marks.
    func sampleText() throws -> String {
        let data = try #require(try Yams.load(yaml: String(contentsOfFile: Repository.path(sample), encoding: .utf8))
            as? [String: String])
        let body = try #require(data["body"]).split(separator: "\n").map { line in
            line.hasPrefix("## ") ? line.dropFirst(3) : line.hasPrefix("# ") ? line.dropFirst(2) : line
        }.joined()
        return try #require(data["title"]) + body
    }

    func build(_ data: String, to output: String, environment: [String: String] = [:]) throws -> ProcessResult {
        try Run.ayumi(["build", "templates/article", "--data", data, "-o", output], environment: environment)
    }

    @Test("the sample article: fonts embedded as subsets with Unicode maps, text extracts exactly, qpdf is clean")
    func sampleArticle() throws {
        let pdf = Repository.temporaryFolder() + "/article.pdf"
        let result = try build(sample, to: pdf)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)

        let fonts = try Run.tool("pdffonts", [pdf]).standardOutput.split(separator: "\n").dropFirst(2)
        for name in ["BIZUDMincho-Regular", "BIZUDGothic-Bold"] {
            let row = try #require(fonts.first { $0.contains("+\(name) ") }, "\(name) in \(fonts)")
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns[1...3] == ["CID", "TrueType", "Identity-H"])
            #expect(columns[4...6] == ["yes", "yes", "yes"], "emb sub uni for \(name)")
        }
        #expect(fonts.allSatisfy { $0.contains("BIZUD") })

        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).standardOutput
        #expect(text.withoutWhitespace == (try sampleText()).withoutWhitespace)

        let check = try Run.tool("qpdf", ["--check", pdf])
        #expect(check.status == 0)
        #expect(check.standardOutput.contains("No syntax or stream encoding errors found"))
    }

    /// Vertical text is checked in content order (`pdftotext -raw`, `mutool draw -F txt`): poppler's
    /// default reading-order guess does not know vertical columns (the composition issue's concern).
    @Test("vertical, on A5 at 14pt: text extracts as the original characters, in order")
    func verticalArticle() throws {
        let folder = Repository.temporaryFolder()
        try """
            title: 縦書きの見本
            body: |
              「人生会議」では、これからの医療やケアについて話し合います。
              ノートは、どこにしまったかを家族に伝えましょう。
            writing_mode: vertical
            page_size: A5
            font_size: 14pt
            """.write(toFile: folder + "/tate.yaml", atomically: true, encoding: .utf8)
        let result = try build(folder + "/tate.yaml", to: folder + "/tate.pdf")
        #expect(result.status == 0, "\(result.standardError)")
        let expected = "縦書きの見本「人生会議」では、これからの医療やケアについて話し合います。ノートは、どこにしまったかを家族に伝えましょう。"
        let poppler = try Run.tool("pdftotext", ["-raw", "-enc", "UTF-8", folder + "/tate.pdf", "-"]).standardOutput
        let mupdf = try Run.tool("mutool", ["draw", "-q", "-F", "txt", folder + "/tate.pdf"]).standardOutput
        #expect(poppler.withoutWhitespace == expected)
        #expect(mupdf.withoutWhitespace == expected)
    }

    @Test("a character no font has fails the build with its code point and place, and writes no PDF")
    func privateUseCharacter() throws {
        let folder = Repository.temporaryFolder()
        let data = folder + "/gaiji.yaml"
        try "title: 外字のテスト\nbody: |\n  一行目です。\n  外字\u{E000}があります。\n".write(toFile: data, atomically: true, encoding: .utf8)
        let result = try build(data, to: folder + "/gaiji.pdf")
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(data):4:5: error: no font can show U+E000 (a private-use character)"),
                "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/gaiji.pdf"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["gaiji.yaml"])
    }

    @Test("a failed build leaves an earlier good PDF untouched")
    func keepsGoodFile() throws {
        let folder = Repository.temporaryFolder()
        let pdf = folder + "/out.pdf"
        #expect(try build(sample, to: pdf).status == 0)
        let good = try Data(contentsOf: URL(fileURLWithPath: pdf))
        try "title: t\nbody: \"\u{E000}\"\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        #expect(try build(folder + "/bad.yaml", to: pdf).status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == good)
    }

    @Test("two builds of the same input are byte-identical, with and without SOURCE_DATE_EPOCH")
    func reproducible() throws {
        let folder = Repository.temporaryFolder()
        for (name, environment) in [("plain", [String: String]()), ("dated", ["SOURCE_DATE_EPOCH": "1775001600"])] {
            #expect(try build(sample, to: "\(folder)/\(name)-1.pdf", environment: environment).status == 0)
            #expect(try build(sample, to: "\(folder)/\(name)-2.pdf", environment: environment).status == 0)
            let first = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)-1.pdf"))
            let second = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)-2.pdf"))
            #expect(first == second, "\(name) builds differ")
        }
        let info = try Run.tool("pdfinfo", ["-isodates", "\(folder)/dated-1.pdf"]).standardOutput
        #expect(info.split(separator: "\n").contains { $0.hasPrefix("CreationDate:") && $0.hasSuffix(" 2026-04-01T00:00:00Z") },
                "\(info)")
        #expect(info.split(separator: "\n").contains { $0.hasPrefix("Title:") && $0.hasSuffix(" 人生会議のすすめ") })
        let plain = try Run.tool("pdfinfo", ["\(folder)/plain-1.pdf"]).standardOutput
        #expect(!plain.contains("CreationDate"))
    }

    @Test("bold text inside a Mincho paragraph is set in BIZ UDGothic Bold, the Gothic bold of Japanese print")
    func boldInline() throws {
        let folder = Repository.temporaryFolder()
        try "title: 太字\nbody: これは**太字**です。\n".write(toFile: folder + "/b.yaml", atomically: true, encoding: .utf8)
        let result = try build(folder + "/b.yaml", to: folder + "/b.pdf")
        #expect(result.status == 0, "\(result.standardError)")
        let fonts = try Run.tool("pdffonts", [folder + "/b.pdf"]).standardOutput
        let names = fonts.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first }
            .map { $0.split(separator: "+").last.map(String.init) ?? "" }
        #expect(Set(names) == ["BIZUDGothic-Bold", "BIZUDMincho-Regular"], "\(fonts)")
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", folder + "/b.pdf", "-"]).standardOutput
        #expect(text.withoutWhitespace == "太字これは太字です。")
    }

    @Test("a template folder that does not exist")
    func missingTemplate() throws {
        let result = try Run.ayumi(["build", "templates/nonexistent", "--data", sample, "-o", "/tmp/x.pdf"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: there is no template in `templates/nonexistent` (no template.yaml)"))
    }

    @Test("forgetting --data says how to give it")
    func missingData() throws {
        let result = try Run.ayumi(["build", "templates/article", "-o", "/tmp/x.pdf"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--data"))
    }
}

@Suite("ayumi help and version")
struct HelpTests {
    @Test("--help names the build command and shows an example")
    func help() throws {
        let result = try Run.ayumi(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("build"))
        #expect(result.standardOutput.contains("ayumi build templates/article --data examples/article/sample.yaml"))
    }

    @Test("build --help explains its options")
    func buildHelp() throws {
        let result = try Run.ayumi(["build", "--help"])
        #expect(result.status == 0)
        for option in ["--data", "--output", "--font-manifest", "SOURCE_DATE_EPOCH"] {
            #expect(result.standardOutput.contains(option))
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try Run.ayumi(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}

@Suite("Large input")
struct LargeInputTests {
    @Test("a 1 MB body renders (hundreds of pages), with no slowdown in loading or binding")
    func oneMegabyteBody() throws {
        let paragraph = "もしものとき、あなたが大切にしたいことを、身近な人に伝えていますか。{人生会議|じんせいかいぎ}は、" +
            "これからの医療やケアについて話し合う取り組みです。英語では Advance Care Planning（ACP）と呼ばれています。"
        var body = ""
        while body.utf8.count < 1_000_000 { body += "  " + paragraph + "\n\n" }
        let folder = Repository.temporaryFolder()
        try ("title: 大きな文書\nbody: |\n" + body).write(toFile: folder + "/big.yaml", atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        let result = try Run.ayumi(["build", "templates/article", "--data", folder + "/big.yaml", "-o", folder + "/big.pdf"])
        let elapsed = ContinuousClock.now - start
        #expect(result.status == 0, "\(result.standardError)")
        // Measured at 1.5 s in a debug build; the bound leaves room for a slower machine.
        #expect(elapsed < TimeBound.scaled(.seconds(20)), "took \(elapsed)")
        let info = try Run.tool("pdfinfo", [folder + "/big.pdf"]).standardOutput
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages > 250)
    }
}
