/// Decompresses what AyumiPDF's `PDFFlate` writes — zlib with stored or fixed-Huffman deflate
/// blocks (RFC 1950, RFC 1951) — so tests can read back the streams Ayumi compresses. Dynamic
/// Huffman blocks (what zlib itself usually writes) are not supported: `nil`.
public enum Inflate {
    public static func zlib(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 6, bytes[0] & 0x0F == 8, (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0 else { return nil }
        var reader = BitReader(bytes: bytes, position: 2)
        var output: [UInt8] = []
        while true {
            guard let final = reader.bits(1), let type = reader.bits(2) else { return nil }
            switch type {
            case 0:
                reader.alignToByte()
                guard let length = reader.bits(16), reader.bits(16) != nil else { return nil }
                for _ in 0..<length {
                    guard let byte = reader.bits(8) else { return nil }
                    output.append(UInt8(byte))
                }
            case 1:
                while true {
                    guard let symbol = reader.fixedLiteral() else { return nil }
                    if symbol < 256 { output.append(UInt8(symbol)); continue }
                    if symbol == 256 { break }
                    let code = symbol - 257
                    guard code < lengthBase.count, let extra = reader.bits(lengthExtra[code]),
                          let distanceCode = reader.huffman(count: 5), distanceCode < distanceBase.count,
                          let distanceExtraBits = reader.bits(distanceExtra[distanceCode]) else { return nil }
                    let length = lengthBase[code] + extra, distance = distanceBase[distanceCode] + distanceExtraBits
                    guard distance <= output.count else { return nil }
                    for _ in 0..<length { output.append(output[output.count - distance]) }
                }
            default:
                return nil
            }
            if final == 1 { break }
        }
        return output
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163,
                             195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
                               3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    struct BitReader {
        let bytes: [UInt8]
        var position: Int
        var bit = 0

        init(bytes: [UInt8], position: Int) {
            self.bytes = bytes
            self.position = position
        }

        mutating func bits(_ count: Int) -> Int? {
            var value = 0
            for index in 0..<count {
                guard position < bytes.count else { return nil }
                value |= Int(bytes[position] >> UInt8(bit) & 1) << index
                bit += 1
                if bit == 8 { bit = 0; position += 1 }
            }
            return value
        }

        /// `count` bits of a Huffman code, most significant first.
        mutating func huffman(count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                guard let next = bits(1) else { return nil }
                value = value << 1 | next
            }
            return value
        }

        mutating func alignToByte() {
            if bit > 0 { bit = 0; position += 1 }
        }

        /// A symbol of the fixed literal/length code (RFC 1951 §3.2.6).
        mutating func fixedLiteral() -> Int? {
            guard var code = huffman(count: 7) else { return nil }
            if code <= 0x17 { return 256 + code }
            guard let eighth = bits(1) else { return nil }
            code = code << 1 | eighth
            if (0x30...0xBF).contains(code) { return code - 0x30 }
            if (0xC0...0xC7).contains(code) { return 280 + code - 0xC0 }
            guard let ninth = bits(1) else { return nil }
            code = code << 1 | ninth
            return (0x190...0x1FF).contains(code) ? 144 + code - 0x190 : nil
        }
    }
}
