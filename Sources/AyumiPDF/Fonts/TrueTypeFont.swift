/// A TrueType font (an `sfnt` with `glyf` outlines), read just far enough to subset it and to
/// set text with it in a form field's appearance: its tables, its character map, glyph
/// advances, outlines and the metrics a PDF font descriptor needs.
///
/// References: the OpenType specification (`head`, `hhea`, `maxp`, `hmtx`, `loca`, `glyf`,
/// `cmap` formats 4 and 12, `OS/2`, `name`, `post`), and for collections the `ttcf` header.
/// Fonts with CFF outlines (`.otf`, Noto CJK) are refused with `TrueTypeError.noGlyphOutlines`.
///
/// ```swift
/// let font = try TrueTypeFont(bytes: fileBytes)
/// let glyph = font.glyph(for: "山")      // the glyph ID, or nil when the font lacks it
/// let width = font.advance(of: glyph!)  // in font units (`unitsPerEm` to the em)
/// ```
public struct TrueTypeFont: Sendable {
    /// The whole file (a collection holds several fonts; `tables` point into it).
    public let bytes: [UInt8]
    /// Each table's tag (`glyf`, `OS/2` …) and where it is in `bytes`.
    public let tables: [String: Range<Int>]
    public let unitsPerEm: Int
    public let numberOfGlyphs: Int
    /// `head.indexToLocFormat`: 0 for 16-bit `loca` offsets (halved), 1 for 32-bit.
    let indexToLocFormat: Int
    let numberOfHMetrics: Int
    /// Unicode scalar → glyph, from the best Unicode `cmap` subtable.
    let characterMap: [UInt32: UInt16]
    /// The PostScript name (`name` ID 6), or a name made from the family when there is none.
    public let postScriptName: String
    /// `head` xMin, yMin, xMax, yMax, in font units.
    public let boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int)
    /// `hhea` ascender and descender (descender negative), in font units.
    public let ascender: Int
    public let descender: Int
    /// `OS/2` sCapHeight, when the table has it (version 2 and later).
    public let capHeight: Int?
    /// `post` italic angle in degrees.
    public let italicAngle: Double
    /// `OS/2` fsType: licensing bits. Bit 1 (0x0002) forbids embedding.
    public let embeddingPermissions: UInt16

    /// Reads the font at `faceIndex` in `bytes` (0 for a plain `.ttf`).
    public init(bytes: [UInt8], faceIndex: Int = 0) throws(TrueTypeError) {
        self.bytes = bytes
        let reader = BinaryReader(bytes)
        var offset = 0
        if try reader.tag(at: 0) == "ttcf" {
            let count = Int(try reader.u32(at: 8))
            guard faceIndex >= 0, faceIndex < count else { throw .noSuchFace(faceIndex, count: count) }
            offset = Int(try reader.u32(at: 12 + 4 * faceIndex))
        }
        let version = try reader.u32(at: offset)
        guard version == 0x0001_0000 || version == 0x7472_7565 else {  // 1.0 or 'true'
            throw version == 0x4F54_544F ? .noGlyphOutlines : .notAFont  // 'OTTO': CFF outlines
        }
        var tables: [String: Range<Int>] = [:]
        let tableCount = Int(try reader.u16(at: offset + 4))
        for index in 0..<tableCount {
            let record = offset + 12 + 16 * index
            let tag = try reader.tag(at: record)
            let start = Int(try reader.u32(at: record + 8)), length = Int(try reader.u32(at: record + 12))
            guard start <= bytes.count, length <= bytes.count - start else { throw .truncated(tag) }
            tables[tag] = start..<start + length
        }
        for required in ["head", "hhea", "maxp", "hmtx", "cmap"] where tables[required] == nil {
            throw .missingTable(required)
        }
        guard tables["glyf"] != nil, tables["loca"] != nil else { throw .noGlyphOutlines }
        self.tables = tables

        let head = tables["head"]!.lowerBound
        unitsPerEm = Int(try reader.u16(at: head + 18))
        guard unitsPerEm > 0 else { throw .malformed("head", "unitsPerEm is 0") }
        boundingBox = (Int(try reader.i16(at: head + 36)), Int(try reader.i16(at: head + 38)),
                       Int(try reader.i16(at: head + 40)), Int(try reader.i16(at: head + 42)))
        indexToLocFormat = Int(try reader.i16(at: head + 50))
        let hhea = tables["hhea"]!.lowerBound
        ascender = Int(try reader.i16(at: hhea + 4))
        descender = Int(try reader.i16(at: hhea + 6))
        numberOfHMetrics = Int(try reader.u16(at: hhea + 34))
        numberOfGlyphs = Int(try reader.u16(at: tables["maxp"]!.lowerBound + 4))
        guard numberOfHMetrics >= 1, numberOfHMetrics <= numberOfGlyphs else {
            throw .malformed("hhea", "numberOfHMetrics is \(numberOfHMetrics) for \(numberOfGlyphs) glyphs")
        }
        if let os2 = tables["OS/2"], os2.count >= 10 {
            embeddingPermissions = try reader.u16(at: os2.lowerBound + 8)
            let os2Version = try reader.u16(at: os2.lowerBound)
            capHeight = os2.count >= 90 && os2Version >= 2 ? Int(try reader.i16(at: os2.lowerBound + 88)) : nil
        } else {
            embeddingPermissions = 0
            capHeight = nil
        }
        if let post = tables["post"], post.count >= 8 {
            italicAngle = Double(try reader.i32(at: post.lowerBound + 4)) / 65536
        } else {
            italicAngle = 0
        }
        characterMap = try Self.readCharacterMap(reader, table: tables["cmap"]!)
        postScriptName = (try? Self.readPostScriptName(reader, table: tables["name"])) ?? "AyumiFont"
    }

    // MARK: - Glyphs

    /// The glyph for a character, or `nil` when the font has none (glyph 0 is `.notdef`).
    public func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        guard let glyph = characterMap[scalar.value], glyph != 0, Int(glyph) < numberOfGlyphs else { return nil }
        return glyph
    }

    /// Every character the font maps to a glyph, with its glyph.
    public var characters: [UInt32: UInt16] { characterMap }

    /// The glyph's advance width in font units (`hmtx`).
    public func advance(of glyph: UInt16) -> Int {
        let index = min(Int(glyph), numberOfHMetrics - 1)
        return Int((try? BinaryReader(bytes).u16(at: tables["hmtx"]!.lowerBound + 4 * index)) ?? 0)
    }

    /// The glyph's left side bearing in font units (`hmtx`).
    func leftSideBearing(of glyph: UInt16) -> Int {
        let hmtx = tables["hmtx"]!.lowerBound
        let index = Int(glyph)
        let offset = index < numberOfHMetrics ? hmtx + 4 * index + 2 : hmtx + 4 * numberOfHMetrics + 2 * (index - numberOfHMetrics)
        return Int((try? BinaryReader(bytes).i16(at: offset)) ?? 0)
    }

    /// The glyph's outline record in `glyf` (empty for a glyph with no outline, such as a space).
    func outline(of glyph: UInt16) throws(TrueTypeError) -> ArraySlice<UInt8> {
        guard Int(glyph) < numberOfGlyphs else { throw .malformed("loca", "glyph \(glyph) is past the last glyph") }
        let reader = BinaryReader(bytes)
        let loca = tables["loca"]!.lowerBound, glyf = tables["glyf"]!
        let start: Int, end: Int
        if indexToLocFormat == 0 {
            start = Int(try reader.u16(at: loca + 2 * Int(glyph))) * 2
            end = Int(try reader.u16(at: loca + 2 * Int(glyph) + 2)) * 2
        } else {
            start = Int(try reader.u32(at: loca + 4 * Int(glyph)))
            end = Int(try reader.u32(at: loca + 4 * Int(glyph) + 4))
        }
        guard start <= end, end <= glyf.count else { throw .malformed("loca", "glyph \(glyph) lies outside `glyf`") }
        return bytes[glyf.lowerBound + start..<glyf.lowerBound + end]
    }

    /// The glyphs a composite glyph is built from, with the offsets of their glyph indices in
    /// the outline (`glyf` composite records, flags MORE_COMPONENTS 0x20, ARG_1_AND_2_ARE_WORDS
    /// 0x01, WE_HAVE_A_SCALE 0x08, X_AND_Y_SCALE 0x40, TWO_BY_TWO 0x80); empty for a simple glyph.
    static func components(of outline: ArraySlice<UInt8>) throws(TrueTypeError) -> [(glyph: UInt16, offset: Int)] {
        let reader = BinaryReader(Array(outline))
        guard outline.count >= 10, try reader.i16(at: 0) < 0 else { return [] }
        var components: [(UInt16, Int)] = []
        var offset = 10
        while true {
            let flags = try reader.u16(at: offset)
            components.append((try reader.u16(at: offset + 2), offset + 2))
            offset += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 { offset += 2 } else if flags & 0x0040 != 0 { offset += 4 } else if flags & 0x0080 != 0 { offset += 8 }
            if flags & 0x0020 == 0 { break }
        }
        return components
    }

    // MARK: - Reading tables

    /// The Unicode map: format 12 from (3,10) or (0,4…6) when present, else format 4 from (3,1)
    /// or (0,3). Later subtables fill only what earlier ones lack.
    private static func readCharacterMap(_ reader: BinaryReader, table: Range<Int>) throws(TrueTypeError) -> [UInt32: UInt16] {
        let base = table.lowerBound
        let count = Int(try reader.u16(at: base + 2))
        var candidates: [(rank: Int, offset: Int)] = []
        for index in 0..<count {
            let record = base + 4 + 8 * index
            let platform = try reader.u16(at: record), encoding = try reader.u16(at: record + 2)
            let offset = base + Int(try reader.u32(at: record + 4))
            let rank: Int? = switch (platform, encoding) {
            case (3, 10): 0
            case (0, 4), (0, 6): 1
            case (3, 1): 2
            case (0, 3), (0, 0), (0, 1): 3
            default: nil
            }
            if let rank { candidates.append((rank, offset)) }
        }
        var map: [UInt32: UInt16] = [:]
        for candidate in candidates.sorted(by: { $0.rank < $1.rank }) {
            let format = try reader.u16(at: candidate.offset)
            var found: [UInt32: UInt16] = [:]
            switch format {
            case 4: found = try readFormat4(reader, at: candidate.offset)
            case 12: found = try readFormat12(reader, at: candidate.offset)
            default: continue
            }
            map.merge(found) { existing, _ in existing }
        }
        guard !map.isEmpty else { throw .malformed("cmap", "no Unicode subtable of format 4 or 12") }
        return map
    }

    private static func readFormat4(_ reader: BinaryReader, at offset: Int) throws(TrueTypeError) -> [UInt32: UInt16] {
        let segments = Int(try reader.u16(at: offset + 6)) / 2
        let ends = offset + 14, starts = ends + 2 * segments + 2
        let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
        var map: [UInt32: UInt16] = [:]
        for segment in 0..<segments {
            let end = Int(try reader.u16(at: ends + 2 * segment)), start = Int(try reader.u16(at: starts + 2 * segment))
            let delta = Int(try reader.u16(at: deltas + 2 * segment))
            let rangeOffsetAt = rangeOffsets + 2 * segment
            let rangeOffset = Int(try reader.u16(at: rangeOffsetAt))
            guard start <= end, end != 0xFFFF || start == 0xFFFF else { continue }
            for code in start...end where code != 0xFFFF {
                var glyph: Int
                if rangeOffset == 0 {
                    glyph = (code + delta) & 0xFFFF
                } else {
                    glyph = Int(try reader.u16(at: rangeOffsetAt + rangeOffset + 2 * (code - start)))
                    if glyph != 0 { glyph = (glyph + delta) & 0xFFFF }
                }
                if glyph != 0 { map[UInt32(code)] = UInt16(glyph) }
            }
        }
        return map
    }

    private static func readFormat12(_ reader: BinaryReader, at offset: Int) throws(TrueTypeError) -> [UInt32: UInt16] {
        let groups = Int(try reader.u32(at: offset + 12))
        var map: [UInt32: UInt16] = [:]
        for group in 0..<groups {
            let record = offset + 16 + 12 * group
            let start = try reader.u32(at: record), end = try reader.u32(at: record + 4)
            let first = try reader.u32(at: record + 8)
            guard start <= end, end <= 0x10FFFF, end - start < 0x10000 else { continue }
            for code in start...end {
                let glyph = first + (code - start)
                if glyph != 0, glyph <= 0xFFFF { map[code] = UInt16(glyph) }
            }
        }
        return map
    }

    /// `name` record 6 (PostScript name), from the Windows (UTF-16BE) or Macintosh (Roman) platform.
    private static func readPostScriptName(_ reader: BinaryReader, table: Range<Int>?) throws(TrueTypeError) -> String? {
        guard let table else { return nil }
        let base = table.lowerBound
        let count = Int(try reader.u16(at: base + 2)), storage = base + Int(try reader.u16(at: base + 4))
        for index in 0..<count {
            let record = base + 6 + 12 * index
            guard try reader.u16(at: record + 6) == 6 else { continue }
            let platform = try reader.u16(at: record)
            let length = Int(try reader.u16(at: record + 8)), start = storage + Int(try reader.u16(at: record + 10))
            let raw = Array(try reader.slice(at: start, count: length))
            let name: String
            if platform == 3 || platform == 0 {
                let units = stride(from: 0, to: raw.count - 1, by: 2).map { UInt16(raw[$0]) << 8 | UInt16(raw[$0 + 1]) }
                name = String(decoding: units, as: UTF16.self)
            } else {
                name = String(decoding: raw, as: UTF8.self)
            }
            // A PostScript name is printable ASCII without delimiters (OpenType `name` ID 6).
            let clean = String(name.unicodeScalars.filter { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F
                && !"[](){}<>/%".unicodeScalars.contains($0) }.map(Character.init))
            if !clean.isEmpty { return clean }
        }
        return nil
    }
}

