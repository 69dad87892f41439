internal import CFreeType
import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing
@testable import AyumiRender

/// The FreeType stream cairo's faces are opened with gives FreeType the same bytes as
/// FreeType's own stream: for a whole 16 MB table (read with `pread`, the case it exists for)
/// as for a small one (copied from its memory map).
@Suite("Fonts opened for cairo through Ayumi's own FreeType stream")
struct FreeTypeFileStreamTests {
    /// Bold Gothic's fallback face (Noto Sans CJK JP Bold, a 16 MB `CFF ` table) and regular
    /// Mincho's own (BIZ UDMincho, TrueType), from the manifest.
    static let (notoSansBold, bizUDMincho): (String, String) = {
        var diagnostics = Diagnostics()
        let manifest = FontManifestLoader.load(Repository.path("fonts/manifest.yaml"), diagnostics: &diagnostics)!
        return (manifest.faces(family: "gothic", weight: .bold)[1].file, manifest.faces(family: "mincho", weight: .regular)[0].file)
    }()

    /// The table `tag` of `face`, as `FT_Load_Sfnt_Table` gives it (cairo's way of reading tables).
    func table(_ tag: String, of face: FT_Face) throws -> [UInt8] {
        let code = tag.utf8.reduce(UInt(0)) { $0 << 8 | UInt($1) }
        var length: FT_ULong = 0
        try #require(FT_Load_Sfnt_Table(face, code, 0, nil, &length) == 0)
        var bytes = [UInt8](repeating: 0, count: Int(length))
        try #require(FT_Load_Sfnt_Table(face, code, 0, &bytes, &length) == 0)
        return bytes
    }

    @Test("whole tables read through the stream equal those read through FreeType's own",
          arguments: [(notoSansBold, "CFF "), (notoSansBold, "head"), (bizUDMincho, "glyf"), (bizUDMincho, "cmap")])
    func sameTables(file: String, tag: String) throws {
        var library: FT_Library?
        try #require(FT_Init_FreeType(&library) == 0)
        defer { FT_Done_FreeType(library) }
        let ours = try #require(FreeTypeFileStream.openFace(library: library!, path: file, index: 0))
        defer { FT_Done_Face(ours) }
        var theirs: FT_Face?
        try #require(FT_New_Face(library, file, 0, &theirs) == 0)
        defer { FT_Done_Face(theirs) }
        let bytes = try table(tag, of: ours)
        #expect(bytes == (try table(tag, of: theirs!)))
        if tag == "CFF " { #expect(bytes.count >= FreeTypeFileStream.largeRead, "large enough to take the pread path") }
    }

    @Test("a file that is missing or not a font opens no face")
    func unreadable() throws {
        var library: FT_Library?
        try #require(FT_Init_FreeType(&library) == 0)
        defer { FT_Done_FreeType(library) }
        #expect(FreeTypeFileStream.openFace(library: library!, path: "/nonexistent/font.ttf", index: 0) == nil)
        let text = Repository.temporaryFolder() + "/not-a-font.ttf"
        try Data("not a font".utf8).write(to: URL(fileURLWithPath: text))
        #expect(FreeTypeFileStream.openFace(library: library!, path: text, index: 0) == nil)
    }
}
