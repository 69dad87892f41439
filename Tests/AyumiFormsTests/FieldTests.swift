import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// The fillable note's AcroForm, as qpdf and four independent readers see it.
@Suite("AcroForm fields of the fillable rendition")
struct FieldTests {
    let built = FormBuild.fillableNote
    let path = FormBuild.fillableNotePath

    /// `qpdf --json --json-key=acroform`: the form as qpdf reads it.
    func acroForm() throws -> [String: Any] {
        let result = try Run.tool("qpdf", ["--json", "--json-key=acroform", path])
        #expect(result.status == 0, "\(result.standardError)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        return try #require(root["acroform"] as? [String: Any])
    }

    /// Terminal fields by full name: the values qpdf gives (one entry per widget).
    func fields() throws -> [String: [[String: Any]]] {
        let list = try #require(try acroForm()["fields"] as? [[String: Any]])
        return Dictionary(grouping: list) { $0["fullname"] as? String ?? "" }
    }

    @Test("qpdf --check finds nothing wrong", .enabled(if: Readers.qpdf, "apt-get install qpdf"))
    func check() throws {
        let result = try Run.tool("qpdf", ["--check", path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(!result.standardOutput.contains("WARNING") && result.standardError.isEmpty, "\(result.standardError)")
    }

    @Test("every widget of the layout is a field widget, with the layout's names (cpr.other under the radio group cpr is cpr_other)",
          .enabled(if: Readers.qpdf, "apt-get install qpdf"))
    func namesAndKinds() throws {
        let fields = try fields()
        #expect(try acroForm()["needappearances"] as? Bool == false, "no /NeedAppearances")
        #expect(fields.values.map(\.count).reduce(0, +) == built.widgets.count, "one widget each")
        #expect(built.finished.widgetCount == built.widgets.count)
        #expect(built.finished.fieldCount == fields.count && fields.count == 22, "\(fields.count) fields")
        for widget in built.widgets {
            let name = widget.name == "cpr.other" ? "cpr_other" : widget.name
            let entries = try #require(fields[name], "field \(name)")
            let type = entries[0]["fieldtype"] as? String
            switch widget.kind {
            case .text, .comb: #expect(type == "/Tx", "\(name)")
            case .checkBox, .radioButton: #expect(type == "/Btn", "\(name)")
            }
        }
        #expect(fields["cpr"]?.count == 4, "a radio group of four buttons")
        #expect(fields["birthday.year"] != nil && fields["birthday.month"] != nil && fields["birthday.day"] != nil,
                "dates are three fields (and the era a radio group)")
    }

    @Test("≥ 90% of fields have an ASCII name and a Japanese /TU; every /TU is the layout's label",
          .enabled(if: Readers.qpdf, "apt-get install qpdf"))
    func namesAndLabels() throws {
        let fields = try fields()
        let good = fields.filter { name, entries in
            let label = entries[0]["alternativename"] as? String ?? ""
            let ascii = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789_.".unicodeScalars.contains($0)) }
            let japanese = label.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
            return ascii && japanese
        }
        #expect(Double(good.count) >= 0.9 * Double(fields.count), "\(good.count) of \(fields.count)")
        #expect(fields["full_name"]?[0]["alternativename"] as? String == "氏名")
        #expect(fields["birthday.year"]?[0]["alternativename"] as? String == "生年月日（年）")
    }

    @Test("flags: multi-line (bit 13), a comb typed as plain text (no comb bit 25, no /MaxLen), radio (bit 16); values pre-filled; button states",
          .enabled(if: Readers.qpdf, "apt-get install qpdf"))
    func flagsAndValues() throws {
        let fields = try fields()
        func flags(_ name: String) -> Int { fields[name]?[0]["fieldflags"] as? Int ?? -1 }
        #expect(flags("address") & (1 << 12) != 0)
        // A comb is cells on paper, one plain field on screen: 100-0001 must not be cut to 100-000.
        #expect(flags("postal_code") & (1 << 24) == 0 && flags("postal_code") & (1 << 12) == 0)
        #expect(flags("cpr") & (1 << 15) != 0, "radio")
        #expect(flags("cpr") & (1 << 14) == 0, "a radio question may be left unanswered (no NoToggleToOff)")
        #expect(fields["full_name"]?[0]["value"] as? String == "u:山田　花子")
        #expect(fields["postal_code"]?[0]["value"] as? String == "u:1234567")
        #expect(fields["cpr"]?[0]["value"] as? String == "/1", "希望しない is the second option")
        #expect(fields["cpr"]?.map { ($0["annotation"] as? [String: Any])?["appearancestate"] as? String } == ["/Off", "/1", "/Off", "/Off"])
        #expect(fields["places.1"]?[0]["value"] as? String == "/Yes")
        #expect(fields["places.2"]?[0]["value"] as? String == "/Off")
        #expect(fields["cpr_other"]?[0]["value"] == nil || fields["cpr_other"]?[0]["value"] is NSNull)
    }

    @Test("pypdf, pikepdf, PDFium, pdf.js and MuPDF read the same field set with the same values",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)),
          .enabled(if: Readers.pdfjs, Comment(rawValue: Readers.installPDFJS)),
          .enabled(if: Readers.mutool, "apt-get install mupdf-tools"))
    func readersAgree() throws {
        let python = try Readers.python(["fields", path])
        let pypdf = try #require(python["pypdf"] as? [String: [String: Any]])
        let pikepdf = try #require(python["pikepdf"] as? [String: [String: Any]])
        let pdfium = try #require(python["pdfium"] as? [String: [String: Any]])
        let pdfjs = try #require(try Readers.pdfjs(["fields", path])["fields"] as? [String: [String: Any]])
        let mupdf = try #require(try Readers.mutool(["fields", path]) as? [[String: Any]])
        let expected = Set(try fields().keys)
        #expect(Set(pypdf.keys) == expected)
        #expect(Set(pikepdf.keys) == expected)
        #expect(Set(pdfium.keys) == expected)
        #expect(Set(pdfjs.keys) == expected)
        #expect(Set(mupdf.compactMap { $0["name"] as? String }) == expected)
        #expect(mupdf.count == built.widgets.count)

        for name in ["full_name", "address", "postal_code", "medical_note"] {
            let value = built.widgets.first { $0.name == name }?.value
            #expect(pypdf[name]?["value"] as? String == value, "pypdf \(name)")
            #expect(pikepdf[name]?["value"] as? String == value, "pikepdf \(name)")
            #expect(pdfium[name]?["value"] as? String == value, "PDFium \(name)")
            #expect(pdfjs[name]?["value"] as? String == value, "pdf.js \(name)")
            #expect(mupdf.first { $0["name"] as? String == name }?["value"] as? String == value, "MuPDF \(name)")
        }
        // The radio group's value: its state for pypdf, the option (/Opt) for PDFium.
        #expect(pypdf["cpr"]?["value"] as? String == "/1")
        #expect(pdfium["cpr"]?["value"] as? String == "希望しない")
        #expect(pdfium["cpr"]?["checked"] as? [Bool] == [false, true, false, false])
        #expect(pdfium["full_name"]?["label"] as? String == "氏名", "PDFium reads /TU")
    }

    @Test("pdf.js sees multi-line, no comb, the maximum length of date parts, and /TU as each widget's alternative text",
          .enabled(if: Readers.pdfjs, Comment(rawValue: Readers.installPDFJS)))
    func pdfjsDetails() throws {
        let annotations = try #require(try Readers.pdfjs(["fields", path])["annotations"] as? [[String: Any]])
        func annotation(_ name: String) -> [String: Any]? { annotations.first { $0["name"] as? String == name } }
        #expect(annotation("address")?["multiline"] as? Bool == true)
        #expect(annotation("postal_code")?["comb"] as? Bool == false)
        #expect(annotation("postal_code")?["maxLength"] as? Int == 0)
        #expect(annotation("birthday.year")?["maxLength"] as? Int == 2)
        #expect(annotation("full_name")?["label"] as? String == "氏名")
        #expect(annotations.filter { $0["name"] as? String == "cpr" }.map { $0["label"] as? String ?? "" }
                == ["心肺蘇生（心臓マッサージなど）：希望する", "心肺蘇生（心臓マッサージなど）：希望しない",
                    "心肺蘇生（心臓マッサージなど）：わからない", "心肺蘇生（心臓マッサージなど）：その他"])
    }

    @Test("the blank and filled renditions have no form; the fillable one without answers has empty fields")
    func renditions() throws {
        for rendition in [Rendition.blank, .filled] {
            let built = try FormBuild.note(rendition)
            #expect(built.finished.fieldCount == 0, "\(rendition)")
            let catalog = try PDFReader(bytes: built.pdf).catalog()
            #expect(catalog["AcroForm"] == nil, "\(rendition)")
        }
        let empty = try FormBuild.note(.fillable, answers: false)
        #expect(empty.finished.fieldCount == FormBuild.fillableNote.finished.fieldCount)
        #expect(empty.widgets.allSatisfy { $0.value == nil })
        // No pre-filled text: no fallback subset, only the typing font (embedded, untagged).
        let reader = try PDFReader(bytes: empty.pdf)
        let fonts = try reader.sections[0].entries.keys.compactMap { number -> String? in
            try reader.object(number).dictionary?["BaseFont"]?.name?.text
        }
        #expect(!fonts.contains { $0.contains("+") }, "no subset in the update: \(fonts)")
        #expect(fonts.contains("BIZUDGothic-Regular"), "the typing font is there")
        #expect(!fonts.contains { $0.hasPrefix("Koz") }, "\(fonts)")
    }
}

