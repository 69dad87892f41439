import AyumiLayout
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// A resident fills the note in a real viewer's engine: pdf.js (Firefox), PDFium (Chrome, Edge)
/// and MuPDF type Japanese into the fields and save; flattened, the saved file shows what was typed.
@Suite("Filling the form with real readers")
struct FillingTests {
    let path = FormBuild.fillableNotePath

    /// What the resident types: a name replacing the pre-filled one, an empty field, a multi-line field.
    let typed = ["full_name": "鈴木　一郎", "cpr_other": "家族に任せる", "medical_note": "延命のための治療は望みません。"]

    var assignments: [String] { typed.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } }

    /// Checks a filled file: qpdf finds nothing wrong, every reader sees the typed values, and
    /// flattened it shows them (and no longer the replaced pre-filled name).
    func checkFilled(_ filled: String, engine: String) throws {
        let check = try Run.tool("qpdf", ["--check", filled])
        #expect(check.status == 0, "\(engine): \(check.standardOutput)")
        let fields = try Readers.python(["fields", filled])
        for reader in ["pypdf", "pikepdf", "pdfium"] {
            let values = try #require(fields[reader] as? [String: [String: Any]])
            for (name, value) in typed {
                #expect(values[name]?["value"] as? String == value, "\(engine), read by \(reader): \(name)")
            }
            #expect(values["postal_code"]?["value"] as? String == "1234567", "\(engine): untouched fields keep their values")
        }
        let text = try Readers.flattenedText(filled).withoutWhitespace
        for value in typed.values {
            #expect(text.contains(value.withoutWhitespace), "\(engine): \(value) shows once flattened")
        }
        #expect(!text.contains("山田花子"), "\(engine): the replaced pre-filled name is gone")
        #expect(text.contains("1234567"), "\(engine): the untouched pre-filled values still show")
    }

    @Test("pdf.js fills and saves; its appearance uses the embedded typing font of /DA (BIZUDGothic-Regular, Identity-H), and sets no /NeedAppearances",
          .enabled(if: Readers.pdfjs, Comment(rawValue: Readers.installPDFJS)),
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func pdfjs() throws {
        let filled = Repository.temporaryFolder() + "/pdfjs.pdf"
        let result = try Readers.pdfjs(["fill", path, filled] + assignments)
        #expect(Set(result["filled"] as? [String] ?? []) == Set(typed.keys))
        try checkFilled(filled, engine: "pdf.js")
        let facts = try Readers.python(["structure", filled])
        #expect(facts["needAppearances"] as? Bool == false)
        // The saved appearance of the name field is set in the /DR font (pdf.js writes a
        // cross-reference stream, which AyumiPDF's reader refuses, so pikepdf reads it).
        let appearance = try Readers.python(["appearance-fonts", filled, "full_name"])
        let fonts = try #require(appearance["fonts"] as? [String: [String: String]])
        #expect(fonts == ["BIZGo": ["baseFont": "/BIZUDGothic-Regular", "encoding": "/Identity-H"]], "\(fonts)")
    }

    @Test("PDFium types Japanese into the fields (click, type, leave) and saves",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func pdfium() throws {
        let filled = Repository.temporaryFolder() + "/pdfium.pdf"
        let result = try Readers.python(["pdfium-fill", path, filled] + assignments)
        #expect(Set(result["filled"] as? [String] ?? []) == Set(typed.keys))
        try checkFilled(filled, engine: "PDFium")
    }

    @Test("MuPDF sets the values, regenerates the appearances and saves incrementally",
          .enabled(if: Readers.mutool, "apt-get install mupdf-tools"),
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func mupdf() throws {
        let filled = Repository.temporaryFolder() + "/mupdf.pdf"
        let result = try #require(try Readers.mutool(["fill", path, filled] + assignments) as? [String: Any])
        #expect(Set(result["filled"] as? [String] ?? []) == Set(typed.keys))
        try checkFilled(filled, engine: "MuPDF")
    }

    @Test("radio buttons and check boxes change state in pdf.js and PDFium; the saved states use Ayumi's appearances",
          .enabled(if: Readers.pdfjs, Comment(rawValue: Readers.installPDFJS)),
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)),
          arguments: ["pdf.js", "PDFium"])
    func buttons(engine: String) throws {
        let filled = Repository.temporaryFolder() + "/buttons.pdf"
        // 心肺蘇生: from 希望しない to わからない; 場所: 自宅 off, 施設 on.
        if engine == "pdf.js" {
            _ = try Readers.pdfjs(["fill", path, filled, "cpr=@2", "places.1=@off", "places.3=@0"])
        } else {
            _ = try Readers.python(["pdfium-fill", path, filled, "cpr=@2", "places.1=@0", "places.3=@0"])
        }
        #expect(try Run.tool("qpdf", ["--check", filled]).status == 0)
        let fields = try Readers.python(["fields", filled])
        let pypdf = try #require(fields["pypdf"] as? [String: [String: Any]])
        #expect(pypdf["cpr"]?["value"] as? String == "/2", "\(engine)")
        #expect(pypdf["places.1"]?["value"] as? String == "/Off", "\(engine)")
        #expect(pypdf["places.3"]?["value"] as? String == "/Yes", "\(engine)")
        let pdfium = try #require(fields["pdfium"] as? [String: [String: Any]])
        #expect(pdfium["cpr"]?["value"] as? String == "わからない", "\(engine): the option, through /Opt")
        #expect(pdfium["cpr"]?["checked"] as? [Bool] == [false, false, true, false], "\(engine)")
        #expect(pdfium["tube_feeding"]?["value"] as? String == "わからない", "\(engine): other groups untouched")
    }

    @Test("the filled file still reads with Ayumi's own reader (round trip through each engine's save)",
          .enabled(if: Readers.python && Readers.mutool, Comment(rawValue: Readers.installPython)))
    func roundTrip() throws {
        let folder = Repository.temporaryFolder()
        _ = try Readers.python(["pdfium-fill", path, folder + "/pdfium.pdf"] + assignments)
        _ = try Readers.mutool(["fill", path, folder + "/mupdf.pdf"] + assignments)
        // MuPDF appends an incremental update with a classic table; PDFium rewrites the file.
        for name in ["mupdf.pdf", "pdfium.pdf"] {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            do {
                let reader = try PDFReader(bytes: bytes)
                #expect(try reader.catalog()["AcroForm"] != nil, "\(name)")
            } catch PDFError.crossReferenceStream {
                // A cross-reference stream is refused loudly, as documented: fine for a file Ayumi did not write.
            }
        }
    }
}