/// What can be wrong with a font file given for appearance streams.
public enum TrueTypeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes do not start like an `sfnt` font or a collection.
    case notAFont
    /// The font has CFF (PostScript) outlines or no `glyf` table: only TrueType outlines are subset.
    case noGlyphOutlines
    /// A collection (`.ttc`) has fewer faces than asked for.
    case noSuchFace(Int, count: Int)
    case missingTable(String)
    /// A table runs past the end of the file.
    case truncated(String)
    case malformed(String, String)

    public var description: String {
        switch self {
        case .notAFont: "the file is not a TrueType or OpenType font"
        case .noGlyphOutlines:
            "the font has no TrueType (`glyf`) outlines; form-field appearances need a TrueType font such as BIZ UDGothic"
        case .noSuchFace(let index, let count): "the font collection has \(count) faces, not a face \(index)"
        case .missingTable(let tag): "the font has no `\(tag)` table"
        case .truncated(let tag): "the font's `\(tag)` table runs past the end of the file"
        case .malformed(let tag, let problem): "the font's `\(tag)` table is malformed: \(problem)"
        }
    }
}

/// Big-endian reads with bounds checks (every `sfnt` number is big-endian).
struct BinaryReader {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u8(at offset: Int) throws(TrueTypeError) -> UInt8 {
        guard offset >= 0, offset < bytes.count else { throw .truncated("sfnt") }
        return bytes[offset]
    }

    func u16(at offset: Int) throws(TrueTypeError) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { throw .truncated("sfnt") }
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    func i16(at offset: Int) throws(TrueTypeError) -> Int16 { Int16(bitPattern: try u16(at: offset)) }

    func u32(at offset: Int) throws(TrueTypeError) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { throw .truncated("sfnt") }
        return UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8
            | UInt32(bytes[offset + 3])
    }

    func i32(at offset: Int) throws(TrueTypeError) -> Int32 { Int32(bitPattern: try u32(at: offset)) }

    func tag(at offset: Int) throws(TrueTypeError) -> String {
        String(decoding: try slice(at: offset, count: 4), as: UTF8.self)
    }

    func slice(at offset: Int, count: Int) throws(TrueTypeError) -> ArraySlice<UInt8> {
        guard offset >= 0, count >= 0, offset + count <= bytes.count else { throw .truncated("sfnt") }
        return bytes[offset..<offset + count]
    }
}