@Suite("Fields in an untagged PDF")
struct UntaggedTests {
    @Test("drawn without tags, the fields are all there, with tab order by rows (/Tabs /R) and no /StructParent",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func untagged() throws {
        let built = try FormBuild.document(Samples.form(.fillable), tagged: false)
        let path = try built.write()
        #expect(try Run.tool("qpdf", ["--check", path]).status == 0)
        let facts = try Readers.python(["structure", path])
        #expect(facts["tagged"] as? Bool == false)
        #expect((facts["tabs"] as? [Any])?.first as? String == "/R")
        let widgets = try #require(facts["widgets"] as? [[String: Any]])
        #expect(widgets.count == built.finished.widgetCount && widgets.allSatisfy { $0["hasNormalAppearance"] as? Bool == true })
    }
}

@Suite("Characters the form fonts lack")
struct MissingCharacterTests {
    @Test("𠮷, which BIZ UDGothic lacks, comes from the fallback chain; a character no face has (U+0378) is reported with its field; /V keeps both")
    func reported() throws {
        var document = Samples.form(.fillable)
        if case .field(var field) = document.blocks[1] {
            field.value = .text("𠮷田\u{0378}花子")
            document.blocks[1] = .field(field)
        }
        let built = try FormBuild.document(document)
        #expect(built.finished.missingCharacters.map(\.field) == ["name"])
        #expect(built.finished.missingCharacters.map(\.character) == ["\u{0378}"])
        let reader = try PDFReader(bytes: built.pdf)
        let values = try reader.sections[0].entries.keys.compactMap { try reader.object($0).dictionary }
            .filter { $0["T"]?.string?.text == "name" }.compactMap { $0["V"]?.string?.text }
        #expect(values == ["𠮷田\u{0378}花子"])
    }
}
