internal import CHarfBuzz

/// A HarfBuzz font for one face, shaping at any size.
///
/// The font uses HarfBuzz's own OpenType functions (`hb_ot_font_set_funcs`) at a scale of one
/// unit per font unit, so advances come straight from the font's tables as whole numbers and
/// are scaled to points here. No FreeType size state is involved (cairo-harfbuzz-notes.md P1,
/// P2), and one font serves every size. HarfBuzz fonts may be used from several threads.
final class HarfBuzzFont: @unchecked Sendable {
    let font: OpaquePointer
    let unitsPerEm: Double

    init(file: String, index: Int) throws(FontFileError) {
        guard let blob = hb_blob_create_from_file_or_fail(file) else {
            throw FontFileError.unreadable(file: file, code: -1)
        }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, UInt32(index)) else { throw FontFileError.unreadable(file: file, code: -2) }
        defer { hb_face_destroy(face) }
        let upem = hb_face_get_upem(face)
        guard upem > 0, let font = hb_font_create(face) else { throw FontFileError.unreadable(file: file, code: -3) }
        hb_ot_font_set_funcs(font)
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        self.font = font
        self.unitsPerEm = Double(upem)
    }

    deinit { hb_font_destroy(font) }

    /// Whether the face maps `scalar` to a glyph of its own (not .notdef).
    func hasGlyph(_ scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0 && glyph != 0
    }
}
