import AyumiTestSupport
import Foundation
import Testing
@testable import ayumi

/// The style setting `upright_digits` (automatic 縦中横, issue 15 item 3): a wrong value is an
/// error at its place in template.yaml, worded in English and in Japanese.
@Suite("The upright_digits style setting")
struct UprightDigitsSettingTests {
    /// templates/article with the paragraph style's `upright_digits: 2` replaced by `value`.
    func check(_ value: String, language: [String: String]) throws -> (ProcessResult, String) {
        let folder = Repository.temporaryFolder()
        let original = try String(contentsOfFile: Repository.path("templates/article/template.yaml"), encoding: .utf8)
        try #require(original.contains("indent: 1zw, upright_digits: 2}"))
        try FileManager.default.createDirectory(atPath: folder + "/tpl", withIntermediateDirectories: true)
        try original.replacingOccurrences(of: "indent: 1zw, upright_digits: 2}", with: "indent: 1zw, upright_digits: \(value)}")
            .write(toFile: folder + "/tpl/template.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["check", folder + "/tpl", "--data", Repository.path("examples/article/sample.yaml"),
                                    "--font-manifest", Repository.path("fonts/manifest.yaml")], environment: language)
        return (result, folder + "/tpl/template.yaml")
    }

    @Test("a value outside 0…4 is an error at its place, with a hint", arguments: ["5", "two", "-1"])
    func english(_ value: String) throws {
        let (result, file) = try check(value, language: ["LANG": "C"])
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file):32:103: error: `upright_digits` of the style `paragraph` must be a whole number from 0 to 4, not `\(value)`"),
                "\(result.standardError)")
        #expect(lines.contains("  hint: `2` sets one- and two-digit numbers upright in vertical text (「9時～17時」); `0` leaves numbers to `^…^`"))
    }

    @Test("the same error in Japanese")
    func japanese() throws {
        let (result, file) = try check("5", language: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file):32:103: エラー: スタイル `paragraph` の `upright_digits` は 0 から 4 までの整数にしてください（`5` になっています）"),
                "\(result.standardError)")
        #expect(lines.contains("  ヒント: `2` にすると、縦書きで1けたと2けたの数字が縦中横になります（「9時～17時」）。`0` では `^…^` で囲んだ数字だけです"))
    }

    @Test("0 to 4 are accepted", arguments: ["0", "1", "2", "3", "4"])
    func accepted(_ value: String) throws {
        #expect(try check(value, language: ["LANG": "C"]).0.status == 0)
    }

    @Test("the catalog words what the template stage says")
    func catalog() {
        #expect(DiagnosticTranslation.message(Message.uprightDigitsOutOfRange(style: "paragraph", value: "5").english) != nil)
        #expect(DiagnosticTranslation.hint(Message.hintUprightDigits.english) != nil)
    }
}
