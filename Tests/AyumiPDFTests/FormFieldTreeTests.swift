import AyumiLayout
import AyumiModel
@testable import AyumiPDF
import Testing

/// How the layout's widget names become AcroForm's field hierarchy (ISO 32000-1 §12.7.3.2).
@Suite("Form field tree")
struct FormFieldTreeTests {
    func widget(_ name: String, _ kind: FieldWidget.Kind, label: String, options: [String] = [], value: String? = nil,
                page: Int = 0) -> FieldWidget {
        FieldWidget(name: name, fieldName: String(name.split(separator: ".").first ?? ""), label: label, kind: kind,
                    options: options, value: value, rect: Rect(x: 10, y: 10, width: 100, height: 20), pageIndex: page,
                    rendition: .fillable, fontFamily: "gothic", fontSize: 10.5)
    }

    func describe(_ nodes: [FormFieldTree.Node], indent: String = "") -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .group(let group):
                ["\(indent)\(group.partialName) [\(group.label)]"] + describe(group.children, indent: indent + "  ")
            case .terminal(let terminal):
                ["\(indent)\(terminal.partialName) \(terminal.kind) ×\(terminal.widgets.count) [\(terminal.label)]"]
            }
        }
    }

    @Test("dates and check boxes become groups; a radio group's write-in and a second page of lines get `_`")
    func hierarchy() {
        let options = ["希望する", "希望しない", "その他"]
        let tree = FormFieldTree([
            widget("name", .text(multiline: false), label: "氏名"),
            widget("born.era", .radioButton(option: 0), label: "生年月日（元号）", options: ["昭和", "平成"]),
            widget("born.era", .radioButton(option: 1), label: "生年月日（元号）", options: ["昭和", "平成"]),
            widget("born.year", .text(multiline: false), label: "生年月日（年）"),
            widget("born.month", .text(multiline: false), label: "生年月日（月）"),
            widget("cpr", .radioButton(option: 0), label: "心肺蘇生：希望する", options: options),
            widget("cpr", .radioButton(option: 1), label: "心肺蘇生：希望しない", options: options),
            widget("cpr", .radioButton(option: 2), label: "心肺蘇生：その他", options: options),
            widget("cpr.other", .text(multiline: false), label: "心肺蘇生：その他"),
            widget("places.1", .checkBox(option: 0), label: "場所：自宅", options: ["自宅", "その他"]),
            widget("places.2", .checkBox(option: 1), label: "場所：その他", options: ["自宅", "その他"]),
            widget("places.other", .text(multiline: false), label: "場所：その他"),
            widget("memo", .text(multiline: true), label: "メモ"),
            widget("memo.2", .text(multiline: true), label: "メモ", page: 1),
        ])
        #expect(describe(tree.roots) == [
            "name text ×1 [氏名]",
            "born [生年月日]",
            "  era radio ×2 [生年月日（元号）]",
            "  year text ×1 [生年月日（年）]",
            "  month text ×1 [生年月日（月）]",
            "cpr radio ×3 [心肺蘇生]",
            "cpr_other text ×1 [心肺蘇生：その他]",
            "places [場所]",
            "  1 checkBox ×1 [場所：自宅]",
            "  2 checkBox ×1 [場所：その他]",
            "  other text ×1 [場所：その他]",
            "memo text ×1 [メモ]",
            "memo_2 text ×1 [メモ]",
        ])
        #expect(tree.widgets.map(\.fieldName) == [
            "name", "born.era", "born.era", "born.year", "born.month", "cpr", "cpr", "cpr", "cpr_other",
            "places.1", "places.2", "places.other", "memo", "memo_2",
        ], "every widget, in reading order, with its field's full name")
    }

    @Test("the same name twice is one field shown twice; a name reused for another kind of field is kept apart")
    func sharedNames() {
        let tree = FormFieldTree([
            widget("name", .text(multiline: false), label: "氏名"),
            widget("name", .text(multiline: false), label: "氏名", page: 3),
            widget("agree", .checkBox(option: 0), label: "同意する", options: ["同意する"]),
            widget("agree", .text(multiline: false), label: "同意"),
        ])
        #expect(describe(tree.roots) == ["name text ×2 [氏名]", "agree checkBox ×1 [同意する]", "agree_2 text ×1 [同意]"])
    }

    @Test("a group's label is what its parts' labels share, without a trailing bracket or colon")
    func labels() {
        #expect(FormFieldTree.commonLabel(["生年月日（年）", "生年月日（月）", "生年月日（日）"]) == "生年月日")
        #expect(FormFieldTree.commonLabel(["連絡先：電話", "連絡先：メール"]) == "連絡先")
        #expect(FormFieldTree.commonLabel(["氏名"]) == "氏名")
        #expect(FormFieldTree.commonLabel(["あ", "い"]) == "あ", "nothing shared: the first label")
    }

    @Test("field flags are the spec's bit positions (ISO 32000-1 Tables 226 and 228)")
    func flags() {
        #expect(PDFFieldFlags.multiline.rawValue == 4096)
        #expect(PDFFieldFlags.comb.rawValue == 16_777_216)
        #expect(PDFFieldFlags.radio.rawValue == 32768)
        #expect(PDFFieldFlags.noToggleToOff.rawValue == 16384)
        #expect(PDFFieldFlags.doNotScroll.rawValue == 8_388_608)
        #expect(PDFFieldFlags.doNotSpellCheck.rawValue == 4_194_304)
    }

    @Test("appearance content: fixed numbers, /Tx marked content, two-byte glyph codes")
    func content() {
        var content = PDFContentStream()
        content.beginMarkedContent("Tx")
        content.setFont("FAP0", size: 10.5)
        content.moveText(2, 6.260_000_01)
        content.showGlyphs([1, 0x0A2B])
        content.endMarkedContent()
        #expect(String(decoding: content.bytes, as: UTF8.self) == "/Tx BMC\n/FAP0 10.5 Tf\n2 6.26 Td\n<00010A2B> Tj\nEMC\n")
    }
}
