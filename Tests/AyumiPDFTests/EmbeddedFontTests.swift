import AyumiLayout
import Testing
@testable import AyumiPDF

/// Embedding a subset AyumiFonts cut (`FontSubset`), and setting text in several fonts, with
/// made-up subsets so the arithmetic is exact.
@Suite("Embedded fonts and appearance text")
struct EmbeddedFontTests {
    /// A TrueType-like subset: .notdef, 山 (shared with the radical ⼭), a half-width A, 﨑 with its twin.
    static let typing = FontSubset(
        postScriptName: "Test-Regular", file: [0, 1, 0, 0], outlines: .trueType,
        glyphs: ["山": 1, "\u{2F2D}": 1, "A": 2, "\u{FA11}": 3, "\u{5D0E}": 4, " ": 5],
        advances: [1000, 1000, 500, 1000, 1000, 250], unitsPerEm: 1000, ascender: 880, descender: -120, capHeight: 700,
        boundingBox: [0, -120, 1000, 880])
    /// A CFF-like subset whose glyphs 1 and 2 are CIDs 59625 and 17.
    static let fallback = FontSubset(
        postScriptName: "Fallback-Regular", file: [], outlines: .cff(table: [1, 0, 4, 4], cids: [0, 59625, 17]),
        glyphs: ["\u{20BB7}": 1, "x": 2], advances: [1000, 1000, 600], unitsPerEm: 1000, ascender: 880, descender: -120,
        capHeight: nil, boundingBox: [0, -120, 1000, 880])

    @Test("the ToUnicode map names the unified ideograph when a radical shares its glyph")
    func toUnicodePrefersUnified() {
        let map = ToUnicodeMap(Self.typing)
        #expect(map.entries.map(\.code) == [1, 2, 3, 4, 5])
        #expect(map.entries.first { $0.code == 1 }?.scalar == "山")
        #expect(map.entries.first { $0.code == 3 }?.scalar == "\u{FA11}", "﨑 has a glyph of its own here")
        #expect(ToUnicodeMap.preference("\u{2F2D}") > ToUnicodeMap.preference("山"))
        #expect(ToUnicodeMap.preference("\u{F900}") > ToUnicodeMap.preference("豈"))
        let text = String(decoding: map.bytes, as: UTF8.self)
        #expect(text.contains("<0001> <5C71>") && !text.contains("<2F2D>"))
    }

    @Test("a CFF subset's codes are its CIDs, in the content, the widths and the ToUnicode map")
    func cffCodesAreCIDs() {
        #expect(Self.fallback.code(of: "\u{20BB7}") == 59625)
        let font = PDFEmbeddedFont(Self.fallback, tagged: true)
        #expect(font.baseFont.hasSuffix("+Fallback-Regular") && font.baseFont.count == "ABCDEF+Fallback-Regular".count)
        let (common, widths) = font.widthEntries()
        #expect(common == 1000)
        #expect(widths == [17, [600]])
        #expect(String(decoding: ToUnicodeMap(Self.fallback).bytes, as: UTF8.self).contains("<E8E9> <D842DFB7>"))
    }

    @Test("/DW is the commonest width; /W lists runs of consecutive codes that differ")
    func widths() {
        let (common, widths) = PDFEmbeddedFont(Self.typing, tagged: false).widthEntries()
        #expect(common == 1000)
        #expect(widths == [2, [500], 5, [250]])
    }

