import Testing
@testable import AyumiPDF

/// `PDFFlate` keeps the latest position of each hash in a dictionary for small inputs and in a
/// full table for large ones; the two must find the same matches, so give the same bytes.
@Suite("PDFFlate's hash heads")
struct FlateHashHeadsTests {
    @Test("a dictionary and a full table of hash heads compress to the same bytes",
          arguments: [0, 3, 100, 1000, 40_000])
    func sameBytes(count: Int) {
        let data = FlateTests.sample(count, seed: UInt64(count) + 11)
        let withTable = PDFFlate.compress(data, tableFrom: 0)
        let withDictionary = PDFFlate.compress(data, tableFrom: Int.max)
        #expect(withTable == withDictionary)
        #expect(PDFFlate.compress(data) == withTable)
    }
}
