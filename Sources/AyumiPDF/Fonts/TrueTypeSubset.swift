/// A TrueType font cut down to the glyphs some text needs, for embedding in a PDF as a
/// `/FontFile2` (ISO 32000-1 §9.9).
///
/// The subset keeps, for the chosen glyphs only, what a PDF reader needs to draw them: `glyf`
/// and `loca` (outlines, 32-bit offsets), `hmtx`/`hhea` (advances), `maxp`, `head`, a `cmap`
/// for the kept characters, and the hinting tables (`cvt `, `fpgm`, `prep`) and `OS/2`, `name`,
/// `post` (format 3, no glyph names) unchanged. Layout tables (`GSUB`), vertical metrics and the
/// signature are left out.
///
/// Glyphs are **renumbered**: glyph 0 stays `.notdef`, then the kept glyphs in their original
/// order (a composite glyph's components are kept too, and its references renumbered). With
/// `/CIDToGIDMap /Identity` the new glyph numbers are the CIDs written in the content stream. A
/// whole BIZ UDGothic is 4.7 MB; the few dozen glyphs of a form's pre-filled values are a few KB.
///
/// The same font and characters always give the same bytes: tables in tag order, no dates
/// changed, checksums per the OpenType specification.
public struct TrueTypeSubset: Sendable {
    /// The subset font file.
    public let bytes: [UInt8]
    /// Old glyph → new glyph (CID).
    public let glyphs: [UInt16: UInt16]
    /// New glyph → advance width in font units, for every new glyph (index = new glyph).
    public let advances: [Int]
    /// New glyph → the character it was kept for (for the ToUnicode map).
    public let characters: [UInt16: Unicode.Scalar]

    /// The subset holding the glyphs of `scalars` (characters the font lacks are skipped).
    public init(_ font: TrueTypeFont, characters scalars: some Sequence<Unicode.Scalar>) throws(TrueTypeError) {
        var wanted: Set<UInt16> = [0]
        var byGlyph: [UInt16: Unicode.Scalar] = [:]
        for scalar in scalars {
            guard let glyph = font.glyph(for: scalar) else { continue }
            wanted.insert(glyph)
            // Several characters may share a glyph (山 U+5C71 and the radical ⼭ U+2F2D): the
            // ToUnicode map names the unified ideograph, which search and copy-paste expect.
            if let existing = byGlyph[glyph], Self.preference(existing) <= Self.preference(scalar) { continue }
            byGlyph[glyph] = scalar
        }
        // Components of composite glyphs, to any depth.
        var pending = Array(wanted)
        while let glyph = pending.popLast() {
            for component in try TrueTypeFont.components(of: try font.outline(of: glyph)) where wanted.insert(component.glyph).inserted {
                pending.append(component.glyph)
            }
        }
        let order = wanted.sorted()
        var mapping: [UInt16: UInt16] = [:]
        for (new, old) in order.enumerated() { mapping[old] = UInt16(new) }
        glyphs = mapping
        advances = order.map(font.advance(of:))
        var characters: [UInt16: Unicode.Scalar] = [:]
        for (old, scalar) in byGlyph { characters[mapping[old]!] = scalar }
        self.characters = characters

        var built: [String: [UInt8]] = [:]
        var glyf: [UInt8] = [], loca: [UInt8] = []
        for old in order {
            loca += Self.u32(UInt32(glyf.count))
            var outline = Array(try font.outline(of: old))
            for component in try TrueTypeFont.components(of: outline[...]) {
                let new = mapping[component.glyph]!
                outline[component.offset] = UInt8(new >> 8)
                outline[component.offset + 1] = UInt8(new & 0xFF)
            }
            glyf += outline
            while glyf.count % 4 != 0 { glyf.append(0) }
        }
        loca += Self.u32(UInt32(glyf.count))
        built["glyf"] = glyf
        built["loca"] = loca
        built["hmtx"] = order.flatMap { Self.u16(UInt16(font.advance(of: $0))) + Self.u16(UInt16(bitPattern: Int16(font.leftSideBearing(of: $0)))) }

        var head = Array(font.bytes[font.tables["head"]!])
        guard head.count >= 54 else { throw .truncated("head") }
        head.replaceSubrange(8..<12, with: [0, 0, 0, 0])        // checkSumAdjustment, set below
        head.replaceSubrange(50..<52, with: Self.u16(1))         // indexToLocFormat: 32-bit loca
        built["head"] = head
        var hhea = Array(font.bytes[font.tables["hhea"]!])
        guard hhea.count >= 36 else { throw .truncated("hhea") }
        hhea.replaceSubrange(34..<36, with: Self.u16(UInt16(order.count)))
        built["hhea"] = hhea
        var maxp = Array(font.bytes[font.tables["maxp"]!])
        guard maxp.count >= 6 else { throw .truncated("maxp") }
        maxp.replaceSubrange(4..<6, with: Self.u16(UInt16(order.count)))
        built["maxp"] = maxp
        built["cmap"] = Self.characterMap(byGlyph.map { (scalar: $0.value.value, glyph: mapping[$0.key]!) })
        if let post = font.tables["post"], post.count >= 32 {
            var table = Array(font.bytes[post.lowerBound..<post.lowerBound + 32])
            table.replaceSubrange(0..<4, with: Self.u32(0x0003_0000))
            built["post"] = table
        }
        for tag in ["OS/2", "name", "cvt ", "fpgm", "prep", "gasp"] {
            if let range = font.tables[tag] { built[tag] = Array(font.bytes[range]) }
        }
        bytes = Self.assemble(built)
    }

