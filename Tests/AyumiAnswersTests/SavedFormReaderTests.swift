import AyumiTestSupport
import Foundation
import Testing
@testable import AyumiAnswers
@testable import AyumiQPDF

/// The qpdf edge on small PDFs written here: the field tree, inheritance, text strings, the
/// template identifier; the same file rewritten by qpdf with object and cross-reference
/// streams, and damaged; and bytes that are no PDF at all.
@Suite("SavedFormReader")
struct SavedFormReaderTests {
    /// A one-page PDF with a text field (UTF-16 value with `\r\n`), a radio group with `/Opt`, a
    /// group `birthday` with a kid `year`, a check box known only by its widget's `/AS`.
    static func formPDF(info: Bool = true, loop: Bool = false) -> [UInt8] {
        let name = "\u{FEFF}森川\r\n花子".utf16.map { String(format: "%04X", $0) }.joined()
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R 5 0 R 8 0 R 10 0 R] >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R 6 0 R 7 0 R 9 0 R 10 0 R] >>",
            "<< /Type /Annot /Subtype /Widget /Rect [0 0 10 10] /FT /Tx /T (full_name) /TU (\\376\\377\\060\\112\\124\\015) /V <\(name.dropFirst(0))> >>",
            "<< /FT /Btn /Ff 32768 /T (cpr) /V /1 /Opt [(a) <FEFF5E0C671B3057306A3044>] /Kids [6 0 R 7 0 R] >>",
            "<< /Type /Annot /Subtype /Widget /Parent 5 0 R /Rect [0 0 5 5] /AS /Off /AP << /N << /0 11 0 R /Off 11 0 R >> >> >>",
            "<< /Type /Annot /Subtype /Widget /Parent 5 0 R /Rect [5 0 9 5] /AS /1 /AP << /N << /1 11 0 R /Off 11 0 R >> >> >>",
            "<< /T (birthday) /Kids [9 0 R\(loop ? " 8 0 R" : "")] >>",
            "<< /Type /Annot /Subtype /Widget /Parent 8 0 R /FT /Tx /T (year) /V (19) /Rect [0 0 5 5] >>",
            "<< /Type /Annot /Subtype /Widget /FT /Btn /T (places.1) /AS /Yes /Rect [0 0 5 5] /AP << /N << /Yes 11 0 R /Off 11 0 R >> >> >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /AyumiTemplate (jinsei-note) /Title (x) >>",
        ]
        var text = "%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n"
        var bytes = Array(text.utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        text = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(info ? " /Info 12 0 R" : "") >>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Array(text.utf8)
    }

    static let expected = [
        SavedField(fullName: "full_name", type: .text, value: .text("森川\r\n花子"), label: "お名", widgetStates: [nil], onStates: [nil]),
        SavedField(fullName: "cpr", type: .button, value: .name("1"), options: ["a", "希望しない"], flags: 32768,
                   widgetStates: ["Off", "1"], onStates: ["0", "1"]),
        SavedField(fullName: "birthday.year", type: .text, value: .text("19"), widgetStates: [nil], onStates: [nil]),
        SavedField(fullName: "places.1", type: .button, widgetStates: ["Yes"], onStates: ["Yes"]),
    ]

    @Test("the field tree reads to full names, types, values, /Opt, /TU, flags and widget states")
    func reads() throws {
        let form = try SavedFormReader.read(Self.formPDF())
        #expect(form.templateIdentifier == "jinsei-note")
        #expect(form.fields == Self.expected)
        #expect(try SavedFormReader.read(Self.formPDF(info: false)).templateIdentifier == nil)
    }

    @Test("a loop in /Kids is walked once, not forever")
    func loop() throws {
        #expect(try SavedFormReader.read(Self.formPDF(loop: true)).fields == Self.expected)
    }

    @Test("the same form with object streams and a cross-reference stream (as PDFium and Acrobat save) reads the same")
    func objectStreams() throws {
        let folder = Repository.temporaryFolder()
        try Data(Self.formPDF()).write(to: URL(fileURLWithPath: folder + "/in.pdf"))
        let result = try Run.tool("qpdf", ["--object-streams=generate", folder + "/in.pdf", folder + "/out.pdf"])
        #expect(result.status == 0, "\(result.standardError)")
        let rewritten = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/out.pdf")))
        #expect(String(decoding: rewritten, as: UTF8.self).contains("/ObjStm"))
        let form = try SavedFormReader.read(rewritten)
        #expect(form.fields == Self.expected)
        #expect(form.templateIdentifier == "jinsei-note")
    }

    @Test("a damaged cross-reference table is rebuilt")
    func damagedXref() throws {
        var bytes = Self.formPDF()
        let text = String(decoding: bytes, as: UTF8.self)
        let start = try #require(text.range(of: "xref\n")).lowerBound.utf16Offset(in: text)
        for index in start..<(start + 60) { bytes[index] = UInt8(ascii: "x") }
        #expect(try SavedFormReader.read(bytes).fields == Self.expected)
    }

    @Test("bytes that are no PDF give a clear error, never a crash", arguments: [
        Array("hello, this is not a PDF".utf8), [], Array(repeating: 0xFF, count: 64), Array("%PDF-1.7\n".utf8),
        Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF".utf8),
    ])
    func garbage(bytes: [UInt8]) {
        do {
            let form = try SavedFormReader.read(bytes)
            // A repaired file with a catalog and no AcroForm reads, with no fields.
            #expect(form.fields.isEmpty)
        } catch {
            #expect(error == .unreadable(.damaged, position: error.position))
        }
    }
}

extension SavedFormError {
    var position: Int? {
        switch self { case .unreadable(_, let position): position }
    }
}