    @Test("the typing font is embedded untagged as a CIDFontType2 with FontFile2; a CFF subset as CIDFontType0 with FontFile3")
    func objects() throws {
        var update = PDFIncrementalUpdate(try PDFReader(bytes: TestPDF.make([(1, "<< /Type /Catalog >>")], trailer: "/Root 1 0 R")))
        let typing = PDFEmbeddedFont(Self.typing, tagged: false).add(to: &update, compressor: FixedHuffmanCompressor())
        let fallback = PDFEmbeddedFont(Self.fallback, tagged: true).add(to: &update, compressor: FixedHuffmanCompressor())
        let back = try PDFReader(bytes: try update.write())
        func descendant(_ reference: PDFReference) throws -> PDFDictionary {
            let type0 = try #require(try back.object(reference.objectNumber).dictionary)
            #expect(type0["Encoding"] == .name("Identity-H"))
            let ref = try #require(type0["DescendantFonts"]?.array?.first)
            return try #require(try back.resolve(ref).dictionary)
        }
        let trueType = try descendant(typing)
        #expect(trueType["Subtype"] == .name("CIDFontType2"))
        #expect(trueType["BaseFont"] == .name("Test-Regular"))
        #expect(trueType["CIDToGIDMap"] == .name("Identity"))
        func entry(_ dictionary: PDFDictionary, _ key: PDFName) throws -> PDFObject {
            let value = try #require(dictionary[key], "\(key)")
            return try back.resolve(value)
        }
        let descriptor = try #require(try entry(trueType, "FontDescriptor").dictionary)
        let file = try #require(try entry(descriptor, "FontFile2").stream)
        #expect(file.dictionary["Length1"] == 4)
        let cff = try descendant(fallback)
        #expect(cff["Subtype"] == .name("CIDFontType0"))
        #expect(cff["CIDToGIDMap"] == nil)
        let cffDescriptor = try #require(try entry(cff, "FontDescriptor").dictionary)
        let program = try #require(try entry(cffDescriptor, "FontFile3").stream)
        #expect(program.dictionary["Subtype"] == .name("CIDFontType0C"))
    }

    func fonts() -> AppearanceFontSet {
        AppearanceFontSet(fonts: [
            .init(font: PDFEmbeddedFont(Self.typing, tagged: false), resource: "FAP0", reference: PDFReference(10)),
            .init(font: PDFEmbeddedFont(Self.fallback, tagged: true), resource: "FAP1", reference: PDFReference(20)),
        ])
    }

    @Test("text switches font per run: the typing font first, the fallback for what it lacks, .notdef for what none has")
    func runs() {
        let set = fonts()
        #expect(set.runs("山\u{20BB7}山A") == [
            .init(font: 0, codes: [1], advance: 1), .init(font: 1, codes: [59625], advance: 1),
            .init(font: 0, codes: [1, 2], advance: 1.5),
        ])
        #expect(set.missing(in: "山☃ x") == ["☃"])
        #expect(set.runs("☃") == [.init(font: 0, codes: [0], advance: 1)])
        #expect(set.runs("山\t山") == [.init(font: 0, codes: [1, 5, 1], advance: 2.25)], "a tab is set as a space")
        var content = PDFContentStream()
        var writer = RunWriter(fonts: set)
        writer.show("山\u{20BB7}山", size: 10, into: &content)
        #expect(String(decoding: content.bytes, as: UTF8.self) == "/FAP0 10 Tf\n<0001> Tj\n/FAP1 10 Tf\n<E8E9> Tj\n/FAP0 10 Tf\n<0001> Tj\n")
    }

    @Test("a value too long shrinks in half points down to 7 pt, and says when even that does not fit")
    func shrinking() {
        let set = fonts()
        let box = FieldAppearance(width: 100, height: 20)
        // 10 ideographs at 12 pt need 120 pt plus the gaps; at 9 pt 90 + 2 × 2.7 = 95.4 fit.
        let fitted = box.text(String(repeating: "山", count: 10), kind: .text(multiline: false), size: 12, fonts: set)
        #expect(fitted.fits && fitted.size == 9)
        let short = box.text("山山", kind: .text(multiline: false), size: 12, fonts: set)
        #expect(short.fits && short.size == 12)
        let long = box.text(String(repeating: "山", count: 30), kind: .text(multiline: false), size: 12, fonts: set)
        #expect(!long.fits && long.size == 7)
        #expect(FieldAppearance.fittedSize(12) { $0 <= 10.2 } == (10, true))
    }

    @Test("multi-line text wraps at the box's width, 1.5 em apart, and shrinks to fit the box's depth")
    func multiline() {
        let set = fonts()
        #expect(FieldAppearance.wrap("山山山山\n山", width: 25, size: 10, fonts: set) == ["山山", "山山", "山"])
        #expect(FieldAppearance.wrap("山\r\n山", width: 100, size: 10, fonts: set) == ["山", "山"])
        // At 10 pt two characters fit a line: 4 lines, 60 pt of a 50 pt box. At 8 pt three do: 3 lines, 36 pt.
        let box = FieldAppearance(width: 30, height: 50)
        let text = box.text("山山山山山山山山", kind: .text(multiline: true), size: 10, fonts: set)
        #expect(text.fits)
        #expect(text.size == 8)
        let tooMuch = box.text(String(repeating: "山", count: 200), kind: .text(multiline: true), size: 10, fonts: set)
        #expect(!tooMuch.fits && tooMuch.size == 7)
    }
}
