import AyumiTestSupport
import Foundation
import Testing

/// `ayumi batch` through the real executable, on the notice fixture (Fixtures/notice): its
/// people.csv has five people, one of whom (row 5) has an impossible date.
@Suite("ayumi batch")
struct BatchCommandTests {
    let fixture = "Tests/ayumiTests/Fixtures/notice"
    var edition: String { fixture + "/edition-2026.yaml" }
    var people: String { fixture + "/people.csv" }

    func batch(_ people: String, to folder: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> ProcessResult {
        try Run.ayumi(["batch", fixture, "--data", edition, "--people", people, "-o", folder] + extra, environment: environment)
    }

    func pdfText(_ path: String) throws -> String {
        try Run.tool("pdftotext", ["-enc", "UTF-8", path, "-"]).standardOutput.withoutWhitespace
    }

    @Test("one PDF per person, named safely and uniquely; the bad row is reported by row and column; the others are written")
    func notice() throws {
        let folder = Repository.temporaryFolder() + "/out"
        let result = try batch(people, to: folder)
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            == ["row-6.pdf", "佐藤_一郎.pdf", "山田 花子-2.pdf", "山田 花子.pdf"])
        #expect(try pdfText(folder + "/山田 花子.pdf").contains("山田花子様お元気ですか。"))
        #expect(try pdfText(folder + "/山田 花子-2.pdf").contains("山田花子様同じお名前の方です。講座の日令和8年12月1日（火）"))
        #expect(try pdfText(folder + "/row-6.pdf").contains("皆様名前のない行です。"))   // the template's default name

        #expect(result.standardError.contains("""
            \(people):5:19: error: row 5, column `seminar_date`: `seminar_date` must be a date written like `2026-04-01`, not `…`
              hint: write the year, month and day with hyphens: 2026-04-01
            """), "\(result.standardError)")
        // The person's row is never echoed: not the line, not the value.
        #expect(!result.standardError.contains("鈴木三郎") && !result.standardError.contains("2026-13-45"))
        #expect(result.standardOutput.hasPrefix("wrote 4 of 5 documents to \(folder) in "))
        #expect(result.standardOutput.hasSuffix("failed (see the messages above): row 5, column `seminar_date`\n"))
    }

    @Test("the same table gives the same bytes, one job or several")
    func deterministic() throws {
        let one = Repository.temporaryFolder(), four = Repository.temporaryFolder()
        _ = try batch(people, to: one, ["--jobs", "1"])
        _ = try batch(people, to: four, ["--jobs", "4"])
        for name in try FileManager.default.contentsOfDirectory(atPath: one) {
            #expect(try Data(contentsOf: URL(fileURLWithPath: one + "/" + name)) == Data(contentsOf: URL(fileURLWithPath: four + "/" + name)),
                    "\(name)")
        }
    }

    @Test("plain progress lines when standard error is not a terminal")
    func plainProgress() throws {
        let result = try batch(people, to: Repository.temporaryFolder())
        #expect(result.standardError.contains("\nprogress: 1/5 (20%)\n"))   // after the warning that rows 2 and 4 share a name
        #expect(result.standardError.contains("progress: 5/5 (100%), 1 failed\n"))
        #expect(!result.standardError.contains("\u{1B}"))
        let quiet = try batch(people, to: Repository.temporaryFolder(), ["--quiet"])
        #expect(!quiet.standardError.contains("progress") && quiet.standardOutput.isEmpty)
    }

    @Test("a progress bar on a terminal, redrawn in place, cleared at the end")
    func progressBar() throws {
        let folder = Repository.temporaryFolder()
        let command = ["env", "LANG=C.UTF-8", "LC_ALL=", Repository.ayumi, "batch", Repository.path(fixture),
                       "--data", Repository.path(edition), "--people", Repository.path(people), "-o", folder + "/out"].joined(separator: " ")
        let result = try Run.tool("script", ["-qec", command, "/dev/null"])
        let screen = result.standardOutput
        #expect(screen.contains("\r\u{1B}[2K██████"), "\(screen)")
        #expect(screen.contains("5/5  1 failed"))
        #expect(screen.contains("row 5, column `seminar_date`"))
        #expect(screen.contains("\r\u{1B}[2Kwrote 4 of 5 documents"))
    }

    @Test("a 200-row table: 199 documents, the bad row named by its number (release-build figures in docs/performance.md)")
    func twoHundred() throws {
        let folder = Repository.temporaryFolder()
        var csv = "name,message,seminar_date\n"
        for row in 1...200 {
            csv += "利用者\(row),講座のご案内です。ご都合のよいときにお越しください。,\(row == 100 ? "2026-02-30" : "2026-11-30")\n"
        }
        try csv.write(toFile: folder + "/people.csv", atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        let result = try batch(folder + "/people.csv", to: folder + "/out")
        let elapsed = ContinuousClock.now - start
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").count == 199)
        #expect(result.standardError.contains("\(folder)/people.csv:101:"), "\(result.standardError)")
        #expect(result.standardError.contains("error: row 101, column `seminar_date`:"))
        #expect(result.standardOutput.hasPrefix("wrote 199 of 200 documents"))
        #expect(elapsed < TimeBound.scaled(.seconds(60)), "took \(elapsed)")
    }

    @Test("a Shift_JIS table (as Excel saves it) is read, with a warning")
    func shiftJIS() throws {
        let folder = Repository.temporaryFolder()
        // 名前,本文 / 山田,こんにちは in CP932.
        let bytes: [UInt8] = Array("name,message\n".utf8) + [0x8E, 0x52, 0x93, 0x63, 0x2C, 0x82, 0xB1, 0x82, 0xF1, 0x82, 0xC9, 0x82,
                                                              0xBF, 0x82, 0xCD, 0x0A]
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/sjis.csv"))
        let result = try batch(folder + "/sjis.csv", to: folder + "/out")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("warning: the CSV file is not UTF-8, so it was read as Shift_JIS (CP932)"))
        #expect(try pdfText(folder + "/out/山田.pdf").contains("山田様こんにちは"))
    }

    @Test("a YAML list of people, with person numbers in messages")
    func yamlPeople() throws {
        let folder = Repository.temporaryFolder()
        try """
            - name: 山田花子
              message: お元気ですか。
            - name: 佐藤一郎
              seminar_date: 2026-02-30
            """.write(toFile: folder + "/people.yaml", atomically: true, encoding: .utf8)
        let result = try batch(folder + "/people.yaml", to: folder + "/out")
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out") == ["山田花子.pdf"])
        #expect(result.standardError.contains("\(folder)/people.yaml:4:17: error: person 2, `seminar_date`:"), "\(result.standardError)")
    }

    @Test("a misspelt column stops the batch before anything is written; an unknown one is only a warning")
    func columns() throws {
        let folder = Repository.temporaryFolder()
        try "name,mesage\n山田,こんにちは\n".write(toFile: folder + "/typo.csv", atomically: true, encoding: .utf8)
        let typo = try batch(folder + "/typo.csv", to: folder + "/out")
        #expect(typo.status == 1)
        #expect(typo.standardError.contains("\(folder)/typo.csv:1:6: error: the column `mesage` is not a value or field of this template"))
        #expect(typo.standardError.contains("hint: did you mean `message`?"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").isEmpty)

        try "受付番号,name\n17,山田\n".write(toFile: folder + "/extra.csv", atomically: true, encoding: .utf8)
        let extra = try batch(folder + "/extra.csv", to: folder + "/out2", ["--name-column", "name"])
        #expect(extra.status == 0, "\(extra.standardError)")
        #expect(extra.standardError.contains("warning: the column `受付番号` is not a value or field of this template, so it is not used"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out2/山田.pdf"))
    }

    @Test("--name-column must name a column of the table")
    func nameColumn() throws {
        let result = try batch(people, to: Repository.temporaryFolder(), ["--name-column", "full_name"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: \(people) has no column `full_name` to name the files by"))
        #expect(result.standardError.contains("hint: the columns Ayumi can use are `name`, `message`, `seminar_date`"))
        #expect(try Run.ayumi(["batch", fixture, "--data", edition, "--people", people, "-o", "/tmp/x", "--jobs", "0"]).status == 2)
    }

    @Test("columns named like the template's fields are each person's answers, located at their cell when wrong")
    func answers() throws {
        let note = "Tests/ayumiTests/Fixtures/answers-note"
        let folder = Repository.temporaryFolder()
        let result = try Run.ayumi(["batch", note, "--data", note + "/edition.yaml", "--people", note + "/people.csv",
                                    "-o", folder])
        #expect(result.status == 1)
        // Rows 2 and 3 (a date, a choice, two choices in one cell) become filled PDFs; row 4's
        // answer is not an option, reported at its cell while the others are written.
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") }
        #expect(written.count == 2, "\(written) \(result.standardError)")
        #expect(result.standardError.contains("\(note)/people.csv:4:17: error: row 4, column `cpr`: the answer for `cpr` is not one of its options"))
    }

    @Test("batch in Japanese")
    func japanese() throws {
        let folder = Repository.temporaryFolder()
        let result = try batch(people, to: folder, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.standardError.contains("\(people):5:19: エラー: 5行目の「seminar_date」列: `seminar_date` は `2026-04-01` のような日付で書いてください"),
                "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("5件中4件の文書を \(folder) に作りました"))
        #expect(result.standardOutput.contains("作れなかったもの（理由は上のメッセージにあります）: 5行目の「seminar_date」列"))
    }
}

/// Ctrl-C in the middle of a long batch.
@Suite("ayumi batch, interrupted")
struct BatchInterruptTests {
    @Test("Ctrl-C: the documents in progress finish, no more start, the temporary folder is gone, exit 1")
    func interrupt() throws {
        let folder = Repository.temporaryFolder()
        var csv = "name,message\n"
        for row in 1...3000 { csv += "人\(row)," + String(repeating: "本文です。", count: 40) + "\n" }
        try csv.write(toFile: folder + "/people.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/tmp", withIntermediateDirectories: true)
        let fixture = Repository.path("Tests/ayumiTests/Fixtures/notice")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.ayumi)
        process.arguments = ["batch", fixture, "--data", fixture + "/edition-2026.yaml", "--people", folder + "/people.csv",
                             "-o", folder + "/out"]
        process.environment = ProcessInfo.processInfo.environment.merging(Run.englishLocale) { $1 }
            .merging(["TMPDIR": folder + "/tmp/"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some documents are written, then press Ctrl-C.
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline,
              ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/out"))?.count ?? 0) < 20 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, SIGINT)
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(printed.contains("stopped by Ctrl-C after "), "\(printed)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder + "/out")
        #expect(written.count >= 20 && written.count < 3000)
        #expect(written.allSatisfy { $0.hasSuffix(".pdf") })   // no half-written file
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/tmp").isEmpty)
    }
}
