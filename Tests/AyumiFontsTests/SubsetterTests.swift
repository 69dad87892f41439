import AyumiModel
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing
@testable import AyumiFonts

/// HarfBuzz's subsetter at the edge, the typing font's characters from iconv, and its cache.
@Suite("Subsetting with hb-subset")
struct SubsetterTests {
    static let gothic = Fonts.manifest.faces(family: "gothic", weight: .regular)
    static let fontTools = (try? Run.tool("python3", ["-c", "import fontTools.ttLib"]))?.status == 0

    /// fontTools' view of a font file: its cmap (code point → glyph name), glyph order and tables.
    func readByFontTools(_ bytes: [UInt8]) throws -> [String: Any] {
        let path = Repository.temporaryFolder() + "/subset.otf"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let script = """
            import json, sys
            from fontTools.ttLib import TTFont
            font = TTFont(sys.argv[1])
            order = font.getGlyphOrder()
            print(json.dumps({"cmap": {str(k): v for k, v in font.getBestCmap().items()}, "order": order,
                              "tables": sorted(font.keys()),
                              "advances": [font["hmtx"][name][0] for name in order]}))
            """
        let result = try Run.tool("python3", ["-c", script, path])
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    @Test("Noto Sans CJK JP (CFF in a .ttc) cut to 𠮷 and 山: a CID-keyed subset whose CIDs are the original glyphs, read by fontTools",
          .enabled(if: fontTools, "pip install fonttools"))
    func cffSubset() throws {
        let noto = try #require(Self.gothic.dropFirst().first)
        let subset = try HarfBuzzSubsetter().subset(file: noto.file, faceIndex: noto.faceIndex, characters: ["\u{20BB7}", "山", "\u{0378}"])
        guard case .cff(let table, let cids) = subset.outlines else {
            Issue.record("not CFF: \(subset.outlines)")
            return
        }
        #expect(!table.isEmpty)
        #expect(subset.code(of: "\u{20BB7}") == 59625, "𠮷 is cid59625 = glyph 59625 of Noto Sans CJK JP")
        #expect(Set(subset.glyphs.keys) == ["\u{20BB7}", "山"], "U+0378 is unassigned")
        #expect(cids.count == subset.advances.count)
        let font = try readByFontTools(subset.file)
        let cmap = try #require(font["cmap"] as? [String: String])
        #expect(cmap[String(0x20BB7)] == "cid59625")
        #expect(cmap[String(0x5C71)] == "cid\(subset.code(of: "山")!)")
        #expect((font["tables"] as? [String])?.contains("CFF ") == true)
        #expect((font["tables"] as? [String])?.contains("GSUB") == false)
    }

    @Test("BIZ UDGothic (TrueType) cut to four characters: fontTools reads exactly them, with the original advances",
          .enabled(if: fontTools, "pip install fonttools"))
    func trueTypeSubset() throws {
        let biz = try #require(Self.gothic.first)
        let subset = try HarfBuzzSubsetter().subset(file: biz.file, faceIndex: biz.faceIndex, characters: ["山", "田", "髙", "A"])
        #expect(subset.outlines == .trueType)
        #expect(subset.postScriptName == "BIZUDGothic-Regular")
        let font = try readByFontTools(subset.file)
        let cmap = try #require(font["cmap"] as? [String: String])
        #expect(Set(cmap.keys) == Set(["山", "田", "髙", "A"].map { String($0.unicodeScalars.first!.value) }))
        let order = try #require(font["order"] as? [String])
        let advances = try #require(font["advances"] as? [Int])
        #expect(order.count == 5, ".notdef and the four glyphs")
        #expect(advances == subset.advances)
        #expect(subset.advance(of: "山") == 1 && subset.advance(of: "A") == 0.5)
        #expect((font["tables"] as? [String]).map { !$0.contains("fpgm") && !$0.contains("vmtx") && $0.contains("cmap") } == true)
    }

    @Test("iconv's JIS X 0208 is its 6,879 characters; the NEC/IBM extensions bring 髙 﨑 德; plane 1 of JIS X 0213 adds, plane 2 is not asked")
    func characters() throws {
        let jis0208 = TypingCharacters.decoded(encoding: "EUC-JP", leads: 0xA1...0xFE, trails: [0xA1...0xFE])
        #expect(jis0208?.count == 6879)
        let kanji = TypingCharacters.decoded(encoding: "EUC-JP", leads: 0xB0...0xF4, trails: [0xA1...0xFE])
        #expect(kanji?.count == 6355)
        #expect(TypingCharacters.decoded(encoding: "NO-SUCH-ENCODING", leads: [0xA1], trails: [0xA1...0xA1]) == nil)
        let all = try TypingCharacters.all()
        #expect(["髙", "﨑", "德", "①", "㈱", "～", "〜", "－", "‐", "―", "・", "ｱ", "Ａ", "\u{3000}", "ゔ"].allSatisfy { all.contains($0) })
        #expect(!all.contains("\u{20BB7}"), "𠮷 is in JIS X 0213 plane 2, which the typing font leaves out")
    }

    @Test("the typing font is the same from the cache as cut afresh; a damaged entry is cut again, never used")
    func cache() throws {
        let biz = try #require(Self.gothic.first)
        let folder = Repository.temporaryFolder()
        let font = TypingFont(file: biz.file, faceIndex: biz.faceIndex, environment: ["XDG_CACHE_HOME": folder])
        let first = try font.make()
        let location = try #require(font.cacheLocation())
        #expect(FileManager.default.fileExists(atPath: location))
        let second = try font.make()
        #expect(second == first)
        let uncached = try TypingFont(file: biz.file, faceIndex: biz.faceIndex, environment: [:]).make()
        #expect(uncached == first)
        let cut = try font.cut()
        let prepared = try #require(first.prepared)
        #expect(first.file.isEmpty, "the raw program is let go once compressed")
        #expect(ZlibCompressor.decompress(prepared.program, size: prepared.programLength) == cut.file)
        #expect(ZlibCompressor.decompress(prepared.toUnicode, size: cut.toUnicodeMap.count) == cut.toUnicodeMap)
        #expect(first.glyphs == cut.glyphs && first.advances == cut.advances && first.boundingBox == cut.boundingBox)
        #expect(first.postScriptName == "BIZUDGothic-Regular" && first.unitsPerEm == cut.unitsPerEm && first.capHeight == cut.capHeight)

        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: location)))
        var damaged = whole
        damaged[damaged.count / 2] ^= 0x01  // one bit in the compressed program
        try Data(damaged).write(to: URL(fileURLWithPath: location))
        #expect(TypingFont.readEntry(at: location) == nil)
        try Data(whole.dropLast(3)).write(to: URL(fileURLWithPath: location))
        #expect(TypingFont.readEntry(at: location) == nil, "cut short")
        #expect(try font.make() == first)
        #expect(TypingFont.readEntry(at: location) != nil, "written again")
    }

    @Test("zlib level 9 makes the typing font smaller than PDFFlate's fixed Huffman codes (1.77 MB against 1.95 MB)")
    func zlibSmaller() throws {
        let biz = try #require(Self.gothic.first)
        let subset = try TypingFont(file: biz.file, faceIndex: biz.faceIndex, environment: [:]).cut()
        let zlib = ZlibCompressor.smallest.compress(subset.file)
        let fixed = FixedHuffmanCompressor().compress(subset.file)
        #expect(zlib.count < fixed.count - 100_000, "zlib \(zlib.count), fixed Huffman \(fixed.count), raw \(subset.file.count)")
        #expect(ZlibCompressor.decompress(zlib, size: subset.file.count) == subset.file)
        #expect(ZlibCompressor.smallest.compress(subset.file) == zlib, "deterministic")
    }
}
