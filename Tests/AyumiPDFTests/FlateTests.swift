import AyumiPDF
import AyumiTestSupport
import Testing

@Suite("PDFFlate (zlib with fixed Huffman codes)")
struct FlateTests {
    /// A deterministic mix of text, repeats and noise.
    static func sample(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        let words = Array("わたしの人生ノート ABC 0123456789 /Tx BMC q BT ET Q EMC ".utf8)
        while bytes.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if state >> 60 < 10 {
                let start = Int(state >> 32 % UInt64(words.count))
                bytes += words[(start % words.count)...]
            } else {
                bytes.append(UInt8(truncatingIfNeeded: state >> 24))
            }
        }
        return Array(bytes.prefix(count))
    }

    @Test("compressed data inflates back to itself", arguments: [0, 1, 2, 3, 258, 259, 1000, 40_000, 100_000])
    func roundTrip(count: Int) throws {
        let data = Self.sample(count, seed: UInt64(count) + 7)
        let compressed = PDFFlate.compress(data)
        #expect(Inflate.zlib(compressed) == data)
        #expect(PDFFlate.compress(data) == compressed, "deterministic")
    }

    @Test("long runs and repeated text shrink; a stream keeps its data when compression would not help")
    func sizes() {
        let repeated = [UInt8](repeating: 0x41, count: 10_000)
        #expect(PDFFlate.compress(repeated).count < 200)
        #expect(Inflate.zlib(PDFFlate.compress(repeated)) == repeated)
        let stream = PDFStream.flate(dictionary: ["Length1": 3], data: [1, 2, 3])
        #expect(stream.data == [1, 2, 3] && stream.dictionary["Filter"] == nil)
        let big = PDFStream.flate(dictionary: [:], data: repeated)
        #expect(big.dictionary["Filter"] == .name("FlateDecode"))
    }
}
