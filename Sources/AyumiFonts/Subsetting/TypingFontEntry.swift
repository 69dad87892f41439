import AyumiPDF

/// The bytes of a typing-font cache entry (`TypingFont`): everything AyumiPDF needs of the
/// subset — its metrics, its character-to-glyph map, its advances, and its program and
/// ToUnicode map already compressed — so that a build reads one file and parses a few arrays,
/// where it used to inflate 2.6 MB, parse them with HarfBuzz, and build and compress the
/// ToUnicode map (25 ms of a 250 ms build).
///
/// The layout, all integers little-endian:
///
///     "ayumi typing font 3\n"
///     u32  CRC-32 of everything after it
///     u32  program length uncompressed (/Length1)
///     i32  units per em, ascender, descender, cap height (Int32.min: none)
///     u32  n, then n × i32: the head bounding box
///     u32  n, then n bytes: the PostScript name (UTF-8)
///     u32  n, then n × i32: the advance of each glyph
///     u32  n, then n × (u32 scalar, u16 glyph), by scalar: the characters
///     u32  n, then n bytes: the ToUnicode map, compressed
///     u32  n, then n bytes: the program, compressed
///
/// An entry that is cut short, damaged (CRC-32), or of another layout reads as `nil`, and the
/// font is cut again: a bad entry is never embedded.
enum TypingFontEntry {
    static let magic = Array("ayumi typing font 3\n".utf8)

    /// The entry of a prepared TrueType subset (`FontSubset.prepared` set).
    static func encode(_ subset: FontSubset) -> [UInt8]? {
        guard let prepared = subset.prepared, case .trueType = subset.outlines else { return nil }
        var body = Writer()
        body.u32(prepared.programLength)
        for metric in [subset.unitsPerEm, subset.ascender, subset.descender] { body.i32(metric) }
        body.i32(subset.capHeight ?? Int(Int32.min))
        body.u32(subset.boundingBox.count)
        subset.boundingBox.forEach { body.i32($0) }
        body.bytes(Array(subset.postScriptName.utf8))
        body.u32(subset.advances.count)
        subset.advances.forEach { body.i32($0) }
        let characters = subset.glyphs.sorted { $0.key.value < $1.key.value }
        body.u32(characters.count)
        for (scalar, glyph) in characters {
            body.u32(Int(scalar.value))
            body.u16(glyph)
        }
        body.bytes(prepared.toUnicode)
        body.bytes(prepared.program)
        var entry = Writer()
        entry.out = magic
        entry.u32(Int(ZlibCompressor.crc32(of: body.out[...])))
        return entry.out + body.out
    }

    /// The subset an entry holds, or `nil` when it is not a whole, intact entry of this layout.
    static func decode(_ entry: [UInt8]) -> FontSubset? {
        guard entry.count > magic.count + 4, entry.starts(with: magic) else { return nil }
        var reader = Reader(entry, at: magic.count)
        guard let checksum = reader.u32(),
              ZlibCompressor.crc32(of: entry[reader.position...]) == UInt32(checksum) else { return nil }
        guard let programLength = reader.u32(),
              let unitsPerEm = reader.i32(), let ascender = reader.i32(), let descender = reader.i32(),
              let capHeight = reader.i32(),
              let boundingBox = reader.array({ $0.i32() }),
              let name = reader.data(),
              let advances = reader.array({ $0.i32() }),
              let characters = reader.array({ reader -> (Unicode.Scalar, UInt16)? in
                  guard let value = reader.u32(), let scalar = Unicode.Scalar(UInt32(value)), let glyph = reader.u16() else { return nil }
                  return (scalar, glyph)
              }),
              let toUnicode = reader.data(), let program = reader.data(),
              reader.position == entry.count else { return nil }
        return FontSubset(postScriptName: String(decoding: name, as: UTF8.self), file: [], outlines: .trueType,
                          glyphs: Dictionary(characters, uniquingKeysWith: { first, _ in first }), advances: advances,
                          unitsPerEm: unitsPerEm, ascender: ascender, descender: descender,
                          capHeight: capHeight == Int(Int32.min) ? nil : capHeight, boundingBox: boundingBox,
                          prepared: .init(program: program, programLength: programLength, toUnicode: toUnicode))
    }

    private struct Writer {
        var out: [UInt8] = []

        mutating func u32(_ value: Int) { append(UInt32(truncatingIfNeeded: value), count: 4) }
        mutating func i32(_ value: Int) { append(UInt32(bitPattern: Int32(truncatingIfNeeded: value)), count: 4) }
        mutating func u16(_ value: UInt16) { append(UInt32(value), count: 2) }
        mutating func bytes(_ data: [UInt8]) {
            u32(data.count)
            out += data
        }

        private mutating func append(_ value: UInt32, count: Int) {
            for index in 0..<count { out.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
        }
    }

    private struct Reader {
        let entry: [UInt8]
        var position: Int

        init(_ entry: [UInt8], at position: Int) {
            self.entry = entry
            self.position = position
        }

        mutating func u32() -> Int? { read(4).map { Int($0) } }
        mutating func i32() -> Int? { read(4).map { Int(Int32(bitPattern: $0)) } }
        mutating func u16() -> UInt16? { read(2).map { UInt16($0) } }

        /// A count, then that many bytes.
        mutating func data() -> [UInt8]? {
            guard let count = u32(), count <= entry.count - position else { return nil }
            defer { position += count }
            return Array(entry[position..<position + count])
        }

        /// A count, then that many elements; the count is checked against what is left, so a
        /// damaged count cannot ask for gigabytes.
        mutating func array<T>(_ element: (inout Reader) -> T?) -> [T]? {
            guard let count = u32(), count <= entry.count - position else { return nil }
            var result: [T] = []
            result.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = element(&self) else { return nil }
                result.append(value)
            }
            return result
        }

        private mutating func read(_ count: Int) -> UInt32? {
            guard count <= entry.count - position else { return nil }
            var value: UInt32 = 0
            for index in 0..<count { value |= UInt32(entry[position + index]) << (8 * index) }
            position += count
            return value
        }
    }
}
