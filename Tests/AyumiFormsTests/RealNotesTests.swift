import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// The project's real fillable notes, checked the same way as the test note: they run as soon as
/// templates/jinsei-note and templates/kizuna-note (with examples/NAME/edition.yaml) are in the
/// repository, and are skipped, saying so, until then. `AYUMI_NOTES_ROOT=/path/to/checkout`
/// takes them from another checkout.
@Suite("The real notes, fillable")
struct RealNotesTests {
    static let jinsei = FormBuild.hasRealNote("jinsei-note")
    static let kizuna = FormBuild.hasRealNote("kizuna-note")

    func check(_ name: String, fields: Int, widgets: Int) throws {
        let built = try #require(try FormBuild.realNote(name, rendition: .fillable, resident: true))
        #expect(built.finished.fieldCount == fields, "\(name): \(built.finished.fieldCount) fields")
        #expect(built.finished.widgetCount == widgets, "\(name): \(built.finished.widgetCount) widgets")
        let path = try built.write(name + ".pdf")
        let check = try Run.tool("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.standardOutput)")

        // Three readers, one field set.
        let fields = try Readers.python(["fields", path])
        let pypdf = try #require(fields["pypdf"] as? [String: [String: Any]])
        #expect(pypdf.count == built.finished.fieldCount)
        #expect(Set((fields["pikepdf"] as? [String: Any] ?? [:]).keys) == Set(pypdf.keys))
        #expect(Set((fields["pdfium"] as? [String: Any] ?? [:]).keys) == Set(pypdf.keys))

        // ASCII names and Japanese labels.
        let good = pypdf.filter { name, field in
            let label = field["label"] as? String ?? ""
            return name.unicodeScalars.allSatisfy(\.isASCII)
                && label.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
        }
        #expect(Double(good.count) >= 0.9 * Double(pypdf.count), "\(good.count) of \(pypdf.count)")

        // Appearances, structure, language, outline.
        let facts = try Readers.python(["structure", path])
        let widgets = try #require(facts["widgets"] as? [[String: Any]])
        #expect(widgets.count == built.finished.widgetCount)
        #expect(widgets.allSatisfy { $0["hasNormalAppearance"] as? Bool == true && $0["linked"] as? Bool == true })
        #expect(facts["lang"] as? String == "ja-JP")
        #expect(facts["tagged"] as? Bool == true && facts["marked"] as? Bool == true)
        let outline = try #require(facts["outline"] as? [[String: Any]])
        #expect(!outline.isEmpty)
        #expect(outline.allSatisfy { ($0["title"] as? String)?.unicodeScalars.contains { $0.value > 0x3000 } == true })
        let structure = try Run.tool("pdfinfo", ["-struct", path]).standardOutput
        #expect(structure.components(separatedBy: "Object ").count - 1 >= built.finished.widgetCount)

        // The resident's pre-filled values show once flattened.
        let flattened = try Readers.flattenedText(path).withoutWhitespace
        for widget in built.widgets {
            guard case .text = widget.kind, let value = widget.value, value.count >= 2 else { continue }
            #expect(flattened.contains(value.withoutWhitespace), "\(name): \(widget.name)")
        }

        // Reproducible.
        let again = try #require(try FormBuild.realNote(name, rendition: .fillable, resident: true))
        #expect(again.pdf == built.pdf)
    }

    @Test("わたしの人生ノート, fillable: 611 fields (384 of them table cells), checked like the test note",
          .enabled(if: jinsei, "templates/jinsei-note and examples/jinsei-note/edition.yaml are not in this checkout yet"),
          .enabled(if: Readers.python && Readers.qpdf && Readers.poppler, Comment(rawValue: Readers.installPython)))
    func jinseiNote() throws {
        try check("jinsei-note", fields: 611, widgets: 759)
    }

    @Test("絆ノート, fillable: 102 fields (20 of them table cells), checked like the test note",
          .enabled(if: kizuna, "templates/kizuna-note and examples/kizuna-note/edition.yaml are not in this checkout yet"),
          .enabled(if: Readers.python && Readers.qpdf && Readers.poppler, Comment(rawValue: Readers.installPython)))
    func kizunaNote() throws {
        try check("kizuna-note", fields: 102, widgets: 155)
    }

    @Test("the filled notes print the resident's answers as text",
          .enabled(if: jinsei || kizuna, "neither real note is in this checkout yet"),
          .enabled(if: Readers.poppler, "apt-get install poppler-utils"))
    func filled() throws {
        for name in ["jinsei-note", "kizuna-note"] where FormBuild.hasRealNote(name) {
            let built = try #require(try FormBuild.realNote(name, rendition: .filled, resident: true))
            #expect(built.finished.fieldCount == 0)
            let text = try Readers.text(try built.write()).withoutWhitespace
            // A table cell's answer may wrap inside its column, where text extraction runs across the
            // row's other cells: cells are checked in the layout, all the runs of the cell's element.
            let cells = built.layout.fieldWidgets.filter { $0.name.split(separator: ".").count == 3 }
            let answers = built.layout.fieldWidgets.compactMap { widget -> String? in
                if case .text = widget.kind, let value = widget.value, value.count >= 2, !value.contains("\n"),
                   !cells.contains(widget) { value } else { nil }
            }
            for value in answers { #expect(text.contains(value.withoutWhitespace), "\(name): \(value.prefix(10))…") }
            let runs = built.layout.pages.flatMap(\.items).compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
            for cell in cells {
                guard let value = cell.value else { continue }
                let printed = runs.filter { $0.structure == cell.structure }.map(\.text).joined()
                #expect(printed.withoutWhitespace == value.withoutWhitespace, "\(name): \(cell.name)")
            }
            #expect(cells.contains { $0.value != nil }, "\(name): the resident's table rows")
        }
    }
}

