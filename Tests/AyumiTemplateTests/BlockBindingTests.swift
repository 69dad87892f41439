import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

@Suite("Binding every kind of block")
struct BlockBindingTests {
    static let folder = "/" + #filePath.split(separator: "/").dropLast().joined(separator: "/") + "/Fixtures/blocks"

    func bind(data: String = folder + "/data.yaml", answers: String? = nil,
              rendition: Rendition = .blank) -> (Document?, [Diagnostic]) {
        var diagnostics = Diagnostics()
        guard let template = Template.load(directory: Self.folder, diagnostics: &diagnostics) else {
            return (nil, diagnostics.all)
        }
        let document = TemplateBinder(knownFamilies: ["mincho", "gothic"])
            .bind(template, dataFiles: [data], answersFile: answers, rendition: rendition, diagnostics: &diagnostics)
        return (document, diagnostics.all)
    }

    func kind(_ block: Block) -> String {
        switch block {
        case .text(let text): "text:" + text.content.plainText
        case .list(let list): "list:\(list.marker.rawValue):\(list.items.count)"
        case .box(let box): "box:\(box.title?.plainText ?? ""):\(box.blocks.count)"
        case .ruledLines(let lines): "lines:\(lines.name ?? ""):\(lines.count)"
        case .field(let field): "field:\(field.name)"
        case .table(let table): "table:\(table.columns.count)x\(table.rows.count)+\(table.emptyRows)"
        case .image: "image"
        case .qrCode(let code): "qr:\(code.data)"
        case .spacer(let length): "spacer:\(Int(length.millimetres.rounded()))"
        case .pageBreak: "page_break"
        case .tableOfContents(let contents): "contents:\(contents.depth)"
        }
    }

    @Test("every block kind, with repeat, when, include and a page master")
    func everyKind() throws {
        let (document, diagnostics) = bind()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let blocks = try #require(document).blocks.map(kind)
        #expect(blocks == [
            "text:連絡先", "text:令和8・9年度版（令和8年4月1日現在）なし", "text:山田花子：090-0000-0000", "text:山田一郎：",
            "list:circled:2", "box:ご注意:1", "lines:medical_note:3", "field:full_name", "field:birthday",
            "field:postal_code", "field:cpr", "field:places", "table:2x2+2", "spacer:5", "page_break",
            "qr:https://example.jp/acp",
        ])
        #expect(document?.pageMaster?.footer?.plainText == "令和8・9年度版")
        #expect(document?.rendition == .blank)
    }

    @Test("the filled rendition carries the resident's answers, dates in their era")
    func answers() throws {
        let (document, diagnostics) = bind(answers: Self.folder + "/answers.yaml", rendition: .filled)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        var values: [String: FieldValue] = [:]
        for case .field(let field) in try #require(document).blocks { values[field.name] = field.value }
        #expect(values["full_name"] == .text("山田花子"))
        #expect(values["birthday"] == .date(label: "昭和", year: "23", month: "3", day: "15"))
        #expect(values["postal_code"] == .text("1234567"))
        #expect(values["cpr"] == .choices(["希望しない"], other: nil))
        #expect(values["places"] == .choices(["自宅"], other: "子どもの家"))
        let lines = document?.blocks.compactMap { if case .ruledLines(let lines) = $0 { lines } else { nil } }.first
        #expect(lines?.value?.plainText == "痛みはできるだけ和らげてほしいです。")
    }

    @Test("mistakes in answers are located, and never quote the resident's words", arguments: [
        ("ful_name: 山田\n", "1:1: error: the template has no field named `ful_name`", "did you mean `full_name`?"),
        ("cpr: たぶん\n", "1:6: error: the answer for `cpr` is not one of its options", "choose from `希望する`, `希望しない`, `わからない`, `家族に任せる`"),
        ("cpr: [希望する, 希望しない]\n", "1:6: error: the answer for `cpr` may be only one of its options, but gives 2", nil),
        ("postal_code: 123-45678\n", "1:14: error: the answer for `postal_code` has 8 characters, more than its 7 boxes", nil),
        ("birthday: 1920-01-01\n", "1:11: error: the answer for `birthday` falls in none of the field's eras", nil),
        ("birthday: 昭和23年\n", "1:11: error: the answer for `birthday` must be a date written like `1948-03-15`", nil),
    ])
    func answerMistakes(yaml: String, message: String, hint: String?) throws {
        let path = Repository.temporaryFolder() + "/answers.yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let (document, diagnostics) = bind(answers: path, rendition: .filled)
        #expect(document == nil)
        #expect(diagnostics.first?.description == "\(path):\(message)", "\(diagnostics)")
        if let hint { #expect(diagnostics.first?.hints.contains(hint) == true, "\(diagnostics.first?.hints ?? [])") }
        for diagnostic in diagnostics { #expect(!diagnostic.message.contains("山田") && !diagnostic.message.contains("たぶん")) }
    }

    @Test("when: shows its body only when the value is set")
    func when() throws {
        let path = Repository.temporaryFolder() + "/data.yaml"
        try (String(contentsOfFile: Self.folder + "/data.yaml", encoding: .utf8) + "has_pets: true\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let (document, _) = bind(data: path)
        #expect(try #require(document).blocks.map(kind).contains("text:ペットのこと"))
    }
}
