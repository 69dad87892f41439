import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// Fields residents fill: tables they write in, unique names, 大正 dates, a card to cut out.
@Suite("Fields residents fill")
struct FormFieldTests {
    static let template = """
        template: form
        styles:
          paragraph: {font: mincho, size: 12pt}
        body:
          - table:
              columns:
                - {heading: 薬の名前, width: "2*"}
                - {heading: 飲み方, width: "1*"}
              keys: [drug, dose]
            name: medications
            empty_rows: 3
          - field: birthday
            label: 生年月日
            type: date
          - box:
              - paragraph: ノートの保管場所
            border_style: dashed
        """

    /// Writes the template (and answers, if any) to a new folder and binds it.
    static func bind(template: String = template, answers: String? = nil) throws -> (Document?, [Diagnostic], folder: String) {
        let folder = Repository.temporaryFolder()
        try template.write(toFile: folder + "/template.yaml", atomically: true, encoding: .utf8)
        try "{}\n".write(toFile: folder + "/data.yaml", atomically: true, encoding: .utf8)
        var answersPath: String?
        if let answers {
            answersPath = folder + "/answers.yaml"
            try answers.write(toFile: answersPath!, atomically: true, encoding: .utf8)
        }
        var diagnostics = Diagnostics()
        let loaded = try #require(Template.load(directory: folder, diagnostics: &diagnostics))
        let document = TemplateBinder(knownFamilies: ["mincho", "gothic"]).bind(
            loaded, dataFiles: [folder + "/data.yaml"], answersFile: answersPath,
            rendition: answers == nil ? .blank : .filled, diagnostics: &diagnostics)
        return (document, diagnostics.all, folder)
    }

    static func table(_ document: Document?) -> TableBlock? {
        document?.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first
    }

    @Test("a named table is a field: its columns carry their keys, its empty rows wait for the resident")
    func blankTable() throws {
        let (document, diagnostics, _) = try Self.bind()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let table = try #require(Self.table(document))
        #expect(table.name == "medications")
        #expect(table.columns.map(\.key) == ["drug", "dose"])
        #expect(table.rows.isEmpty && table.emptyRows == 3)
    }

    @Test("the resident's rows fill the empty rows, and add rows when there are more")
    func filledTable() throws {
        let few = try Self.bind(answers: "medications:\n  - {drug: 血圧の薬, dose: 朝1錠}\n  - [胃薬]\n")
        #expect(few.1.isEmpty, "\(few.1)")
        let table = try #require(Self.table(few.0))
        #expect(table.rows.map { $0.map(\.plainText) } == [["血圧の薬", "朝1錠"], ["胃薬", ""]])
        #expect(table.emptyRows == 1)
        let many = try Self.bind(answers: "medications:\n" + (1...5).map { "  - {drug: 薬\($0)}\n" }.joined())
        #expect(Self.table(many.0)?.rows.count == 5)
        #expect(Self.table(many.0)?.emptyRows == 0)
    }

    @Test("mistakes in a table's answers are located and quote no words", arguments: [
        ("medications: 血圧の薬\n", "1:14: error: the answer for `medications` must be a list of rows, each on a line starting `- `"),
        ("medications:\n  - {drg: 血圧の薬}\n", "2:6: error: unknown key `drg` in a row of the answer for `medications`"),
        ("medications:\n  - [a, b, c]\n", "2:5: error: this row of the answer for `medications` has 3 cells, but the table has 2 columns"),
    ])
    func tableMistakes(answers: String, message: String) throws {
        let (document, diagnostics, folder) = try Self.bind(answers: answers)
        #expect(document == nil)
        #expect(diagnostics.first?.description == folder + "/answers.yaml:" + message, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { !$0.message.contains("血圧") })
    }

    @Test("two fields with one name are an error at the second, pointing at the first")
    func duplicateNames() throws {
        let template = Self.template + """

              - lines: 3
                name: birthday
            """
        let (document, diagnostics, folder) = try Self.bind(template: template)
        #expect(document == nil)
        #expect(diagnostics.map(\.description) == [
            "\(folder)/template.yaml:18:5: error: the field name `birthday` is already used by another field",
        ])
        #expect(diagnostics.first?.hints.first == "the first is at \(folder)/template.yaml:12:5")
    }

    @Test("a table's keys must match its columns")
    func keysCount() throws {
        let template = Self.template.replacingOccurrences(of: "keys: [drug, dose]", with: "keys: [drug]")
        let (_, diagnostics, _) = try Self.bind(template: template)
        #expect(diagnostics.first?.message == "`keys` names 1 key, but the table has 2 columns")
    }

    @Test("a date field offers 大正 first, for residents born before 1926")
    func taisho() throws {
        let (document, diagnostics, _) = try Self.bind(answers: "birthday: 1925-05-05\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let field = document?.blocks.compactMap { if case .field(let field) = $0 { field } else { nil } }.first
        #expect(field?.value == .date(label: "大正", year: "14", month: "5", day: "5"))
        #expect(field?.kind == .date(eras: [.taisho, .showa, .heisei, .reiwa, .western]))
        let showa = try Self.bind(answers: "birthday: 1926-12-25\n")
        let first = showa.0?.blocks.compactMap { if case .field(let field) = $0 { field } else { nil } }.first
        #expect(first?.value == .date(label: "昭和", year: "元", month: "12", day: "25"))
    }

    /// A template with one comb: a postal code of seven cells.
    static let postalCode = """
        template: form
        styles:
          paragraph: {font: gothic, size: 12pt}
        body:
          - field: postal_code
            label: 郵便番号
            type: comb
            count: 7
        """

    @Test("a comb answer keeps its characters however it was typed on screen: hyphens, full width, spaces",
          arguments: ["100-0001", "１００－０００１", "100 0001", "１００ー０００１", "1000001"])
    func combAsTyped(typed: String) throws {
        let (document, diagnostics, _) = try Self.bind(template: Self.postalCode, answers: "postal_code: \"\(typed)\"\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let field = document?.blocks.compactMap { if case .field(let field) = $0 { field } else { nil } }.first
        #expect(field?.value == .text("1000001"))
    }

    @Test("a comb answer with more characters than cells is a located error")
    func combTooLong() throws {
        let (_, diagnostics, folder) = try Self.bind(template: Self.postalCode, answers: "postal_code: 100-00012\n")
        #expect(diagnostics.map(\.description) == [folder + "/answers.yaml:1:14: error: the answer for `postal_code` has 8 characters, more than its 7 boxes"])
    }

    @Test("when: else shows its blocks when the value is not set or not the word")
    func whenElse() throws {
        let template = """
            template: when-else
            data:
              capacity: {type: number}
              layout: {type: choice, options: [horizontal, vertical], default: horizontal}
            styles:
              paragraph: {font: mincho, size: 12pt}
            body:
              - when: "{{ capacity }}"
                body:
                  - paragraph: "定員{{ capacity }}名"
                else:
                  - paragraph: 定員なし
              - when: "{{ layout }}"
                equals: vertical
                body:
                  - paragraph: 縦
                else:
                  - paragraph: 横
            """
        let (document, diagnostics, _) = try Self.bind(template: template)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let texts = document?.blocks.compactMap { if case .text(let text) = $0 { text.content.plainText } else { nil } }
        #expect(texts == ["定員なし", "横"])
    }

    @Test("a box may have a dashed border, to cut along")
    func dashed() throws {
        let (document, _, _) = try Self.bind()
        let box = document?.blocks.compactMap { if case .box(let box) = $0 { box } else { nil } }.first
        #expect(box?.look.borderStyle == .dashed)
    }
}
