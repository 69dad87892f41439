@testable import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// Reading BIZ UDGothic and cutting subsets of it for form-field appearances.
@Suite("TrueType fonts and subsets")
struct TrueTypeTests {
    static let gothicPath = "/usr/share/fonts/truetype/bizud-gothic/BIZUDGothic-Regular.ttf"
    static let notoPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    static let hasGothic = FileManager.default.fileExists(atPath: gothicPath)

    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test("BIZ UDGothic: its tables, metrics, name, and glyphs for kanji, kana and digits",
          .enabled(if: hasGothic, "apt-get install fonts-morisawa-bizud-gothic"))
    func reads() throws {
        let font = try TrueTypeFont(bytes: Self.bytes(Self.gothicPath))
        #expect(font.postScriptName == "BIZUDGothic-Regular")
        #expect(font.unitsPerEm == 2048)
        #expect(font.numberOfGlyphs == 13932)
        #expect(font.ascender == 1802 && font.descender == -246)
        #expect(font.embeddingPermissions & 0x0002 == 0, "installable embedding")
        for character in "山田花子やまだ０１2" {
            let glyph = try #require(font.glyph(for: character.unicodeScalars.first!), "\(character)")
            #expect(font.advance(of: glyph) > 0)
        }
        #expect(font.advance(of: font.glyph(for: "山")!) == 2048, "ideographs are one em")
        #expect(font.glyph(for: "\u{20BB7}") == nil, "𠮷 is not in BIZ UDGothic")
    }

    @Test("a subset keeps the chosen glyphs' outlines and advances, renumbered from 1, with a cmap for them",
          .enabled(if: hasGothic, "apt-get install fonts-morisawa-bizud-gothic"))
    func subset() throws {
        let font = try TrueTypeFont(bytes: Self.bytes(Self.gothicPath))
        let text = "山田　花子 1234567 みらい市"
        let subset = try TrueTypeSubset(font, characters: text.unicodeScalars)
        let distinct = Set(text.unicodeScalars.compactMap(font.glyph(for:)))
        #expect(subset.glyphs.count == distinct.count + 1, ".notdef and one glyph per distinct character")
        #expect(subset.glyphs[0] == 0)
        #expect(subset.bytes.count < 20_000, "\(subset.bytes.count) bytes")

        let read = try TrueTypeFont(bytes: subset.bytes)
        #expect(read.numberOfGlyphs == distinct.count + 1)
        #expect(read.unitsPerEm == 2048)
        for scalar in text.unicodeScalars {
            let old = try #require(font.glyph(for: scalar))
            let new = try #require(read.glyph(for: scalar), "\(scalar) in the subset's cmap")
            #expect(subset.glyphs[old] == new)
            #expect(read.advance(of: new) == font.advance(of: old))
            // The same outline, padded to four bytes.
            let original = Array(try font.outline(of: old)), copied = Array(try read.outline(of: new))
            #expect(copied.starts(with: original) && copied.count - original.count < 4 && copied.dropFirst(original.count).allSatisfy { $0 == 0 })
        }
        // The whole file sums to 0xB1B0AFBA once head.checkSumAdjustment is in (OpenType `head`).
        #expect(TrueTypeSubset.checksum(subset.bytes) == 0xB1B0_AFBA)
        #expect(try TrueTypeSubset(font, characters: text.unicodeScalars).bytes == subset.bytes, "deterministic")
    }

    @Test("characters beyond the BMP get a format 12 cmap; a character sharing a glyph maps back to the unified ideograph",
          .enabled(if: hasGothic, "apt-get install fonts-morisawa-bizud-gothic"))
    func unicodeMapping() throws {
        let table = TrueTypeSubset.characterMap([(0x5C71, 1), (0x20BB7, 2)])
        let bmpOnly = TrueTypeSubset.characterMap([(0x5C71, 1)])
        #expect(table.count > bmpOnly.count)
        #expect(table[2...3] == [0, 2], "two subtables")

        let font = try TrueTypeFont(bytes: Self.bytes(Self.gothicPath))
        // ⼭ (U+2F2D, KANGXI RADICAL MOUNTAIN) and 山 (U+5C71) share a glyph in many Japanese fonts.
        let radical: Unicode.Scalar = "\u{2F2D}", ideograph: Unicode.Scalar = "山"
        if let shared = font.glyph(for: radical), shared == font.glyph(for: ideograph) {
            let embedded = try PDFEmbeddedFont(font: font, characters: [radical, ideograph])
            let map = String(decoding: embedded.toUnicodeMap(), as: UTF8.self)
            #expect(map.contains("<5C71>") && !map.contains("<2F2D>"), "\(map)")
        }
        #expect(TrueTypeSubset.preference(radical) > TrueTypeSubset.preference(ideograph))
        #expect(TrueTypeSubset.preference("\u{F900}") > TrueTypeSubset.preference("豈"))
    }

    @Test("a font with CFF outlines (Noto Sans CJK) is refused with its own error",
          .enabled(if: FileManager.default.fileExists(atPath: notoPath), "apt-get install fonts-noto-cjk"))
    func cff() throws {
        #expect(throws: TrueTypeError.noGlyphOutlines) { try TrueTypeFont(bytes: Self.bytes(Self.notoPath), faceIndex: 0) }
        #expect(throws: TrueTypeError.notAFont) { try TrueTypeFont(bytes: Array("not a font at all".utf8)) }
        #expect(throws: TrueTypeError.self) { try TrueTypeFont(bytes: [0, 1, 0, 0, 0, 9]) }
    }

    @Test("the embedded font: Type0 over CIDFontType2 with Identity-H, /W from the advances, /FontFile2 with /Length1",
          .enabled(if: hasGothic, "apt-get install fonts-morisawa-bizud-gothic"))
    func embedded() throws {
        let font = try TrueTypeFont(bytes: Self.bytes(Self.gothicPath))
        let embedded = try PDFEmbeddedFont(font: font, characters: "山田1".unicodeScalars)
        #expect(embedded.baseFont.hasSuffix("+BIZUDGothic-Regular") && embedded.baseFont.count == 7 + 19)
        #expect(embedded.codes(for: "山田1") == [2, 3, 1].map { UInt16($0) } || Set(embedded.codes(for: "山田1")) == [1, 2, 3])
        #expect(embedded.codes(for: "𠮷") == [0])
        #expect(embedded.missing(in: "山𠮷 ") == ["\u{20BB7}"])

        var update = PDFIncrementalUpdate(try PDFReader(bytes: TestPDF.cairoLike))
        let reference = embedded.add(to: &update)
        let type0 = try #require(update.objects[reference]?.dictionary)
        #expect(type0["Subtype"] == .name("Type0") && type0["Encoding"] == .name("Identity-H"))
        let cid = try #require(type0["DescendantFonts"]?.array?.first?.reference.flatMap { update.objects[$0]?.dictionary })
        #expect(cid["Subtype"] == .name("CIDFontType2") && cid["CIDToGIDMap"] == .name("Identity"))
        #expect(cid["W"] == [1, [500, 1000, 1000]] || cid["W"]?.array?.count == 2)
        let descriptor = try #require(cid["FontDescriptor"]?.reference.flatMap { update.objects[$0]?.dictionary })
        let file = try #require(descriptor["FontFile2"]?.reference.flatMap { update.objects[$0]?.stream })
        #expect(file.dictionary["Filter"] == .name("FlateDecode"))
        let data = try #require(Inflate.zlib(file.data))
        #expect(file.dictionary["Length1"]?.integer == data.count)
        #expect(try TrueTypeFont(bytes: data).numberOfGlyphs == 4)
    }
}
