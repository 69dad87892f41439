import AyumiModel
import AyumiPDF
import Testing

@Suite("PDFFinisher")
struct PDFFinisherTests {
    let original = TestPDF.cairoLike

    /// The first 16 bytes of SHA-256 of `bytes`, as a hex string object.
    func expectedIdentifier(_ bytes: [UInt8]) -> PDFObject {
        var hash = SHA256()
        bytes.withUnsafeBytes { hash.update($0) }
        let hex = Array(hash.finish().utf8.prefix(32))
        let digest = stride(from: 0, to: 32, by: 2).map { UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
        return .string(PDFString(bytes: digest, format: .hexadecimal))
    }

    @Test("/Lang, DisplayDocTitle, D: dates and a content-derived /ID, in one update after cairo's bytes")
    func finish() throws {
        let finished = try PDFFinisher(options: .init(creationDate: "2026-04-01T09:00:00+09:00")).finish(original)
        #expect(Array(finished[..<original.count]) == original)

        let reader = try PDFReader(bytes: finished)
        #expect(reader.sections.count == 2)
        let catalog = try reader.catalog()
        #expect(catalog["Lang"]?.string?.text == "ja-JP")
        #expect(catalog["ViewerPreferences"] == ["DisplayDocTitle": true])
        #expect(catalog["Pages"] == .reference(PDFReference(1)), "the rest of the catalog is kept")

        let info = try #require(try reader.info())
        #expect(info["CreationDate"]?.string?.text == "D:20260401090000+09'00'")
        #expect(info["ModDate"]?.string?.text == "D:20260401090000+09'00'")
        #expect(info["Title"]?.string?.text == "人生会議", "the rest of Info is kept")
        #expect(info.keys == ["Producer", "Title", "CreationDate", "ModDate"], "in cairo's order")

        let identifier = expectedIdentifier(original)
        #expect(reader.trailer["ID"] == [identifier, identifier])
        #expect(reader.sections[0].entries.keys.sorted() == [6, 7], "only the Info and the Catalog are new")
    }

    @Test("the same input gives the same bytes; a different input a different /ID")
    func deterministic() throws {
        let finisher = PDFFinisher(options: .init(creationDate: "2026-04-01"))
        #expect(try finisher.finish(original) == finisher.finish(original))
        let other = original.replacing(Array("(Hi)".utf8), with: Array("(Ho)".utf8))
        let first = try PDFReader(bytes: finisher.finish(original)).trailer["ID"]
        let second = try PDFReader(bytes: finisher.finish(other)).trailer["ID"]
        #expect(first != second)
    }

    @Test("without a date, Info is left as cairo wrote it")
    func noDate() throws {
        let reader = try PDFReader(bytes: PDFFinisher().finish(original))
        #expect(reader.sections[0].entries.keys.sorted() == [7])
        #expect(try reader.info()?["CreationDate"]?.string?.text == "20260401000000Z")
        #expect(try reader.catalog()["Lang"]?.string?.text == "ja-JP")
    }

    @Test("another language")
    func language() throws {
        let reader = try PDFReader(bytes: PDFFinisher(options: .init(language: "en-US")).finish(original))
        #expect(try reader.catalog()["Lang"] == .string(PDFString(bytes: Array("en-US".utf8))))
    }

    @Test("a date that is not ISO 8601 is an error naming it")
    func invalidDate() {
        #expect(throws: PDFError.invalidDate("April 1st")) {
            try PDFFinisher(options: .init(creationDate: "April 1st")).finish(original)
        }
        #expect(PDFError.invalidDate("April 1st").description.contains("`April 1st` is not a date"))
    }

    @Test("existing viewer preferences are kept, direct or indirect")
    func viewerPreferences() throws {
        let direct = TestPDF.make([(1, "<< /Type /Catalog /ViewerPreferences << /HideToolbar true >> >>")], trailer: "/Root 1 0 R")
        #expect(try PDFReader(bytes: PDFFinisher().finish(direct)).catalog()["ViewerPreferences"]
            == ["HideToolbar": true, "DisplayDocTitle": true])

        let indirect = TestPDF.make([(1, "<< /Type /Catalog /ViewerPreferences 2 0 R >>"), (2, "<< /DisplayDocTitle false >>")],
                                    trailer: "/Root 1 0 R")
        let reader = try PDFReader(bytes: PDFFinisher().finish(indirect))
        #expect(try reader.catalog()["ViewerPreferences"] == .reference(PDFReference(2)))
        #expect(try reader.object(2) == ["DisplayDocTitle": true])
    }

    @Test("with a date and no Info dictionary, a new one is added and the trailer points at it")
    func newInfo() throws {
        let bare = TestPDF.make([(1, "<< /Type /Catalog >>")], trailer: "/Root 1 0 R")
        let reader = try PDFReader(bytes: PDFFinisher(options: .init(creationDate: "2026-04-01T00:00:00Z")).finish(bare))
        #expect(reader.trailer["Info"] == .reference(PDFReference(2)))
        #expect(try reader.info()?["CreationDate"]?.string?.text == "D:20260401000000Z00'00'")
    }

    @Test("finishing Ayumi's own output again keeps the first part of /ID")
    func refinish() throws {
        let once = try PDFFinisher().finish(original)
        let twice = try PDFFinisher().finish(once)
        let first = try #require(try PDFReader(bytes: once).trailer["ID"]?.array)
        let second = try #require(try PDFReader(bytes: twice).trailer["ID"]?.array)
        #expect(second[0] == first[0])
        #expect(second[1] == expectedIdentifier(once))
        #expect(try PDFReader(bytes: twice).sections.count == 3)
    }

    @Test("what the reader refuses, the finisher refuses")
    func refusals() {
        let encrypted = TestPDF.make([(1, "<< /Type /Catalog >>")], trailer: "/Root 1 0 R /Encrypt << /Filter /Standard >>")
        #expect(throws: PDFError.encrypted) { try PDFFinisher().finish(encrypted) }
        #expect(throws: PDFError.noStartXRef) { try PDFFinisher().finish(Array("not a PDF".utf8)) }
    }
}
