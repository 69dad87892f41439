import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// Binds Fixtures/csv-list, whose lists come from CSV files named in the data.
@Suite("Lists read from CSV files")
struct CSVListBindingTests {
    static let folder = "/" + #filePath.split(separator: "/").dropLast().joined(separator: "/") + "/Fixtures/csv-list"

    static func bind(data: String) -> (Document?, [Diagnostic]) {
        var diagnostics = Diagnostics()
        guard let template = Template.load(directory: folder, diagnostics: &diagnostics) else { return (nil, diagnostics.all) }
        let document = TemplateBinder(knownFamilies: ["mincho", "gothic"]).bind(template, dataFiles: [data], diagnostics: &diagnostics)
        return (document, diagnostics.all)
    }

    /// A folder holding the fixture's files, with `files` written over them; returns its data file.
    static func folder(with files: [String: String], bytes: [String: [UInt8]] = [:]) throws -> String {
        let target = Repository.temporaryFolder()
        for name in ["data.yaml", "offices.csv", "opened.csv"] {
            try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: target + "/" + name)
        }
        for (name, text) in files {
            try? FileManager.default.removeItem(atPath: target + "/" + name)
            try text.write(toFile: target + "/" + name, atomically: true, encoding: .utf8)
        }
        for (name, data) in bytes {
            try? FileManager.default.removeItem(atPath: target + "/" + name)
            try Data(data).write(to: URL(fileURLWithPath: target + "/" + name))
        }
        return target + "/data.yaml"
    }

    static func paragraphs(_ document: Document?) -> [TextBlock] {
        (document?.blocks ?? []).compactMap { if case .text(let text) = $0 { text } else { nil } }
    }

    @Test("each row is an item whose keys are the header's names, for repeat, when, filters and tables")
    func utf8() throws {
        let (document, diagnostics) = Self.bind(data: Self.folder + "/data.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let texts = Self.paragraphs(document).map(\.content.plainText)
        #expect(texts == [
            "みらい市 高齢者支援課　０１２０-０００-０００",
            "予約してください",
            "みらい市 在宅医療・介護\n連携窓口　０１２０-０００-００１",
            "みらい市福祉センター（令和5年12月1日開設）",
        ])
        let table = try #require(document?.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first)
        #expect(table.rows.map { $0.map(\.plainText) } == [
            ["みらい市 高齢者支援課", "0120-000-000"], ["みらい市 在宅医療・介護\n連携窓口", "0120-000-001"],
        ])
    }

    @Test("every character of a cell keeps its place in the CSV file, a quoted cell's second line too")
    func cellLocations() throws {
        let (document, _) = Self.bind(data: Self.folder + "/data.yaml")
        let csv = Self.folder + "/offices.csv"
        let table = try #require(document?.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first)
        #expect(table.rows[0][1].sourceText.location(ofScalarAt: 5) == SourceLocation(file: csv, line: 2, column: 18))
        let quoted = table.rows[1][0].sourceText
        #expect(quoted.location(ofScalarAt: 0) == SourceLocation(file: csv, line: 3, column: 2))
        let second = quoted.text.unicodeScalars.count - "連携窓口".unicodeScalars.count
        #expect(quoted.location(ofScalarAt: second) == SourceLocation(file: csv, line: 4, column: 1))
    }

    @Test("a cell's characters keep their place in a paragraph that joins template text and CSV cells")
    func mixedLocations() throws {
        let (document, _) = Self.bind(data: Self.folder + "/data.yaml")
        let text = try #require(Self.paragraphs(document).first { $0.content.plainText.hasPrefix("みらい市 高齢者") }).content.sourceText
        let csv = Self.folder + "/offices.csv", template = Self.folder + "/template.yaml"
        #expect(text.location(ofScalarAt: 0) == SourceLocation(file: csv, line: 2, column: 1))
        let space = "みらい市 高齢者支援課".unicodeScalars.count
        #expect(text.location(ofScalarAt: space) == SourceLocation(file: template, line: 23, column: 36))
    }

    @Test("inline markup mistakes in a cell are reported in the CSV file")
    func markupInCell() throws {
        let data = try Self.folder(with: ["offices.csv": "名称,電話番号,受付時間,備考\n{高齢者支援課,1,2,3\n"])
        let (_, diagnostics) = Self.bind(data: data)
        let csv = (data as NSString).deletingLastPathComponent + "/offices.csv"
        #expect(diagnostics.first?.description == "\(csv):2:1: error: `{` starts ruby but no `}` closes it", "\(diagnostics)")
    }

    @Test("a Shift_JIS file saved by Excel binds the same way, with a warning that says how to save UTF-8")
    func shiftJIS() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath:
            Repository.path("Tests/AyumiTemplateTests/Fixtures/csv/contacts-cp932.csv"))))
        let data = try Self.folder(with: [:], bytes: ["offices.csv": bytes])
        let (document, diagnostics) = Self.bind(data: data)
        let csv = (data as NSString).deletingLastPathComponent + "/offices.csv"
        #expect(diagnostics.map(\.description) == ["\(csv):1:1: warning: the CSV file is not UTF-8, so it was read as Shift_JIS (CP932)"])
        let texts = Self.paragraphs(document).map(\.content.plainText)
        #expect(texts.first == "①みらい市 高齢者支援課　０１２０-０００-０００")
        #expect(texts.contains("㈱みらいケアサービス　０３-００００-００００"))
    }

    @Test("mistakes are located in the CSV file", arguments: [
        ("offices.csv", "名称,電話番号,受付時間,備考\nA,1,2,3\nB,4,5\n",
         "offices.csv:3:1: error: this row has 3 cells, but the header names 4 columns"),
        ("offices.csv", "名称,電話番号,受付時間,備考\nA,1,2,3\n ,4,5,6\n",
         "offices.csv:3:1: error: `名称` is empty"),
        ("offices.csv", "名称,電話,受付時間,備考\nA,1,2,3\n",
         "offices.csv:1:4: error: the column `電話` is not one this template reads for `offices`"),
        ("offices.csv", "電話番号,受付時間,備考\n1,2,3\n",
         "offices.csv:1:1: error: the CSV file has no column `名称`, which `offices` needs"),
        ("opened.csv", "名称,開設日\nA,2023-12-01\nB,令和5年\n",
         "opened.csv:3:3: error: `開設日` must be a date written like `2026-04-01`, not `令和5年`"),
        ("offices.csv", "名称,電話番号,種別\nA,1,\nB,2,市の窓ぐち\n",
         "offices.csv:3:5: error: `市の窓ぐち` is not a value `種別` can take"),
        ("data.yaml", "offices: office.csv\nopened: opened.csv\n",
         "data.yaml:1:10: error: the CSV file `DIR/office.csv` does not exist"),
    ])
    func mistakes(file: String, text: String, message: String) throws {
        let data = try Self.folder(with: [file: text])
        let directory = (data as NSString).deletingLastPathComponent
        let (document, diagnostics) = Self.bind(data: data)
        #expect(document == nil)
        #expect(diagnostics.map(\.description) == [directory + "/" + message.replacingOccurrences(of: "DIR", with: directory)])
    }

    @Test("a misspelt column name gets a did-you-mean")
    func suggestion() throws {
        let data = try Self.folder(with: ["offices.csv": "名称,電話番号,受付時間,備 考\nA,1,2,3\n"])
        let (_, diagnostics) = Self.bind(data: data)
        #expect(diagnostics.first?.hints.first == "did you mean `備考`?")
    }
}
