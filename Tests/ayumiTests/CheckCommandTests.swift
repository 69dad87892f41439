import AyumiTestSupport
import Foundation
import Testing

/// `ayumi check`, run as staff would run it after editing an edition's data.
@Suite("ayumi check")
struct CheckCommandTests {
    let sample = "examples/article/sample.yaml"

    @Test("the article template with its sample data is clean")
    func clean() throws {
        let result = try Run.ayumi(["check", "templates/article", "--data", sample])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "no problems found\n")
        #expect(result.standardError.isEmpty)
    }

    @Test("bad data: every located message, then the count, exit 1")
    func badData() throws {
        let data = Repository.temporaryFolder() + "/bad.yaml"
        try "title: t\nbody: b\npage_size: A3\nfont_size: 4pt\n".write(toFile: data, atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["check", "templates/article", "--data", data])
        #expect(result.status == 1)
        #expect(result.standardError.contains("""
            \(data):3:12: error: `A3` is not a value `page_size` can take
               3 | page_size: A3
                 |            ^
              hint: did you mean `A4`?
            """), "\(result.standardError)")
        #expect(result.standardError.contains("\(data):4:12: error: `font_size` is 4pt, smaller than the smallest allowed, 9pt"))
        #expect(result.standardOutput == "2 errors\n")
    }

    @Test("a template folder that does not exist")
    func missingTemplate() throws {
        let result = try Run.ayumi(["check", "templates/nonexistent", "--data", sample])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: there is no template in `templates/nonexistent` (no template.yaml)"))
        #expect(result.standardOutput == "1 error\n")
    }

    @Test("a data file that does not exist")
    func missingData() throws {
        let result = try Run.ayumi(["check", "templates/article", "--data", "examples/article/nowhere.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: the data file `examples/article/nowhere.yaml` does not exist"))
    }

    @Test("warnings alone still exit 0, and are counted")
    func warningsOnly() throws {
        // A manifest whose checksum for the Mincho face is out of date: a warning, not an error.
        let folder = Repository.temporaryFolder()
        let manifest = try String(contentsOfFile: Repository.path("fonts/manifest.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "12a760927333e6099c7d55508b03617d905836041d3883c766e88a2e892a96c3",
                                  with: String(repeating: "0", count: 64))
        try manifest.write(toFile: folder + "/manifest.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["check", "templates/article", "--data", sample, "--font-manifest", folder + "/manifest.yaml"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("warning: /usr/share/fonts/truetype/bizud-mincho/BIZUDMincho-Regular.ttf is not the file the manifest names"))
        #expect(result.standardOutput == "1 warning\n")
    }

    @Test("check writes no file")
    func writesNothing() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.copyItem(atPath: Repository.path(sample), toPath: folder + "/sample.yaml")
        #expect(try Run.ayumi(["check", "templates/article", "--data", folder + "/sample.yaml"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["sample.yaml"])
    }

    @Test("forgetting --data says how to give it")
    func noData() throws {
        let result = try Run.ayumi(["check", "templates/article"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--data"))
    }

    @Test("help lists check and explains the exit status")
    func help() throws {
        #expect(try Run.ayumi(["--help"]).standardOutput.contains("check"))
        let help = try Run.ayumi(["check", "--help"]).standardOutput
        #expect(help.contains("--data") && help.contains("--font-manifest"))
        #expect(help.contains("warnings alone"))
    }
}
