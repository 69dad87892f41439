import AyumiTestSupport
import Foundation
import Testing

/// `ayumi batch` and issue 14, probe 12: every error names its row; files are named by a key the
/// staff choose (`--name-column`), with a warning when names from the first column repeat and
/// when the output folder holds PDFs of an earlier run; nothing from a table reaches the
/// terminal as an escape sequence, and no row is echoed.
@Suite("ayumi batch: rows, file names, earlier runs, escapes")
struct BatchNamingTests {
    let notice = "Tests/ayumiTests/Fixtures/notice"

    func batch(_ people: String, to folder: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> ProcessResult {
        try Run.ayumi(["batch", notice, "--data", notice + "/edition-2026.yaml", "--people", people, "-o", folder] + extra,
                      environment: environment)
    }

    /// Standard error without the progress lines (in English or Japanese).
    func messages(_ result: ProcessResult) -> String {
        result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("progress: ") && !$0.hasPrefix("進み具合: ") }.joined(separator: "\n")
    }

    func write(_ text: String, _ path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test("a character no font has, in an answer printed into a field, names its row and cell, for every person")
    func layoutErrorNamesRow() throws {
        let note = "Tests/ayumiTests/Fixtures/answers-note"
        let folder = Repository.temporaryFolder()
        try write("full_name,birthday,cpr,places\n山田花子,1948-03-15,希望しない,自宅\nअ花子,1950-01-20,希望する,施設\nअ一郎,1950-01-21,希望する,施設\n",
                  folder + "/people.csv")
        let result = try Run.ayumi(["batch", note, "--data", note + "/edition.yaml", "--people", folder + "/people.csv",
                                    "-o", folder + "/out", "--jobs", "1"])
        #expect(result.status == 1)
        let hint = "  hint: no font of the family `mincho` or its fallbacks has this character; replace it, or add a font that has it to fonts/manifest.yaml"
        #expect(messages(result) == """
            \(folder)/people.csv:3:1: error: row 3, column `full_name`: no font can show U+0905 「अ」
            \(hint)
            \(folder)/people.csv:4:1: error: row 4, column `full_name`: no font can show U+0905 「अ」
            \(hint)

            """, "\(result.standardError)")
        #expect(result.standardOutput.hasSuffix("failed (see the messages above): row 3, column `full_name`; row 4, column `full_name`\n"))
    }

    @Test("--name-column names files by a key: a re-run after a row is removed keeps each person's file, and warns of the old one")
    func keyColumn() throws {
        let folder = Repository.temporaryFolder()
        try write("resident_no,name,message\n10234,森川 花子,一人目の森川さんです。\n10577,森川 花子,二人目の森川さんです。\n", folder + "/people.csv")
        let first = try batch(folder + "/people.csv", to: folder + "/out", ["--name-column", "resident_no"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(messages(first) == "")
        #expect(try files(folder + "/out") == ["10234.pdf", "10577.pdf"])

        // The first 森川 花子 moves away; the second keeps her file.
        try write("resident_no,name,message\n10577,森川 花子,二人目の森川さんです。\n", folder + "/people.csv")
        let again = try batch(folder + "/people.csv", to: folder + "/out", ["--name-column", "resident_no"])
        #expect(again.status == 0)
        #expect(messages(again) == """
            warning: \(folder)/out already holds 1 PDF this run does not make (from an earlier run?): 10234.pdf
              hint: remove those that belong to no one in the table any more; the files this run makes are replaced

            """, "\(again.standardError)")
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", folder + "/out/10577.pdf", "-"]).standardOutput.withoutWhitespace
        #expect(text.contains("森川花子様二人目の森川さんです。"))
    }

    @Test("a key that repeats or is empty stops the batch before anything is made; messages show the key beside the row")
    func keyMustBeUnique() throws {
        let folder = Repository.temporaryFolder()
        try write("resident_no,name,message,seminar_date\n10234,森川 花子,一人目,2026-11-30\n10577,森川 花子,二人目,2026-11-30\n"
                  + "10577,森川 一郎,三人目,2026-11-30\n,森川 二郎,四人目,2026-11-30\n", folder + "/people.csv")
        let result = try batch(folder + "/people.csv", to: folder + "/out", ["--name-column", "resident_no"])
        #expect(result.status == 1)
        let hint = "  hint: give every person their own `resident_no`, or name the files by another column with --name-column"
        #expect(messages(result) == """
            \(folder)/people.csv:4:1: error: row 3, row 4 have the same `resident_no`, which names the files
            \(hint)
            \(folder)/people.csv:5:1: error: row 5, column `resident_no`: `resident_no`, which names the files, is empty
            \(hint)

            """, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))

        // A unique key: an error names the row and the person's key, not their name.
        try write("resident_no,name,message,seminar_date\n10234,森川 花子,一人目,2026-11-30\n10577,森川 花子,二人目,2026-13-45\n",
                  folder + "/people.csv")
        let bad = try batch(folder + "/people.csv", to: folder + "/out", ["--name-column", "resident_no"])
        #expect(bad.status == 1)
        #expect(messages(bad).hasPrefix(
            "\(folder)/people.csv:3:17: error: row 3 (`resident_no` 10577), column `seminar_date`: `seminar_date` must be a date written like `2026-04-01`, not `…`\n"),
            "\(bad.standardError)")
        #expect(bad.standardOutput.hasSuffix("failed (see the messages above): row 3 (`resident_no` 10577), column `seminar_date`\n"))
    }

    @Test("names from the first column that repeat are a warning; a re-run after one is removed warns of the file left behind")
    func sameNames() throws {
        let folder = Repository.temporaryFolder()
        try write("name,message\n森川 花子,一人目の森川さんです。\n森川 花子,二人目の森川さんです。\n", folder + "/people.csv")
        let first = try batch(folder + "/people.csv", to: folder + "/out")
        #expect(first.status == 0)
        #expect(messages(first) == """
            \(folder)/people.csv:3:1: warning: row 2, row 3 give the same file name, so their files differ only by their order in the table (-2, -3 …): if a row is removed or moved, a file goes to another person
              hint: name the files by a column that is different for every person, such as a resident number: --name-column COLUMN

            """, "\(first.standardError)")
        #expect(!first.standardError.contains("森川"))   // the warning names rows, not people
        #expect(try files(folder + "/out") == ["森川 花子-2.pdf", "森川 花子.pdf"])

        try write("name,message\n森川 花子,二人目の森川さんです。\n", folder + "/people.csv")
        let again = try batch(folder + "/people.csv", to: folder + "/out")
        #expect(messages(again) == """
            warning: \(folder)/out already holds 1 PDF this run does not make (from an earlier run?): 森川 花子-2.pdf
              hint: remove those that belong to no one in the table any more; the files this run makes are replaced

            """, "\(again.standardError)")
    }

    @Test("the same warnings in Japanese")
    func japanese() throws {
        let folder = Repository.temporaryFolder()
        try write("name,message\n森川 花子,一人目です。\n森川 花子,二人目です。\n", folder + "/people.csv")
        let result = try batch(folder + "/people.csv", to: folder + "/out", environment: ["LANG": "ja_JP.UTF-8"])
        #expect(messages(result) == """
            \(folder)/people.csv:3:1: 警告: 2行目、3行目は同じファイル名になるため、表の中の順番（-2、-3 …）でしか区別されません。行を削除したり並べ替えたりすると、ファイルが別の人のものになります
              ヒント: 一人ひとり違う値の列（住民番号など）でファイル名を付けてください: --name-column 列名

            """, "\(result.standardError)")
    }

    @Test("escape sequences in a table reach the terminal only as visible pictures; no row is echoed, not even before the batch starts")
    func escapes() throws {
        let folder = Repository.temporaryFolder()
        // A column name that would clear the screen and retitle the window; a C1 CSI (U+009B).
        try write("name,message,\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}31m\n山田,こんにちは,x\n", folder + "/people.csv")
        let result = try batch(folder + "/people.csv", to: folder + "/out")
        #expect(result.status == 0)
        #expect(messages(result) == """
            \(folder)/people.csv:1:14: warning: the column `␛[2J␛]0;pwned␇\u{FFFD}31m` is not a value or field of this template, so it is not used
              hint: the columns Ayumi can use are `edition`, `contacts`, `fees`, `laws`, `resources`, `seminar_date`, `name`, `message`

            """, "\(result.standardError)")
        #expect(!result.standardError.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 })

        // Rows that fail while the batch learns the template: placed, never printed.
        try write("name,message\n山田\u{1B}[31m,お元気ですか。\n佐藤\u{1B}[31m,こんにちは\n", folder + "/bad.csv")
        let bad = try batch(folder + "/bad.csv", to: folder + "/out2")
        #expect(bad.status == 1)
        #expect(!bad.standardError.contains("お元気") && !bad.standardError.contains("山田"), "\(bad.standardError)")
        #expect(bad.standardError.hasPrefix("\(folder)/bad.csv:2:3: error: row 2, column `name`: an invisible control character (U+001B) is in the text\n"),
                "\(bad.standardError)")
    }
}
