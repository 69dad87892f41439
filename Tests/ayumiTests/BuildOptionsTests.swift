import AyumiTestSupport
import Foundation
import Testing

/// `ayumi build`'s renditions, print options and exit statuses, through the real executable.
@Suite("ayumi build: renditions, print options, exit statuses")
struct BuildOptionsTests {
    let sample = "examples/article/sample.yaml"

    func build(_ extra: [String], output: String? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        let pdf = output ?? Repository.temporaryFolder() + "/out.pdf"
        return try Run.ayumi(["build", "templates/article", "--data", sample, "-o", pdf] + extra, environment: environment)
    }

    @Test("a build says what it wrote, on standard output; --quiet says nothing")
    func wroteLine() throws {
        let pdf = Repository.temporaryFolder() + "/a.pdf"
        let result = try build([], output: pdf)
        #expect(result.status == 0)
        #expect(result.standardOutput == "wrote \(pdf) (1 page)\n")
        let quiet = try build(["--quiet"], output: pdf)
        #expect(quiet.status == 0 && quiet.standardOutput.isEmpty && quiet.standardError.isEmpty)
    }

    @Test("--verbose names the manifest and times each stage, on standard error")
    func verbose() throws {
        let result = try build(["--verbose"])
        #expect(result.status == 0)
        for stage in ["font manifest: fonts/manifest.yaml", "template: ", "binding: ", "fonts: ", "layout: ", "rendering: "] {
            #expect(result.standardError.contains(stage), "\(stage) in \(result.standardError)")
        }
        #expect(try build(["--quiet", "--verbose"]).status == 2)
    }

