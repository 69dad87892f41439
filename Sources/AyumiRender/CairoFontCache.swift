internal import CCairo
internal import CFreeType
import AyumiCompose
import AyumiModel

/// cairo font faces, one per font file face, shared by every document the process renders.
///
/// Each has its own FreeType face, never shared with HarfBuzz: cairo resizes the face while it
/// subsets fonts into the PDF, which would corrupt advances read through the same face
/// (cairo-harfbuzz-notes.md, P1). One face per file at every size also gives one embedded
/// subset per file. cairo keeps faces alive in its own caches after a surface is gone, so the
/// FreeType face is freed only when cairo drops its last reference (user-data destroy hook), and
/// the FreeType library lives as long as the process.
final class CairoFontCache: Sendable {
    static let shared = CairoFontCache()

    private struct State {
        var library: FT_Library?
        var faces: [FontFace: CairoFace] = [:]
    }

    private let state: Locked<State>

    private init() {
        var library: FT_Library?
        let error = FT_Init_FreeType(&library)
        precondition(error == 0, "FreeType could not start (error \(error)); please report this")
        state = Locked(State(library: library))
    }

    /// The cairo face for `face`, opening it on first use.
    func cairoFace(for face: FontFace) throws(RenderError) -> CairoFace {
        try state.withLock { (state: inout State) throws(RenderError) -> CairoFace in
            if let known = state.faces[face] { return known }
            guard let library = state.library,
                  let ftFace = FreeTypeFileStream.openFace(library: library, path: face.file, index: face.index) else {
                throw RenderError.fontUnreadable(face.file)
            }
            guard let cairoFace = cairo_ft_font_face_create_for_ft_face(ftFace, Int32(FT_LOAD_NO_HINTING)) else {
                FT_Done_Face(ftFace)
                throw RenderError.fontUnreadable(face.file)
            }
            let status = cairo_font_face_set_user_data(cairoFace, freeTypeFaceKey, UnsafeMutableRawPointer(ftFace)) {
                pointer in
                if let pointer { _ = FT_Done_Face(pointer.assumingMemoryBound(to: FT_FaceRec.self)) }
            }
            guard status == CAIRO_STATUS_SUCCESS else {
                cairo_font_face_destroy(cairoFace)
                FT_Done_Face(ftFace)
                throw RenderError.fontUnreadable(face.file)
            }
            state.faces[face] = CairoFace(pointer: cairoFace)
            return CairoFace(pointer: cairoFace)
        }
    }
}

/// A cairo font face. cairo faces are reference-counted and safe to use from any thread.
struct CairoFace: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// The key under which a cairo face keeps its FreeType face (cairo compares keys by address).
nonisolated(unsafe) private let freeTypeFaceKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)
