import AyumiTestSupport
import Foundation
import Testing

/// `ayumi edition new` and `ayumi edition diff`, through the real executable, on the notice
/// fixture's 2026 edition (Fixtures/notice).
@Suite("ayumi edition")
struct EditionCommandTests {
    let fixture = "Tests/ayumiTests/Fixtures/notice"
    var edition: String { fixture + "/edition-2026.yaml" }

    @Test("edition new: the new edition keeps comments and order, builds, and shows the new era labels on the cover")
    func carryForward() throws {
        let folder = Repository.temporaryFolder()
        let output = folder + "/edition-2028.yaml"
        let result = try Run.ayumi(["edition", "new", "--from", edition, "--years", "2028,2029", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        let old = try String(contentsOfFile: Repository.path(edition), encoding: .utf8)
        let new = try String(contentsOfFile: output, encoding: .utf8)
        let expected = old
            .replacingOccurrences(of: "fiscal_years: [2026, 2027]", with: "fiscal_years: [2028, 2029]")
            .replacingOccurrences(of: "as_of: 2026-04-01 ", with: "as_of: 2028-04-01 ")
            .replacingOccurrences(of: "label: 令和8・9年度版", with: "label: 令和10・11年度版")
            .replacingOccurrences(of: "- 令和8年4月1日現在の法令", with: "- 令和10年4月1日現在の法令")
        #expect(new == expected)

        // It builds, and the cover carries the new labels.
        let pdf = folder + "/notice.pdf"
        let build = try Run.ayumi(["build", fixture, "--data", output, "-o", pdf])
        #expect(build.status == 0, "\(build.standardError)")
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).standardOutput.withoutWhitespace
        #expect(text.hasPrefix("令和10・11年度版令和10年4月1日現在"), "\(text)")
        #expect(!text.contains("令和8・9"))
        #expect(text.contains("講座の日令和8年11月30日"))   // an event date is not moved: it is on the review list
        #expect(text.contains("令和6年の改正"))   // nor a law cited by its year
    }

    @Test("edition new prints what changed and what staff must still review, located in the new file")
    func reviewList() throws {
        let output = Repository.temporaryFolder() + "/edition-2028.yaml"
        let result = try Run.ayumi(["edition", "new", "--from", edition, "--years", "2028,2029", "-o", output])
        #expect(result.standardOutput == """
            wrote \(output): fiscal years 2028, 2029, as of 2028-04-01

            changed (4):
              edition.fiscal_years  [2026, 2027] → [2028, 2029]
              edition.as_of         2026-04-01 → 2028-04-01
              edition.label         令和8・9年度版 → 令和10・11年度版
              laws[1]               令和8年4月1日現在の法令に基づいています。 → 令和10年4月1日現在の法令に基づいています。

            still to review by hand (7):
              \(output):1:1: a comment mentions an old year: # みらい市 お知らせ 令和8・9年度版のデータ（市の名前も番号もすべて架空です）
              \(output):8:3: edition.publisher — publisher: check the section's name and address
              \(output):11:1: contacts — contacts: check names, phone numbers, addresses and opening hours
              \(output):15:1: fees — fees: check amounts and who pays
              \(output):18:1: laws — law notes: check for revisions since the last edition
              \(output):22:1: resources — names the file resources.csv: update the file itself
              \(output):23:15: seminar_date — the date 2026-11-30 was not moved: change it if it should

            next: edit what is listed above, then check it with ayumi check TEMPLATE_DIR --data \(output)

            """)
    }

    @Test("the review list in Japanese")
    func japanese() throws {
        let output = Repository.temporaryFolder() + "/edition-2028.yaml"
        let result = try Run.ayumi(["edition", "new", "--from", edition, "--years", "2028,2029", "-o", output],
                                   environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("\(output) を作りました: 2028・2029年度、2028-04-01 現在"))
        #expect(result.standardOutput.contains("職員の確認が必要なところ（7件）:"))
        #expect(result.standardOutput.contains("contacts — 連絡先: 名称・電話番号・住所・受付時間を確かめてください"))
    }

    @Test("three new years from two, in a block list: the list is rewritten in its own style")
    func blockList() throws {
        let folder = Repository.temporaryFolder()
        try """
            edition:
              fiscal_years:   # 版の年度
                - 2026
                - 2027
              as_of: "2026-04-01"
              label: 令和８・９年度版
            """.write(toFile: folder + "/old.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["edition", "new", "--from", folder + "/old.yaml", "--years", "2028,2029,2030", "-o", folder + "/new.yaml"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOfFile: folder + "/new.yaml", encoding: .utf8) == """
            edition:
              fiscal_years:   # 版の年度
                - 2028
                - 2029
                - 2030
              as_of: "2028-04-01"
              label: 令和１０・１１・１２年度版
            """)
    }

    @Test("problems with the old edition are located", arguments: [
        ("title: x\n", "1:1: error: the edition file has no `edition:` group"),
        ("edition:\n  as_of: 2026-04-01\n", "2:3: error: `edition:` has no `fiscal_years`"),
        ("edition:\n  fiscal_years: [2026, next]\n", "2:24: error: `next` is not a fiscal year such as `2026`"),
        ("edition:\n  fiscal_years: [2026]\n  as_of: 2026-4-31\n", "3:10: error: `as_of` must be a date such as `2026-04-01`, not `2026-4-31`"),
    ])
    func problems(text: String, message: String) throws {
        let folder = Repository.temporaryFolder()
        try text.write(toFile: folder + "/old.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["edition", "new", "--from", folder + "/old.yaml", "--years", "2028", "-o", folder + "/new.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(folder)/old.yaml:" + message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/new.yaml"))
    }

    @Test("usage mistakes", arguments: [
        (["--years", "2028;2029"], "'2028;2029' is not a list of fiscal years"),
        (["--years", "2029,2028"], "must each be given once, earliest first"),
    ])
    func usage(options: [String], message: String) throws {
        let result = try Run.ayumi(["edition", "new", "--from", edition, "-o", "/tmp/new.yaml"] + options)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message))
    }

    @Test("the new edition may not replace the old one")
    func sameFile() throws {
        let result = try Run.ayumi(["edition", "new", "--from", edition, "--years", "2028", "-o", edition])
        #expect(result.status == 2)
        #expect(result.standardError.contains("Write the new edition to a new file"))
    }

    @Test("edition diff: key by key, changed, added and removed, then a count")
    func diff() throws {
        let folder = Repository.temporaryFolder()
        try """
            edition:
              fiscal_years: [2026, 2027]
              publisher: みらい市 高齢者支援課
            fees: {consultation: 無料, visit: 500円}
            laws:
              - 令和8年4月1日現在の法令に基づいています。
            """.write(toFile: folder + "/old.yaml", atomically: true, encoding: .utf8)
        try """
            edition:
              fiscal_years: [2028, 2029]
              publisher: みらい市 福祉部 高齢者支援課
            fees: {consultation: 無料}
            laws:
              - 令和10年4月1日現在の法令に基づいています。
            contacts:
              - {name: 高齢者支援課, phone: 0000-00-0000}
            """.write(toFile: folder + "/new.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["edition", "diff", folder + "/old.yaml", folder + "/new.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            ~ edition.fiscal_years: [2026, 2027] → [2028, 2029]
            ~ edition.publisher: みらい市 高齢者支援課 → みらい市 福祉部 高齢者支援課
            ~ laws[1]: 令和8年4月1日現在の法令に基づいています。 → 令和10年4月1日現在の法令に基づいています。
            + contacts[1].name: 高齢者支援課
            + contacts[1].phone: 0000-00-0000
            - fees.visit: 500円
            3 changed, 2 added, 1 removed

            """)
        let same = try Run.ayumi(["edition", "diff", folder + "/old.yaml", folder + "/old.yaml"])
        #expect(same.standardOutput == "no differences\n")
        let missing = try Run.ayumi(["edition", "diff", folder + "/old.yaml", folder + "/none.yaml"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("error: the edition file `\(folder)/none.yaml` does not exist"))
    }
}
