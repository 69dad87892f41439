import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// The documents the city hands out bind cleanly with every example and every resident's
/// answers; a broken template or example fails here, in CI, before anyone builds a PDF.
@Suite("The documents and their examples")
struct DocumentTests {
    @Test("every template has at least one example")
    func everyTemplateHasAnExample() {
        for name in Documents.templates {
            #expect(Documents.firstExample(of: name) != nil, "templates/\(name) has no examples/\(name)/*.yaml")
        }
        #expect(Documents.templates.count >= 6, "\(Documents.templates)")
    }

    @Test("every example binds with its template without a problem", arguments: Documents.examples)
    func example(_ path: String) throws {
        let name = String(path.split(separator: "/")[0])
        let (document, diagnostics) = Documents.bind(name, data: ["examples/" + path])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(document != nil)
    }

    @Test("every resident's answers fill their template without a problem", arguments: Documents.residents)
    func resident(_ path: String) throws {
        let name = String(path.split(separator: "/")[0])
        let data = try #require(Documents.firstExample(of: name))
        let (document, diagnostics) = Documents.bind(name, data: [data], answers: "examples/" + path)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        // Every answer reaches its field: one value per top-level key of the answers file.
        let values = DocumentContents(try #require(document)).filledValues
        let text = try String(contentsOfFile: ("examples/" + path).relativeToRoot, encoding: .utf8)
        let keys = text.split(separator: "\n").compactMap { line -> String? in
            guard let colon = line.firstIndex(of: ":"), line.first?.isLetter == true else { return nil }
            return String(line[..<colon])
        }
        #expect(Set(values.keys) == Set(keys), "answers that did not reach the document: \(Set(keys).subtracting(values.keys))")
    }

    @Test("text is never under 12pt, notes and captions never under 10.5pt", arguments: Documents.examples)
    func sizes(_ path: String) throws {
        let name = String(path.split(separator: "/")[0])
        let document = try #require(Documents.bind(name, data: ["examples/" + path]).0)
        for (what, style) in DocumentContents(document).styles {
            #expect(style.size >= .pt(10.5), "\(path): \(what) is \(style.size.points)pt")
            if style.size < .pt(12) {
                #expect(what.hasPrefix("text") || what == "QR caption", "\(path): \(what) is \(style.size.points)pt")
            }
            #expect(style.linePitch.points >= style.size.points * 1.3, "\(path): \(what) has a tight line pitch")
        }
        if let master = document.pageMaster { #expect(master.style.size >= .pt(10.5)) }
    }
}

@Suite("わたしの人生ノート")
struct JinseiNoteTests {
    static let edition = "examples/jinsei-note/edition.yaml"

    func contents() throws -> DocumentContents {
        let (document, diagnostics) = Documents.bind("jinsei-note", data: [Self.edition])
        #expect(diagnostics.isEmpty)
        return DocumentContents(try #require(document))
    }

    @Test("covers every section the issue lists")
    func sections() throws {
        let headings = try contents().headings
        for section in [
            "このノートの使い方", "わたしのこと", "わたしの歩み（自分史）", "年表", "家族と親族", "もしものときの連絡先",
            "健康のこと", "飲んでいる薬", "アレルギー", "介護が必要になったら", "判断する力が弱くなったとき", "医療についての希望",
            "人生会議をしてみましょう", "わたしの代わりに考えてほしい人（代理判断者）", "人生の最期を過ごしたい場所",
            "臓器提供と献体", "お葬式のこと", "お墓と供養のこと", "お金と財産のこと", "預貯金", "保険と年金", "年金",
            "遺言書と形見分け", "毎月の支払いと契約", "スマートフォン・パソコンとインターネット", "ペットのこと",
            "大切な人へのメッセージ", "記入日・見直し日と話し合いの記録", "人生会議で話し合った記録", "地域の相談窓口", "地域包括支援センター", "ノートの保管場所カード",
        ] {
            #expect(headings.contains(section), "no heading 「\(section)」")
        }
    }

    @Test("every medical intervention is asked for each condition, with the 「わからない」「家族に任せる」 exits")
    func medicalMatrix() throws {
        let fields = try contents().fields
        for condition in ["end", "unconscious"] {
            for intervention in ["cpr", "ventilator", "gastrostomy", "nasal_tube", "drip", "palliative"] {
                let field = try #require(fields.first { $0.name == "\(condition)_\(intervention)" })
                guard case .choice(let options, let multiple, _) = field.kind else { Issue.record("not a choice"); continue }
                #expect(!multiple && options.contains("わからない") && options.contains("家族に任せる"))
            }
        }
        guard case .choice(let options, _, _)? = fields.first(where: { $0.name == "will_type" })?.kind else {
            Issue.record("no will_type"); return
        }
        #expect(options.contains("自筆証書遺言（法務局で保管）"))
    }

    @Test("a booklet of at least 24 pages: every section starts a page")
    func pages() throws {
        let contents = try contents()
        #expect(contents.pageBreaks + 1 >= 24)
        #expect(contents.fieldNames.count == 178, "fields, choices, named lines and the 19 named tables")
        #expect(Set(contents.fieldNames).count == contents.fieldNames.count)
    }

    @Test("the 19 named tables, each with the label a screen reader says before its cells")
    func tableLabels() throws {
        let tables = try contents().tables.filter { $0.name != nil }
        let labels = tables.map { "\($0.name!)=\($0.label?.plainText ?? "")" }
        #expect(labels == [
            "timeline=わたしの年表", "family=家族と親族", "emergency_contacts=急な病気やけがのときの連絡先",
            "death_notice_contacts=亡くなったときに知らせてほしい人", "illnesses=持病・これまでにかかった病気",
            "medications=服薬中の薬", "bank_accounts=預貯金の口座", "real_estate=土地・建物",
            "securities=株式・投資信託など", "debts=借りているお金・ローン", "insurances=入っている保険",
            "keepsakes=形見としてゆずりたいもの", "contracts=毎月の支払いと契約", "credit_cards=クレジットカード",
            "paid_services=毎月お金のかかるネットのサービス", "digital_accounts=使っているインターネットのサービス",
            "pets=いっしょに暮らしているペット", "review_log=記入日・見直した日の記録", "acp_talks=人生会議で話し合った記録",
        ])
    }

    @Test("the resource pages list every row of resources.csv under its heading")
    func resources() throws {
        let texts = try contents().blocks.compactMap { if case .text(let text) = $0 { text.content.plainText } else { nil } }
        var diagnostics = Diagnostics()
        let table = try #require(CSVTable.load("examples/jinsei-note/resources.csv".relativeToRoot, diagnostics: &diagnostics))
        #expect(table.rows.count >= 10)
        for row in table.rows {
            let name = try #require(row["名称"]?.text)
            #expect(texts.contains { $0.hasPrefix(name) }, "「\(name)」 is not on the resource pages")
        }
    }

    @Test("every resident of residents.csv is a valid answers file for the note")
    func residentsCSV() throws {
        var diagnostics = Diagnostics()
        let table = try #require(CSVTable.load("examples/jinsei-note/residents.csv".relativeToRoot, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(table.rows.count >= 12)
        let folder = Repository.temporaryFolder()
        for (index, row) in table.rows.enumerated() {
            // The batch print will read each row as a resident's answers, column name = field name.
            let yaml = row.cells.enumerated().filter { !$0.element.text.isEmpty }.map { column, cell in
                "\(table.keys[column]): \"\(cell.text.replacingOccurrences(of: "\"", with: "\\\""))\""
            }.joined(separator: "\n")
            let path = folder + "/row\(index + 2).yaml"
            try yaml.write(toFile: path, atomically: true, encoding: .utf8)
            let (document, said) = Documents.bind("jinsei-note", data: [Self.edition], answers: path)
            #expect(said.isEmpty, "residents.csv line \(index + 2): \(said.map(\.description))")
            #expect(document.map { DocumentContents($0).filledValues["full_name"] } == row["full_name"]?.text)
        }
    }
}
