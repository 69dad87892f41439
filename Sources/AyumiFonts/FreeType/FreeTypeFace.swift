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

    /// The font file's bytes, for a face opened from memory: FreeType reads them for as long as
    /// the face lives.
    private let memory: UnsafeMutableBufferPointer<UInt8>?

    /// Opens face `index` of `file`; throws a message fit for the user.
    init(file: String, index: Int) throws(FontFileError) {
        var face: FT_Face?
        let error = FreeTypeLibrary.shared.withLibrary { FT_New_Face($0, file, index, &face) }
        guard error == 0, let face else { throw FontFileError.unreadable(file: file, code: Int(error)) }
        self.face = face
        memory = nil
    }

    /// Opens a font file held in memory (a subset hb-subset made); `name` is for messages.
    init(bytes: [UInt8], name: String) throws(FontFileError) {
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = memory.initialize(from: bytes)
        var face: FT_Face?
        let error = FreeTypeLibrary.shared.withLibrary { FT_New_Memory_Face($0, memory.baseAddress, FT_Long(bytes.count), 0, &face) }
        guard error == 0, let face else {
            memory.deallocate()
            throw FontFileError.unreadable(file: name, code: Int(error))
        }
        self.face = face
        self.memory = memory
    }

    deinit {
        _ = FreeTypeLibrary.shared.withLibrary { _ in FT_Done_Face(face) }
        memory?.deallocate()
    }

    /// The CID of each glyph of a CID-keyed CFF face, from its charset (FreeType's CID API);
    /// `nil` when the face is not CID-keyed.
    func cids(glyphCount: Int) -> [UInt16]? {
        var keyed: FT_Bool = 0
        guard FT_Get_CID_Is_Internally_CID_Keyed(face, &keyed) == 0, keyed != 0 else { return nil }
        var cids: [UInt16] = []
        cids.reserveCapacity(glyphCount)
        for glyph in 0..<glyphCount {
            var cid: FT_UInt = 0
            guard FT_Get_CID_From_Glyph_Index(face, FT_UInt(glyph), &cid) == 0, cid <= UInt16.max else { return nil }
            cids.append(UInt16(cid))
        }
        return cids
    }

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
