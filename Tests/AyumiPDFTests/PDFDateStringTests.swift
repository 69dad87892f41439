import AyumiPDF
import Testing

@Suite("PDF date strings (ISO 32000-1 §7.9.4)")
struct PDFDateStringTests {
    @Test("ISO 8601 to D:YYYYMMDDHHmmSSOHH'mm'", arguments: [
        ("2026-04-01T09:00:00+09:00", "D:20260401090000+09'00'"),
        ("2026-04-01T00:00:00Z", "D:20260401000000Z00'00'"),
        ("2026-04-01", "D:20260401000000"),
        ("2026-04-01T09:30", "D:20260401093000"),
        ("2026-04-01T09:30:15.250-05:30", "D:20260401093015-05'30'"),
        ("2024-02-29T23:59:59+0900", "D:20240229235959+09'00'"),
        ("2000-02-29T00:00:00+09", "D:20000229000000+09'00'"),
    ])
    func conversion(iso: String, pdf: String) {
        #expect(PDFDate.pdfDateString(iso8601: iso) == pdf)
    }

    @Test("anything else is refused", arguments: [
        "", "2026", "2026-4-1", "2026-04-01T9:00", "2026-13-01", "2026-02-29", "1900-02-29", "2026-04-31",
        "2026-04-01T24:00", "2026-04-01T09:60", "2026-04-01T09:00:00+24:00", "2026-04-01 09:00", "D:20260401",
        "2026-04-01T09:00:00Zjunk", "2026-04-01T09:00:00.",
    ])
    func refuses(text: String) {
        #expect(PDFDate.pdfDateString(iso8601: text) == nil)
    }

    @Test("SOURCE_DATE_EPOCH through both steps")
    func epoch() throws {
        let iso = try #require(PDFDate.iso8601(sourceDateEpoch: "1775001600"))
        #expect(PDFDate.pdfDateString(iso8601: iso) == "D:20260401000000Z00'00'")
    }
}