    /// Lower is preferred for the ToUnicode map: a unified ideograph over a compatibility
    /// ideograph (U+F900–FAFF) or a Kangxi/CJK radical (U+2E80–2FDF) sharing its glyph.
    static func preference(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: 1
        default: 0
        }
    }

    /// A `cmap` with a format 4 subtable (3,1) for the BMP, and a format 12 subtable (3,10)
    /// when a kept character is outside it. One segment per character keeps it simple and exact.
    static func characterMap(_ entries: [(scalar: UInt32, glyph: UInt16)]) -> [UInt8] {
        let sorted = entries.sorted { $0.scalar < $1.scalar }
        let bmp = sorted.filter { $0.scalar <= 0xFFFF }
        let segments = bmp.count + 1
        var format4: [UInt8] = []
        let searchRange = 2 * (1 << Self.floorLog2(segments))
        format4 += u16(4) + u16(UInt16(16 + 8 * segments)) + u16(0)
        format4 += u16(UInt16(2 * segments)) + u16(UInt16(searchRange)) + u16(UInt16(Self.floorLog2(segments)))
        format4 += u16(UInt16(2 * segments - searchRange))
        for entry in bmp { format4 += u16(UInt16(entry.scalar)) }
        format4 += u16(0xFFFF) + u16(0)                               // last endCode, reservedPad
        for entry in bmp { format4 += u16(UInt16(entry.scalar)) }
        format4 += u16(0xFFFF)
        for entry in bmp { format4 += u16(UInt16(truncatingIfNeeded: Int(entry.glyph) - Int(entry.scalar))) }
        format4 += u16(1)
        for _ in 0..<segments { format4 += u16(0) }

        let supplementary = sorted.count > bmp.count
        var table = u16(0) + u16(supplementary ? 2 : 1)
        let headerLength = 4 + 8 * (supplementary ? 2 : 1)
        table += u16(3) + u16(1) + u32(UInt32(headerLength))
        if supplementary {
            table += u16(3) + u16(10) + u32(UInt32(headerLength + format4.count))
        }
        table += format4
        if supplementary {
            table += u16(12) + u16(0) + u32(UInt32(16 + 12 * sorted.count)) + u32(0) + u32(UInt32(sorted.count))
            for entry in sorted { table += u32(entry.scalar) + u32(entry.scalar) + u32(UInt32(entry.glyph)) }
        }
        return table
    }

    /// The font file: offset table, table records in tag order, tables padded to 4 bytes, and
    /// `head.checkSumAdjustment` = 0xB1B0AFBA − the checksum of the whole file.
    static func assemble(_ tables: [String: [UInt8]]) -> [UInt8] {
        let tags = tables.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let count = tags.count
        let searchRange = 16 * (1 << floorLog2(count))
        var output = u32(0x0001_0000) + u16(UInt16(count)) + u16(UInt16(searchRange))
            + u16(UInt16(floorLog2(count))) + u16(UInt16(16 * count - searchRange))
        var offset = 12 + 16 * count
        var headOffset = 0
        for tag in tags {
            let table = tables[tag]!
            output += Array(tag.utf8) + u32(checksum(table)) + u32(UInt32(offset)) + u32(UInt32(table.count))
            if tag == "head" { headOffset = offset }
            offset += (table.count + 3) / 4 * 4
        }
        for tag in tags {
            output += tables[tag]!
            while output.count % 4 != 0 { output.append(0) }
        }
        let adjustment = 0xB1B0_AFBA &- checksum(output)
        output.replaceSubrange(headOffset + 8..<headOffset + 12, with: u32(adjustment))
        return output
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var index = 0
        while index < bytes.count {
            var word: UInt32 = 0
            for byte in 0..<4 { word = word << 8 | UInt32(index + byte < bytes.count ? bytes[index + byte] : 0) }
            sum = sum &+ word
            index += 4
        }
        return sum
    }

    static func floorLog2(_ value: Int) -> Int {
        var power = 0
        while 1 << (power + 1) <= value { power += 1 }
        return power
    }

    static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
    static func u32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
