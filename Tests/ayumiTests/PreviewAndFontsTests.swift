import AyumiTestSupport
import Foundation
import Testing

/// `ayumi preview` through the real executable (pdftoppm from poppler-utils draws the pages).
@Suite("ayumi preview")
struct PreviewCommandTests {
    let sample = "examples/article/sample.yaml"

    /// A data file long enough for three A4 pages.
    func threePages(in folder: String) throws -> String {
        let paragraph = "  " + String(repeating: "もしものとき、あなたが大切にしたいことを、身近な人に伝えていますか。", count: 8)
        let body = Array(repeating: paragraph, count: 14).joined(separator: "\n\n")
        try ("title: 長い文書\nbody: |\n" + body + "\n").write(toFile: folder + "/long.yaml", atomically: true, encoding: .utf8)
        return folder + "/long.yaml"
    }

    func isPNG(_ path: String) throws -> Bool {
        try Data(contentsOf: URL(fileURLWithPath: path)).prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test("one page: exactly the file named, a PNG of the page's size at the DPI asked for")
    func onePage() throws {
        let folder = Repository.temporaryFolder()
        let result = try Run.ayumi(["preview", "templates/article", "--data", sample, "--dpi", "72", "-o", folder + "/a.png"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "wrote \(folder)/a.png\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.png"])
        #expect(try isPNG(folder + "/a.png"))
        // A4 at 72 dpi is 595.3 × 841.9 pixels (pdftoppm rounds up): width and height from the PNG header.
        let header = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/a.png")).prefix(24))
        let width = header[16...19].reduce(0) { $0 << 8 | Int($1) }, height = header[20...23].reduce(0) { $0 << 8 | Int($1) }
        #expect((595...596).contains(width) && (841...842).contains(height), "\(width)×\(height)")
    }

    @Test("several pages: one file per page, numbered by page; --pages and --page choose")
    func severalPages() throws {
        let folder = Repository.temporaryFolder()
        let data = try threePages(in: folder)
        let all = try Run.ayumi(["preview", "templates/article", "--data", data, "--dpi", "30", "-o", folder + "/out.png"])
        #expect(all.status == 0, "\(all.standardError)")
        #expect(all.standardOutput == "wrote 3 pictures: \(folder)/out-1.png … \(folder)/out-3.png\n")
        for page in 1...3 { #expect(try isPNG("\(folder)/out-\(page).png")) }

        let some = try Run.ayumi(["preview", "templates/article", "--data", data, "--dpi", "30", "--pages", "2-", "-o", folder + "/p.png"])
        #expect(some.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/p-2.png") && FileManager.default.fileExists(atPath: folder + "/p-3.png"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/p-1.png"))

        let one = try Run.ayumi(["preview", "templates/article", "--data", data, "--dpi", "30", "--page", "2", "-o", folder + "/two.png"])
        #expect(one.status == 0)
        #expect(try isPNG(folder + "/two.png"))

        let beyond = try Run.ayumi(["preview", "templates/article", "--data", data, "--page", "9", "-o", folder + "/nine.png"])
        #expect(beyond.status == 1)
        #expect(beyond.standardError.contains("error: the document has 3 pages, so there is no page 9"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/nine.png"))
        // No hidden working folder is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test("without pdftoppm: a clear error naming the Debian package")
    func noPdftoppm() throws {
        let folder = Repository.temporaryFolder()
        let result = try Run.ayumi(["preview", "templates/article", "--data", sample, "-o", folder + "/a.png"],
                                   environment: ["PATH": folder])
        #expect(result.status == 1)
        #expect(result.standardError == """
            error: cannot make a preview: the program pdftoppm is not installed
              hint: install it with: apt-get install poppler-utils

            """)
    }

    @Test("usage mistakes", arguments: [
        (["--page", "2", "--pages", "2-3"], "Give --page N or --pages A-B, not both."),
        (["--pages", "5-2"], "'5-2' is not a page range"),
        (["--dpi", "5"], "--dpi 5 is out of range"),
        (["--page", "0"], "'0' is not a page number"),
    ])
    func usage(options: [String], message: String) throws {
        let result = try Run.ayumi(["preview", "templates/article", "--data", sample, "-o", "/tmp/a.png"] + options)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("the output must be a .png")
    func notPNG() throws {
        let result = try Run.ayumi(["preview", "templates/article", "--data", sample, "-o", "/tmp/a.pdf"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("A preview is a PNG picture"))
    }
}

/// `ayumi fonts` through the real executable.
@Suite("ayumi fonts")
struct FontsCommandTests {
    @Test("without a template: every face of the manifest, its file, version, package, licence and checksum")
    func manifest() throws {
        let result = try Run.ayumi(["fonts"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.hasPrefix("fonts of fonts/manifest.yaml\n"))
        for heading in ["mincho regular", "mincho bold", "gothic regular", "gothic bold"] {
            #expect(text.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(text.contains("""
              BIZ UDMincho Regular
                  file      /usr/share/fonts/truetype/bizud-mincho/BIZUDMincho-Regular.ttf
                  version   1.05
                  package   fonts-morisawa-bizud-mincho
                  licence   SIL Open Font License 1.1
                  checksum  matches the manifest
              fallback: Noto Serif CJK JP Regular
            """), "\(text)")
    }

    @Test("a checksum that differs is shown, and is no failure")
    func checksum() throws {
        let folder = Repository.temporaryFolder()
        let manifest = try String(contentsOfFile: Repository.path("fonts/manifest.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "12a760927333e6099c7d55508b03617d905836041d3883c766e88a2e892a96c3",
                                  with: String(repeating: "0", count: 64))
        try manifest.write(toFile: folder + "/manifest.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["fonts", "--font-manifest", folder + "/manifest.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("checksum  differs from the manifest (the font was updated; lines may break differently)"))
    }

    @Test("a missing font file names the package to install, and fails")
    func missingFile() throws {
        let folder = Repository.temporaryFolder()
        let manifest = try String(contentsOfFile: Repository.path("fonts/manifest.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "/usr/share/fonts/truetype/bizud-gothic/BIZUDGothic-Bold.ttf", with: "/nowhere/BIZUDGothic-Bold.ttf")
        try manifest.write(toFile: folder + "/manifest.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["fonts", "--font-manifest", folder + "/manifest.yaml"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("checksum  the file is missing: apt-get install fonts-morisawa-bizud-gothic"))
    }

    @Test("with a document: the characters from a fallback font and those no font has, with their first place")
    func characters() throws {
        let folder = Repository.temporaryFolder()
        try "title: 𠮷野さん\nbody: |\n  𠮷田さんと𠮷野さんの外字\u{E000}です。\n".write(toFile: folder + "/f.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["fonts", "templates/article", "--data", folder + "/f.yaml"])
        #expect(result.status == 1)
        let text = result.standardOutput
        #expect(text.contains("""
            characters set in a fallback font (2):
              U+20BB7 「𠮷」 in gothic bold: from Noto Sans CJK JP Bold, first at \(folder)/f.yaml:1:8
              U+20BB7 「𠮷」 in mincho regular: from Noto Serif CJK JP Regular, first at \(folder)/f.yaml:3:3 (2 times)
            characters no font has (1):
              U+E000 (a private-use character) in mincho regular: no font has it, first at \(folder)/f.yaml:3:15
            """), "\(text)")
    }

    @Test("a document whose characters are all in its own fonts")
    func clean() throws {
        let result = try Run.ayumi(["fonts", "templates/article", "--data", "examples/article/sample.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("every character of the document is in its family's own font\n"))
        #expect(try Run.ayumi(["fonts", "--data", "examples/article/sample.yaml"]).status == 2)
    }
}