    /// The page sizes `pdfinfo -f 1 -l N` reports, in points.
    func pageSizes(_ pdf: String) throws -> [(Double, Double)] {
        let info = try Run.tool("pdfinfo", ["-f", "1", "-l", "999", pdf]).standardOutput
        return info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains(" size:") }.compactMap { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
        }
    }

    @Test("--large-print reflows with body text of at least 14pt, on more pages")
    func largePrint() throws {
        let folder = Repository.temporaryFolder()
        let note = ["build", "templates/kizuna-note", "--data", "examples/kizuna-note/edition.yaml"]
        #expect(try Run.ayumi(note + ["-o", folder + "/normal.pdf"]).status == 0)
        let large = try Run.ayumi(note + ["--large-print", "-o", folder + "/large.pdf"])
        #expect(large.status == 0, "\(large.standardError)")
        #expect(try pageSizes(folder + "/large.pdf").count > (try pageSizes(folder + "/normal.pdf").count))
        let xml = try Run.tool("mutool", ["draw", "-q", "-F", "stext", "-o", "-", folder + "/large.pdf"]).standardOutput
        let sizes = xml.split(separator: "\n").filter { $0.hasPrefix("<font ") }.compactMap { line -> Double? in
            guard let range = line.range(of: "size=\"") else { return nil }
            return Double(line[range.upperBound...].prefix { $0 != "\"" })
        }
        // Ruby and emphasis dots are half their base's size; every other text is 14pt or more.
        let all = Set(sizes)
        let bases = all.filter { size in !all.contains { abs($0 - 2 * size) < 0.01 } }
        #expect(!bases.isEmpty && bases.allSatisfy { $0 >= 14 }, "\(all)")
    }

    @Test("--bleed 3mm --crop-marks makes every page larger than A4 by the bleed and the marks")
    func bleedAndMarks() throws {
        let folder = Repository.temporaryFolder()
        #expect(try build(["--bleed", "3mm", "--crop-marks"], output: folder + "/out.pdf").status == 0)
        for (width, height) in try pageSizes(folder + "/out.pdf") {
            #expect(width > 595.28 + 2 * 8.5 && height > 841.89 + 2 * 8.5, "\(width) × \(height)")
        }
    }

    @Test("--imposition saddle-stitch puts the pages two to an A3 landscape side, padded to a multiple of four")
    func saddleStitch() throws {
        let folder = Repository.temporaryFolder()
        let result = try Run.ayumi(["build", "templates/jinsei-note", "--data", "examples/jinsei-note/edition.yaml",
                                    "--imposition", "saddle-stitch", "-o", folder + "/book.pdf"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Run.ayumi(["build", "templates/jinsei-note", "--data", "examples/jinsei-note/edition.yaml",
                               "-o", folder + "/plain.pdf"]).status == 0)
        let pages = try pageSizes(folder + "/plain.pdf").count
        let sides = try pageSizes(folder + "/book.pdf")
        #expect(sides.count == (pages + 3) / 4 * 2)
        for (width, height) in sides { #expect(abs(width - 1190.55) < 1 && abs(height - 841.89) < 1) }
    }

    @Test("print options with bad values are usage errors", arguments: [
        (["--bleed", "3"], "'3' is not a bleed"), (["--bleed", "30mm"], "'30mm' is not a bleed"),
        (["--imposition", "zigzag"], "The value 'zigzag' is invalid for '--imposition <imposition>'"),
    ])
    func printOptionsInvalid(option: [String], message: String) throws {
        let result = try build(option)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("--rendition filled needs --fill; --fill with the blank rendition is a contradiction", arguments: [
        (["--rendition", "filled"], "The filled rendition needs the resident's answers: add --fill RESIDENT.yaml."),
        (["--rendition", "blank", "--fill", "x.yaml"],
         "--fill gives a resident's answers, which only the filled and fillable renditions hold; drop --rendition blank or --fill."),
        (["--rendition", "sideways"], "The value 'sideways' is invalid for '--rendition <rendition>'"),
    ])
    func renditionUsage(option: [String], message: String) throws {
        let result = try build(option)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("--fill reads the resident's answers (implying filled): an answer for a field the template lacks is located")
    func fillChecksAnswers() throws {
        let folder = Repository.temporaryFolder()
        try "full_name: 山田花子\n".write(toFile: folder + "/hanako.yaml", atomically: true, encoding: .utf8)
        let result = try build(["--fill", folder + "/hanako.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(folder)/hanako.yaml:1:1: error: the template has no field named `full_name`"),
                "\(result.standardError)")
        #expect(!result.standardError.contains("山田花子"))   // the resident's line is never echoed
        let missing = try build(["--fill", folder + "/nobody.yaml"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("error: the resident's answers `\(folder)/nobody.yaml` does not exist"))
    }

    @Test("the blank and fillable renditions of the article build (it has no fields)", arguments: ["blank", "fillable"])
    func renditions(rendition: String) throws {
        #expect(try build(["--rendition", rendition]).status == 0)
    }

    @Test("exit statuses: 64 from swift-argument-parser becomes 2; input errors 1; help 0")
    func exitStatuses() throws {
        #expect(try Run.ayumi(["build", "--bogus"]).status == 2)
        #expect(try Run.ayumi(["frobnicate"]).status == 2)
        #expect(try Run.ayumi(["build", "templates/article", "--data", sample]).status == 2)   // no -o
        #expect(try Run.ayumi(["build", "templates/nowhere", "--data", sample, "-o", "/tmp/x.pdf"]).status == 1)
        #expect(try Run.ayumi(["help", "build"]).status == 0)
        #expect(try Run.ayumi(["build", "--help"]).status == 0)
    }

    @Test("giving the template.yaml file instead of its folder says which folder to give")
    func templateFile() throws {
        let result = try Run.ayumi(["check", "templates/article/template.yaml", "--data", sample])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: `templates/article/template.yaml` is a file; give the template's folder"))
        #expect(result.standardError.contains("hint: give the folder that holds template.yaml, such as `templates/article`"))
    }

    @Test("a missing template and a missing data file are reported together")
    func bothMissing() throws {
        let result = try Run.ayumi(["check", "templates/nowhere", "--data", "nowhere.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("there is no template in `templates/nowhere`"))
        #expect(result.standardError.contains("the data file `nowhere.yaml` does not exist"))
        #expect(result.standardOutput == "2 errors\n")
    }
}

/// Japanese for a Japanese locale, English otherwise.
@Suite("Messages in the reader's language")
struct LanguageTests {
    let japanese = ["LANG": "ja_JP.UTF-8"]

    @Test("LANG=ja_JP.UTF-8 ayumi build templates/nonexistent … answers in Japanese; LANG=C in English")
    func missingTemplate() throws {
        let arguments = ["build", "templates/nonexistent", "--data", "examples/article/sample.yaml", "-o", "/tmp/x.pdf"]
        let ja = try Run.ayumi(arguments, environment: japanese)
        #expect(ja.status == 1)
        #expect(ja.standardError == """
            エラー: `templates/nonexistent` にテンプレートがありません（template.yaml がありません）
              ヒント: `templates/article` のように、テンプレートのフォルダーを指定してください

            """)
        let c = try Run.ayumi(arguments, environment: ["LANG": "C"])
        #expect(c.status == 1)
        #expect(c.standardError == """
            error: there is no template in `templates/nonexistent` (no template.yaml)
              hint: give the folder of a template, such as `templates/article`

            """)
    }

    @Test("LC_ALL wins over LANG, as in every POSIX program")
    func precedence() throws {
        let arguments = ["check", "templates/article", "--data", "examples/article/sample.yaml"]
        #expect(try Run.ayumi(arguments, environment: ["LANG": "C", "LC_ALL": "ja_JP.UTF-8"]).standardOutput == "問題は見つかりませんでした\n")
        #expect(try Run.ayumi(arguments, environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": "C"]).standardOutput == "no problems found\n")
    }

    @Test("the common diagnostics in Japanese, with the caret still under the place")
    func commonDiagnostics() throws {
        let folder = Repository.temporaryFolder()
        try "titel: t\nbody: b\npage_size: A3\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["check", "templates/article", "--data", folder + "/bad.yaml"], environment: japanese)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(folder)/bad.yaml:1:1: エラー: このテンプレートのデータに `titel` というキーはありません"),
                "\(result.standardError)")
        #expect(result.standardError.contains("ヒント: `title` のことですか？"))
        #expect(result.standardError.contains("エラー: `page_size` に `A3` は指定できません"))
        #expect(result.standardError.contains("""
               3 | page_size: A3
                 |            ^
            """))
        #expect(result.standardError.contains("データに `title`（題名） がありません"))
        #expect(result.standardOutput.hasPrefix("エラー"))

        try Data([0x74, 0x3A, 0x20, 0x91, 0xE8, 0x0A]).write(to: URL(fileURLWithPath: folder + "/sjis.yaml"))
        let sjis = try Run.ayumi(["check", "templates/article", "--data", folder + "/sjis.yaml"], environment: japanese)
        #expect(sjis.standardError.contains("\(folder)/sjis.yaml:1:1: エラー: データファイルの文字コードが UTF-8 ではありません"))
        #expect(sjis.standardError.contains("ヒント: ファイルを UTF-8 で保存し直してください"))

        let missing = try Run.ayumi(["check", "templates/article", "--data", folder + "/none.yaml"], environment: japanese)
        #expect(missing.standardError.contains("エラー: データファイル `\(folder)/none.yaml` がありません"))
    }

    @Test("a character no font has, in Japanese")
    func noFont() throws {
        let folder = Repository.temporaryFolder()
        try "title: t\nbody: 外字\u{E000}です\n".write(toFile: folder + "/g.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["build", "templates/article", "--data", folder + "/g.yaml", "-o", folder + "/g.pdf"],
                                   environment: japanese)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(folder)/g.yaml:2:9: エラー: U+E000 （外字：私用領域の文字） を表示できるフォントがありません"),
                "\(result.standardError)")
        #expect(result.standardError.contains("ヒント: 外字はパソコンごとに違う字で表示されます"))
    }

    @Test("usage errors in Japanese, with exit 2")
    func usage() throws {
        let unknown = try Run.ayumi(["build", "templates/article", "--data", "examples/article/sample.yaml", "-o", "/tmp/x.pdf", "--dta"], environment: japanese)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("エラー: '--dta' というオプションはありません。'--data' のことですか？"), "\(unknown.standardError)")
        #expect(unknown.standardError.contains("くわしくは 'ayumi build --help' を見てください。"))
        let noData = try Run.ayumi(["build", "templates/article", "-o", "/tmp/x.pdf"], environment: japanese)
        #expect(noData.status == 2)
        #expect(noData.standardError.hasPrefix("エラー: --data でデータファイルを指定してください"))
    }

    @Test("help in Japanese")
    func help() throws {
        let result = try Run.ayumi(["help", "build"], environment: japanese)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("テンプレートとデータから PDF を作ります。"))
        #expect(result.standardOutput.contains("PDF を書き出す場所。"))
    }
}
