/// The CIDs of a CID-keyed CFF font's glyphs, read from its charset (Adobe Technical Note
/// #5176, §13 and §18): what a PDF content stream must write for each glyph of a CIDFontType0.
///
/// hb-subset renumbers the glyphs of a subset (glyph 0, 1, 2 …) but keeps each one's CID in
/// the charset; Noto CJK is Adobe-Identity-0 with CID = glyph number, so a subset's CIDs are
/// the original glyph numbers. `HarfBuzzSubsetter` checks that against the original face
/// instead of assuming it.
struct CFFCharset {
    /// `cids[glyph]`: glyph 0 is `.notdef`, CID 0.
    let cids: [UInt16]
    /// The Registry-Ordering of the ROS operator (`Adobe-Identity`).
    let registryOrdering: (registry: Int, ordering: Int)

    enum Problem: Error, CustomStringConvertible {
        case truncated
        case notCIDKeyed
        case malformed(String)

        var description: String {
            switch self {
            case .truncated: "the CFF table is cut short"
            case .notCIDKeyed: "the CFF font is not CID-keyed (no ROS operator)"
            case .malformed(let what): "the CFF table has a malformed \(what)"
            }
        }
    }

    /// Reads `table` (a whole `CFF ` table) holding `glyphCount` glyphs.
    init(table: [UInt8], glyphCount: Int) throws(Problem) {
        var reader = Reader(bytes: table)
        guard table.count > 4 else { throw .truncated }
        reader.offset = Int(table[2])  // hdrSize
        _ = try reader.index()  // Name INDEX
        let topDicts = try reader.index()
        guard let top = topDicts.first else { throw .malformed("Top DICT INDEX") }
        let operators = try Self.dictionary(top)
        guard let ros = operators[0x0C1E], ros.count >= 3 else { throw .notCIDKeyed }
        registryOrdering = (ros[0], ros[1])
        guard let charsetOffset = operators[15]?.first, charsetOffset > 2 else { throw .malformed("charset offset") }
        reader.offset = charsetOffset
        var cids: [UInt16] = [0]
        let format = try reader.byte()
        while cids.count < glyphCount {
            switch format {
            case 0:
                cids.append(try reader.uint16())
            case 1, 2:
                let first = Int(try reader.uint16())
                let left = format == 1 ? Int(try reader.byte()) : Int(try reader.uint16())
                for cid in first...(first + left) where cids.count < glyphCount {
                    guard cid <= 0xFFFF else { throw .malformed("charset range") }
                    cids.append(UInt16(cid))
                }
            default:
                throw .malformed("charset format \(format)")
            }
        }
        self.cids = cids
    }

    /// A DICT's operators with their integer operands (real operands read as 0; Ayumi needs
    /// only ROS and charset). Two-byte operators are `0x0C00 | second byte`.
    static func dictionary(_ bytes: ArraySlice<UInt8>) throws(Problem) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        var operands: [Int] = []
        var index = bytes.startIndex
        func next() throws(Problem) -> Int {
            guard index < bytes.endIndex else { throw .truncated }
            defer { index += 1 }
            return Int(bytes[index])
        }
        while index < bytes.endIndex {
            let b0 = try next()
            switch b0 {
            case 0...21:
                let key = b0 == 12 ? 0x0C00 | (try next()) : b0
                result[key] = operands
                operands = []
            case 28:
                let value = (try next()) << 8 | (try next())
                operands.append(Int(Int16(truncatingIfNeeded: value)))
            case 29:
                var value = 0
                for _ in 0..<4 { value = value << 8 | (try next()) }
                operands.append(Int(Int32(truncatingIfNeeded: value)))
            case 30:
                // A real: nibbles up to an 0xF nibble.
                while true {
                    let byte = try next()
                    if byte & 0x0F == 0x0F || byte >> 4 == 0x0F { break }
                }
                operands.append(0)
            case 32...246: operands.append(b0 - 139)
            case 247...250: operands.append((b0 - 247) * 256 + (try next()) + 108)
            case 251...254: operands.append(-(b0 - 251) * 256 - (try next()) - 108)
            default: throw .malformed("DICT operand \(b0)")
            }
        }
        return result
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func byte() throws(Problem) -> Int {
            guard offset < bytes.count else { throw .truncated }
            defer { offset += 1 }
            return Int(bytes[offset])
        }

        mutating func uint16() throws(Problem) -> UInt16 {
            UInt16(try byte() << 8 | (try byte()))
        }

        mutating func offsetValue(size: Int) throws(Problem) -> Int {
            var value = 0
            for _ in 0..<size { value = value << 8 | (try byte()) }
            return value
        }

        /// An INDEX (§5): its entries as slices of `bytes`.
        mutating func index() throws(Problem) -> [ArraySlice<UInt8>] {
            let count = Int(try uint16())
            guard count > 0 else { return [] }
            let size = try byte()
            guard (1...4).contains(size) else { throw .malformed("INDEX offset size") }
            var offsets: [Int] = []
            for _ in 0...count { offsets.append(try offsetValue(size: size)) }
            let base = offset - 1
            guard let last = offsets.last, base + last <= bytes.count else { throw .truncated }
            var entries: [ArraySlice<UInt8>] = []
            for index in 0..<count {
                let start = base + offsets[index], end = base + offsets[index + 1]
                guard start <= end, start > base else { throw .malformed("INDEX offsets") }
                entries.append(bytes[start..<end])
            }
            offset = base + last
            return entries
        }
    }
}
