import AyumiPDF
import Testing

@Suite("SOURCE_DATE_EPOCH")
struct PDFDateTests {
    @Test("seconds since 1970 as ISO 8601 UTC", arguments: [
        ("0", "1970-01-01T00:00:00Z"),
        ("1775001600", "2026-04-01T00:00:00Z"),
        ("951782400", "2000-02-29T00:00:00Z"),
        ("1735689599", "2024-12-31T23:59:59Z"),
    ])
    func conversion(epoch: String, iso: String) {
        #expect(PDFDate.iso8601(sourceDateEpoch: epoch) == iso)
    }

    @Test("anything else is refused", arguments: ["", "-1", "2026-04-01", "1.5", "99999999999999"])
    func refuses(epoch: String) {
        #expect(PDFDate.iso8601(sourceDateEpoch: epoch) == nil)
    }
}
