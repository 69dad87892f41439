internal import CFreeType
import AyumiModel
import Foundation

/// A font face opened with FreeType, to check the file and read its names.
///
/// Shaping does not go through this face (HarfBuzz reads the tables itself, see
/// `HarfBuzzFont`), so FreeType's size state can never leak into advances
/// (cairo-harfbuzz-notes.md, P1). The renderer opens faces of its own.
final class FreeTypeFace {
    private let face: FT_Face

    /// Opens face `index` of `file`; throws a message fit for the user.
    init(file: String, index: Int) throws(FontFileError) {
        var face: FT_Face?
        let error = FreeTypeLibrary.shared.withLibrary { FT_New_Face($0, file, index, &face) }
        guard error == 0, let face else { throw FontFileError.unreadable(file: file, code: Int(error)) }
        self.face = face
    }

    deinit { _ = FreeTypeLibrary.shared.withLibrary { _ in FT_Done_Face(face) } }

    var postScriptName: String {
        guard let name = FT_Get_Postscript_Name(face) else { return "" }
        return String(cString: name)
    }

    var hasVerticalMetrics: Bool { face.pointee.face_flags & Int(FT_FACE_FLAG_VERTICAL) != 0 }

    var unitsPerEm: Int { Int(face.pointee.units_per_EM) }
}

/// The process's one FreeType library. FreeType allows faces to be created and freed from one
/// thread at a time per library, so every such call goes through `withLibrary`.
final class FreeTypeLibrary: Sendable {
    static let shared = FreeTypeLibrary()

    private let library: Locked<FT_Library>

    private init() {
        var library: FT_Library?
        let error = FT_Init_FreeType(&library)
        guard error == 0, let library else { fatalError("FreeType could not start (error \(error)); please report this") }
        self.library = Locked(library)
    }

    func withLibrary<T>(_ body: (FT_Library) -> T) -> T {
        library.withLock { body($0) }
    }
}

/// Why a font file could not be used.
enum FontFileError: Error {
    case unreadable(file: String, code: Int)
}
