import AyumiTestSupport
import Foundation
import Testing

/// Issue 14, probes 3, 4 and 5: a build reads only the files of its project — the template's
/// folder, the data files' folders, a people table's folder — with every link followed, and a
/// font manifest only where no one else could have put it (`ReadableFiles`, `FontManifestLocator`).
@Suite("files a build may read")
struct ReadableFilesCommandTests {
    /// A line no message may ever show: it stands for /etc/shadow.
    static let secret = "root:SECRET-LINE-1234:19000:0:99999:7:::"

    /// A copy of the article template in `folder/tpl`, with `extra` lines added to its body.
    func article(in folder: String, adding extra: String = "") throws -> String {
        let original = try String(contentsOfFile: Repository.path("templates/article/template.yaml"), encoding: .utf8)
        let body = "  - prose: \"{{ body }}\"\n"
        try #require(original.contains(body))
        try FileManager.default.createDirectory(atPath: folder + "/tpl", withIntermediateDirectories: true)
        try original.replacingOccurrences(of: body, with: body + extra)
            .write(toFile: folder + "/tpl/template.yaml", atomically: true, encoding: .utf8)
        return folder + "/tpl"
    }

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    // MARK: - Probe 4: links out of the template's folder

    @Test("an included section that is a link to a file outside: refused at the include, the file never shown")
    func includeLinkOutside() throws {
        let folder = Repository.temporaryFolder()
        try write(Self.secret + "\n", folder + "/shadow")
        let template = try article(in: folder, adding: "  - include: sections/link.yaml\n")
        try FileManager.default.createDirectory(atPath: template + "/sections", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: template + "/sections/link.yaml", withDestinationPath: folder + "/shadow")

        let result = try Run.ayumi(["check", template, "--data", "examples/article/sample.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError == """
            \(template)/template.yaml:40:14: error: `sections/link.yaml` is outside the template's folder (it leads to `\(folder)/shadow`)
              40 |   - include: sections/link.yaml
                 |              ^
              hint: Ayumi reads only files inside the template's folder; copy the file there and give its name relative to `\(template)`

            """, "\(result.standardError)")
        #expect(result.standardOutput == "1 error\n")
        #expect(!(result.standardError + result.standardOutput).contains("SECRET"))

        // In Japanese too, and still without the secret.
        let japanese = try Run.ayumi(["check", template, "--data", "examples/article/sample.yaml"],
                                     environment: ["LANG": "ja_JP.UTF-8"])
        #expect(japanese.status == 1)
        #expect(japanese.standardError.contains(
            "\(template)/template.yaml:40:14: エラー: `sections/link.yaml` はテンプレートのフォルダーの外にあるため、読みません（リンク先: `\(folder)/shadow`）"),
            "\(japanese.standardError)")
        #expect(!japanese.standardError.contains("SECRET"))
    }

    @Test("a picture that is a link to a file outside the template's folder is not embedded")
    func imageLinkOutside() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.copyItem(atPath: Repository.path("Tests/AyumiRenderTests/Goldens/card-box.png"),
                                         toPath: folder + "/private.png")
        let template = try article(in: folder, adding: "  - image: pictures/map.png\n    alt: 地図\n")
        try FileManager.default.createDirectory(atPath: template + "/pictures", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: template + "/pictures/map.png", withDestinationPath: folder + "/private.png")

        let result = try Run.ayumi(["build", template, "--data", "examples/article/sample.yaml", "-o", folder + "/out.pdf"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("""
            \(template)/template.yaml:40:12: error: `pictures/map.png` is outside the template's folder (it leads to `\(folder)/private.png`)
            """), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.pdf"))
    }

    @Test("a link that stays inside the template's folder is followed")
    func linkInside() throws {
        let folder = Repository.temporaryFolder()
        let template = try article(in: folder, adding: "  - include: sections/link.yaml\n")
        try write("- paragraph: リンクの先の節です。\n", template + "/sections/real.yaml")
        try FileManager.default.createSymbolicLink(atPath: template + "/sections/link.yaml", withDestinationPath: "real.yaml")
        let result = try Run.ayumi(["build", template, "--data", "examples/article/sample.yaml", "-o", folder + "/out.pdf"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", folder + "/out.pdf", "-"]).standardOutput
        #expect(text.withoutWhitespace.contains("リンクの先の節です。"))
    }

    @Test("template.yaml itself may not be a link to a file outside its folder")
    func templateLinkOutside() throws {
        let folder = Repository.temporaryFolder()
        let elsewhere = try article(in: folder + "/elsewhere")
        try FileManager.default.createDirectory(atPath: folder + "/tpl", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/tpl/template.yaml", withDestinationPath: elsewhere + "/template.yaml")
        let result = try Run.ayumi(["check", folder + "/tpl", "--data", "examples/article/sample.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError == """
            error: `\(folder)/tpl/template.yaml` is a link to a file outside the template's folder
              hint: copy the file into the template's folder instead of linking to it

            """, "\(result.standardError)")
    }

    // MARK: - Probe 5: CSV files named by data and by people tables

    /// The notice fixture's edition, in `folder/data`, with `contacts:` naming `csv`.
    func notice(in folder: String, contacts csv: String) throws -> String {
        let edition = try String(contentsOfFile: Repository.path("Tests/ayumiTests/Fixtures/notice/edition-2026.yaml"), encoding: .utf8)
        let list = "contacts:\n  - {name: 高齢者支援課, phone: 0000-00-0000}\n  - {name: 地域包括支援センター, phone: 0000-00-0001}\n"
        try #require(edition.contains(list))
        try write(edition.replacingOccurrences(of: list, with: "contacts: \(csv)\n"), folder + "/data/edition.yaml")
        return folder + "/data/edition.yaml"
    }

    @Test("a data file may name a CSV file beside it, not one outside the template's and data files' folders")
    func dataCSVOutside() throws {
        let folder = Repository.temporaryFolder()
        try write("name,phone\n秘密の診療所,SECRET-0000\n", folder + "/secret.csv")
        try write("name,phone\n地域の窓口,0000-00-0002\n", folder + "/data/contacts.csv")
        let fixture = "Tests/ayumiTests/Fixtures/notice"

        let inside = try notice(in: folder + "/ok", contacts: "contacts.csv")
        try FileManager.default.copyItem(atPath: folder + "/data/contacts.csv", toPath: folder + "/ok/data/contacts.csv")
        let good = try Run.ayumi(["check", fixture, "--data", inside])
        #expect(good.status == 0, "\(good.standardError)")

        let outside = try notice(in: folder, contacts: "../secret.csv")
        let result = try Run.ayumi(["check", fixture, "--data", outside])
        #expect(result.status == 1)
        #expect(result.standardError.contains("""
            \(outside):11:11: error: the CSV file `../secret.csv` is outside the folders of the template and the data files
            """), "\(result.standardError)")
        #expect(!result.standardError.contains("SECRET"))
    }

    @Test("inside a project (a folder holding .git) a data file may name a CSV file anywhere in it, as the examples share one")
    func dataCSVInProject() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
        try write("name,phone\n共有の窓口,0000-00-0003\n", folder + "/shared/contacts.csv")
        let edition = try notice(in: folder, contacts: "../shared/contacts.csv")
        let result = try Run.ayumi(["check", "Tests/ayumiTests/Fixtures/notice", "--data", edition])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "")
        for example in ["kizuna-note/edition.yaml", "acp-leaflet/leaflet.yaml"] {
            let template = "templates/" + example.split(separator: "/")[0]
            let shared = try Run.ayumi(["check", template, "--data", "examples/" + example])
            #expect(shared.status == 0, "\(example): \(shared.standardError)")
        }
    }

    /// A people table in `folder/table` whose second person's `contacts` cell is `cell`.
    func batch(_ folder: String, contacts cell: String) throws -> ProcessResult {
        try write("name,contacts\n山田 花子,\n佐藤 一郎,\(cell)\n", folder + "/table/people.csv")
        let notice = "Tests/ayumiTests/Fixtures/notice"
        return try Run.ayumi(["batch", notice, "--data", notice + "/edition-2026.yaml", "--people", folder + "/table/people.csv",
                              "-o", folder + "/out"])
    }

    @Test("a people table's cell may not name a CSV file outside: by absolute path, by ../, or by a link")
    func tableCellOutside() throws {
        let folder = Repository.temporaryFolder()
        try write("name,phone\n秘密の診療所,SECRET-0000\n", folder + "/secret.csv")
        let refused = "error: row 3, column `contacts`: the CSV file `…` is outside the folders of the template, "
            + "the data files and the table of people"
        for cell in [folder + "/secret.csv", "../secret.csv", "link.csv"] {
            if cell == "link.csv" {
                try FileManager.default.createSymbolicLink(atPath: folder + "/table/link.csv", withDestinationPath: folder + "/secret.csv")
            }
            let result = try batch(folder, contacts: cell)
            #expect(result.status == 1, "\(cell)")
            let leads = cell == "link.csv" ? " (it leads to `\(folder)/secret.csv`)" : ""
            #expect(result.standardError.contains("\(folder)/table/people.csv:3:7: \(refused)\(leads)\n"),
                    "\(cell): \(result.standardError)")
            #expect(!(result.standardError + result.standardOutput).contains("SECRET"), "\(cell)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out") == ["山田 花子.pdf"], "\(cell)")
            try FileManager.default.removeItem(atPath: folder + "/out")
        }
    }

    @Test("a people table's cell names a CSV file beside the table")
    func tableCellBeside() throws {
        let folder = Repository.temporaryFolder()
        try write("name,phone\n地域の窓口,0000-00-0002\n", folder + "/table/contacts.csv")
        let result = try batch(folder, contacts: "contacts.csv")
        #expect(result.status == 0, "\(result.standardError)")
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", folder + "/out/佐藤 一郎.pdf", "-"]).standardOutput
        #expect(text.withoutWhitespace.contains("地域の窓口") && text.contains("0000-00-0002"), "\(text)")
    }

    // MARK: - Probe 3: the font manifest found by searching

    /// A manifest like the project's, but naming a font file that is not there: used, it fails the build.
    func plantManifest(at path: String) throws {
        let manifest = try String(contentsOfFile: Repository.path("fonts/manifest.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "/usr/share/fonts/truetype/bizud-mincho/BIZUDMincho-Regular.ttf",
                                  with: "/nonexistent/Swapped-1-7.ttf")
        try write(manifest, path)
    }

    @Test("a manifest in a parent folder everyone may write to is not used, and a warning says so")
    func plantedInWorldWritableParent() throws {
        let folder = Repository.temporaryFolder()
        try plantManifest(at: folder + "/fonts/manifest.yaml")
        #expect(chmod(folder, 0o777) == 0)
        let template = try article(in: folder + "/project")
        let result = try Run.ayumi(["build", template, "--data", "examples/article/sample.yaml", "-o", folder + "/out.pdf"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == """
            warning: the font manifest `\(folder)/fonts/manifest.yaml` was not used: everyone may write to `\(folder)`, so anyone could have put it there
              hint: if you trust it, name it: --font-manifest \(folder)/fonts/manifest.yaml (or set AYUMI_FONT_MANIFEST)

            """)
        let fonts = try Run.tool("pdffonts", [folder + "/out.pdf"]).standardOutput
        #expect(fonts.contains("BIZUDMincho"), "\(fonts)")

        let japanese = try Run.ayumi(["check", template, "--data", "examples/article/sample.yaml"],
                                     environment: ["LANG": "ja_JP.UTF-8"])
        #expect(japanese.status == 0)
        #expect(japanese.standardError == """
            警告: フォント一覧 `\(folder)/fonts/manifest.yaml` は使いませんでした。`\(folder)` はだれでも書き込めるフォルダーなので、ほかの人が置いたものかもしれません
              ヒント: 信頼できるものなら、--font-manifest \(folder)/fonts/manifest.yaml と指定してください（環境変数 AYUMI_FONT_MANIFEST でも指定できます）

            """, "\(japanese.standardError)")

        // Named explicitly, it is used (and its missing font then stops the build).
        let named = try Run.ayumi(["build", template, "--data", "examples/article/sample.yaml", "-o", folder + "/named.pdf",
                                   "--font-manifest", folder + "/fonts/manifest.yaml"])
        #expect(named.status == 1)
        #expect(named.standardError.contains("/nonexistent/Swapped-1-7.ttf"), "\(named.standardError)")
    }

    @Test("the search stops at the project root (a folder holding .git) and at the home folder")
    func searchStopsAtProjectRoot() throws {
        let folder = Repository.temporaryFolder()
        try plantManifest(at: folder + "/fonts/manifest.yaml")
        let project = try article(in: folder + "/project")
        try FileManager.default.createDirectory(atPath: folder + "/project/.git", withIntermediateDirectories: true)
        let result = try Run.ayumi(["build", project, "--data", "examples/article/sample.yaml", "-o", folder + "/out.pdf"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "")

        let home = try article(in: folder + "/home")
        let fromHome = try Run.ayumi(["build", home, "--data", "examples/article/sample.yaml", "-o", folder + "/home.pdf"],
                                     environment: ["HOME": folder + "/home"])
        #expect(fromHome.status == 0, "\(fromHome.standardError)")
        #expect(fromHome.standardError == "")
    }
}
