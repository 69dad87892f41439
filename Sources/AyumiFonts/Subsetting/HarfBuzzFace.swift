internal import CHarfBuzzSubset
import AyumiPDF

/// A HarfBuzz face and font over font bytes or a file, owning both handles: what the subsetter
/// cuts from and reads its subsets back with (character map, advances, metrics, tables).
///
/// This file and `HarfBuzzSubsetter` are the only ones that import `CHarfBuzzSubset` (shaping
/// uses `CHarfBuzz`; one C header set per file keeps Swift from seeing its types twice).
final class HarfBuzzFace {
    let face: OpaquePointer
    let font: OpaquePointer

    /// Face `index` of `file`, memory-mapped by HarfBuzz.
    convenience init(file: String, index: Int) throws(FontSubsetError) {
        guard let blob = hb_blob_create_from_file_or_fail(file) else {
            throw FontSubsetError(file: file, problem: "the file cannot be read")
        }
        defer { hb_blob_destroy(blob) }
        try self.init(blob: blob, index: index, name: file)
    }

    /// A face over `bytes` (a subset HarfBuzz made, or one read back from the cache).
    convenience init(bytes: [UInt8], name: String) throws(FontSubsetError) {
        // HarfBuzz copies the bytes (HB_MEMORY_MODE_DUPLICATE), so the array may go.
        let blob = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                hb_blob_create(chars.baseAddress, UInt32(bytes.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
            }
        }
        guard let blob else { throw FontSubsetError(file: name, problem: "out of memory") }
        defer { hb_blob_destroy(blob) }
        try self.init(blob: blob, index: 0, name: name)
    }

    /// Takes over a face (as `hb_subset_or_fail` returns it).
    init(face: OpaquePointer, name: String) throws(FontSubsetError) {
        self.face = face
        guard hb_face_get_glyph_count(face) > 0, let font = hb_font_create(face) else {
            hb_face_destroy(face)
            throw FontSubsetError(file: name, problem: "HarfBuzz finds no glyphs in it")
        }
        let upem = Int32(hb_face_get_upem(face))
        hb_font_set_scale(font, upem, upem)
        self.font = font
    }

    private convenience init(blob: OpaquePointer, index: Int, name: String) throws(FontSubsetError) {
        guard let face = hb_face_create(blob, UInt32(index)) else {
            throw FontSubsetError(file: name, problem: "face \(index) cannot be opened")
        }
        try self.init(face: face, name: name)
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
    }

    var glyphCount: Int { Int(hb_face_get_glyph_count(face)) }
    var unitsPerEm: Int { Int(hb_face_get_upem(face)) }

    /// The glyph of `scalar` in the face's `cmap`, if it has one (not `.notdef`).
    func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        var glyph: hb_codepoint_t = 0
        guard hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0, glyph != 0, glyph <= 0xFFFF else { return nil }
        return UInt16(glyph)
    }

    /// Every character the face's `cmap` maps, with its glyph.
    func characterMap() -> [Unicode.Scalar: UInt16] {
        guard let set = hb_set_create() else { return [:] }
        defer { hb_set_destroy(set) }
        hb_face_collect_unicodes(face, set)
        var result: [Unicode.Scalar: UInt16] = [:]
        var codepoint = hb_codepoint_t.max  // HB_SET_VALUE_INVALID: start before the first
        while hb_set_next(set, &codepoint) != 0 {
            if let scalar = Unicode.Scalar(codepoint), let glyph = glyph(for: scalar) { result[scalar] = glyph }
        }
        return result
    }

    /// Each glyph's horizontal advance in font units.
    func advances() -> [Int] {
        (0..<glyphCount).map { Int(hb_font_get_glyph_h_advance(font, hb_codepoint_t($0))) }
    }

    func metric(_ tag: hb_ot_metrics_tag_t) -> Int? {
        var position: hb_position_t = 0
        return hb_ot_metrics_get_position(font, tag, &position) != 0 ? Int(position) : nil
    }

    var ascender: Int { metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER) ?? unitsPerEm * 88 / 100 }
    var descender: Int { metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER) ?? -unitsPerEm * 12 / 100 }
    var capHeight: Int? { metric(HB_OT_METRICS_TAG_CAP_HEIGHT) }

    /// The bytes of table `tag` (`"CFF "`), empty when the face has none.
    func table(_ tag: String) -> [UInt8] {
        guard let blob = hb_face_reference_table(face, Self.tag(tag)) else { return [] }
        defer { hb_blob_destroy(blob) }
        return Self.bytes(of: blob)
    }

    /// The whole face as a font file (for a subset: the subset's `sfnt`).
    func fileBytes() -> [UInt8] {
        guard let blob = hb_face_reference_blob(face) else { return [] }
        defer { hb_blob_destroy(blob) }
        return Self.bytes(of: blob)
    }

    /// `head`'s xMin, yMin, xMax, yMax (ISO/IEC 14496-22 §5.2.2: at offset 36).
    var boundingBox: [Int] {
        let head = table("head")
        guard head.count >= 44 else { return [] }
        return stride(from: 36, to: 44, by: 2).map { Int(Int16(bitPattern: UInt16(head[$0]) << 8 | UInt16(head[$0 + 1]))) }
    }

    /// The PostScript name (name ID 6), or `fallback`.
    func postScriptName(fallback: String) -> String {
        var size: UInt32 = 128
        var buffer = [CChar](repeating: 0, count: 128)
        let length = hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), nil, &size, &buffer)
        guard length > 0 else { return fallback }
        let name = String(decoding: buffer.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // A PDF name needs no escaping when the PostScript name is as the spec allows it.
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } && !name.isEmpty
            ? name : fallback
    }

    static func tag(_ text: String) -> hb_tag_t {
        text.utf8.prefix(4).reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    private static func bytes(of blob: OpaquePointer) -> [UInt8] {
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }
}
