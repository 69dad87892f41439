/// Compresses stream data for `/Filter /FlateDecode` (ISO 32000-1 §7.4.4): a zlib stream
/// (RFC 1950) holding one deflate block (RFC 1951) with the fixed Huffman codes, and LZ77
/// matches found through a hash of the next three bytes.
///
/// It is far simpler than zlib (no dynamic Huffman tables, no lazy matching) and compresses
/// TrueType outlines to about two thirds of their size; it needs no C and gives the same bytes on
/// every machine, which is what Ayumi needs from it.
///
/// ```swift
/// let stream = PDFStream.flate(dictionary: [:], data: fontBytes)  // /Filter /FlateDecode
/// ```
public enum PDFFlate {
    public static func compress(_ data: [UInt8]) -> [UInt8] {
        compress(data, tableFrom: 1 << 15)
    }

    /// `compress(_:)`, keeping the hash heads in a full table for inputs of at least `tableFrom`
    /// bytes (see `LatestPositions`); tests compress both ways and compare.
    static func compress(_ data: [UInt8], tableFrom: Int) -> [UInt8] {
        var writer = BitWriter()
        writer.bytes = [0x78, 0x01]  // deflate, 32 KB window; (0x78 × 256 + 0x01) is a multiple of 31
        writer.write(1, count: 1)    // BFINAL: the only block
        writer.write(1, count: 2)    // BTYPE 01: fixed Huffman codes

        let window = 32_768, minimum = 3, maximum = 258, chainLimit = 48
        var head = LatestPositions(usesTable: data.count >= tableFrom, inputCount: data.count)
        var previous = [Int](repeating: -1, count: data.count)
        func hash(_ index: Int) -> Int {
            (Int(data[index]) << 10 ^ Int(data[index + 1]) << 5 ^ Int(data[index + 2])) & 0x7FFF
        }
        func insert(_ index: Int) {
            guard index + 2 < data.count else { return }
            let key = hash(index)
            previous[index] = head[key]
            head[key] = index
        }

        var index = 0
        while index < data.count {
            var bestLength = 0, bestDistance = 0
            if index + minimum <= data.count {
                var candidate = head[hash(index)]
                var steps = 0
                let limit = min(maximum, data.count - index)
                while candidate >= 0, index - candidate <= window, steps < chainLimit {
                    var length = 0
                    while length < limit, data[candidate + length] == data[index + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = index - candidate
                        if length == limit { break }
                    }
                    candidate = previous[candidate]
                    steps += 1
                }
            }
            if bestLength >= minimum {
                writer.writeLength(bestLength)
                writer.writeDistance(bestDistance)
                for position in index..<index + bestLength { insert(position) }
                index += bestLength
            } else {
                writer.writeLiteral(Int(data[index]))
                insert(index)
                index += 1
            }
        }
        writer.writeLiteral(256)  // end of block
        writer.flush()
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        let adler = b << 16 | a
        writer.bytes += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return writer.bytes
    }

    /// The latest position of each three-byte hash (15 bits), or -1.
    ///
    /// A table of all 32,768 hashes is 256 KB to allocate and clear on every call, which is
    /// far more than the work for an appearance stream of a hundred bytes (a note compresses
    /// hundreds of them); inputs shorter than the table keep the positions in a dictionary
    /// instead. Both give the same positions, so the same output.
    struct LatestPositions {
        private var table: [Int]
        private var small: [Int: Int]
        private let usesTable: Bool

        init(usesTable: Bool, inputCount: Int) {
            self.usesTable = usesTable
            table = usesTable ? [Int](repeating: -1, count: 1 << 15) : []
            small = [:]
            if !usesTable { small.reserveCapacity(inputCount) }
        }

        subscript(key: Int) -> Int {
            get { usesTable ? table[key] : small[key] ?? -1 }
            set {
                if usesTable { table[key] = newValue } else { small[key] = newValue }
            }
        }
    }

    /// Bits packed from the least significant end of each byte, as deflate stores them.
    struct BitWriter {
        var bytes: [UInt8] = []
        private var buffer: UInt32 = 0
        private var used = 0

        mutating func write(_ value: Int, count: Int) {
            buffer |= UInt32(value) << UInt32(used)
            used += count
            while used >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                used -= 8
            }
        }

        /// A Huffman code, which deflate stores most significant bit first.
        mutating func writeCode(_ code: Int, count: Int) {
            var reversed = 0
            for bit in 0..<count where code & (1 << bit) != 0 { reversed |= 1 << (count - 1 - bit) }
            write(reversed, count: count)
        }

        mutating func flush() {
            if used > 0 { bytes.append(UInt8(buffer & 0xFF)) }
            buffer = 0
            used = 0
        }

        /// A literal byte or end of block (0–256), or a length symbol (257–285), in the fixed code (RFC 1951 §3.2.6).
        mutating func writeLiteral(_ symbol: Int) {
            switch symbol {
            case 0...143: writeCode(0x30 + symbol, count: 8)
            case 144...255: writeCode(0x190 + symbol - 144, count: 9)
            case 256...279: writeCode(symbol - 256, count: 7)
            default: writeCode(0xC0 + symbol - 280, count: 8)
            }
        }

        static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
                                 131, 163, 195, 227, 258]
        static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                                   2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
        static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

        mutating func writeLength(_ length: Int) {
            var code = Self.lengthBase.count - 1
            while Self.lengthBase[code] > length { code -= 1 }
            writeLiteral(257 + code)
            if Self.lengthExtra[code] > 0 { write(length - Self.lengthBase[code], count: Self.lengthExtra[code]) }
        }

        mutating func writeDistance(_ distance: Int) {
            var code = Self.distanceBase.count - 1
            while Self.distanceBase[code] > distance { code -= 1 }
            writeCode(code, count: 5)
            if Self.distanceExtra[code] > 0 { write(distance - Self.distanceBase[code], count: Self.distanceExtra[code]) }
        }
    }
}

extension PDFStream {
    /// A stream whose data is compressed with `PDFFlate` (`/Filter /FlateDecode`), unless that
    /// would not make it smaller.
    public static func flate(dictionary: PDFDictionary, data: [UInt8]) -> PDFStream {
        let compressed = PDFFlate.compress(data)
        guard compressed.count < data.count else { return PDFStream(dictionary: dictionary, data: data) }
        var dictionary = dictionary
        dictionary["Filter"] = .name("FlateDecode")
        return PDFStream(dictionary: dictionary, data: compressed)
    }
}
