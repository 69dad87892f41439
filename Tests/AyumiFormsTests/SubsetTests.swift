import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// The fonts embedded for appearances, read by a font library that is not Ayumi's.
@Suite("Embedded appearance fonts")
struct SubsetTests {
    @Test("fontTools reads each embedded subset: the characters of the pre-filled values, with BIZ UD's advances",
          .enabled(if: Readers.fontTools, "pip install fonttools"))
    func fontToolsReadsTheSubsets() throws {
        let built = FormBuild.fillableNote
        let reader = try PDFReader(bytes: built.pdf)
        let values = built.widgets.compactMap { widget -> String? in
            if case .checkBox = widget.kind { return nil }
            if case .radioButton = widget.kind { return nil }
            return widget.value
        }
        let characters = Set(values.joined().unicodeScalars.filter { !$0.properties.isWhitespace || $0 == "\u{3000}" })
        var seen: Set<Unicode.Scalar> = []
        var subsets = 0
        for number in reader.sections[0].entries.keys.sorted() {
            guard let stream = try reader.object(number).stream, stream.dictionary["Length1"] != nil else { continue }
            subsets += 1
            let path = Repository.temporaryFolder() + "/subset.ttf"
            #expect(stream.dictionary["Filter"] == .name("FlateDecode"))
            // Python's zlib (the real one) inflates AyumiPDF's deflate to the font file.
            let compressed = Repository.temporaryFolder() + "/subset.z"
            try Data(stream.data).write(to: URL(fileURLWithPath: compressed))
            let inflate = try Run.tool("python3", ["-c", "import sys, zlib; open(sys.argv[2], 'wb').write(zlib.decompress(open(sys.argv[1], 'rb').read()))",
                                                   compressed, path])
            #expect(inflate.status == 0, "\(inflate.standardError)")
            let inflated = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(inflated.count == stream.dictionary["Length1"]?.integer)
            #expect(Inflate.zlib(stream.data) == inflated)
            let font = try Readers.python(["font", path])
            let cmap = try #require(font["cmap"] as? [String: Int])
            let advances = try #require(font["advances"] as? [Int])
            #expect(font["unitsPerEm"] as? Int == 2048)
            #expect(font["glyphs"] as? Int == cmap.count + 1, "only .notdef besides the mapped glyphs")
            for (character, glyph) in cmap {
                seen.formUnion(character.unicodeScalars)
                let scalar = character.unicodeScalars.first!
                // Ideographs and kana are one em in BIZ UD; Latin digits are half.
                if scalar.value >= 0x3000 { #expect(advances[glyph] == 2048, "\(character)") }
                if ("0"..."9").contains(character) { #expect(advances[glyph] == 1024, "\(character)") }
            }
            let tables = try #require(font["tables"] as? [String])
            #expect(Set(["glyf", "loca", "head", "hhea", "hmtx", "maxp", "cmap"]).isSubset(of: Set(tables)))
            #expect(!tables.contains("GSUB") && !tables.contains("vmtx"))
        }
        #expect(subsets == 2, "Gothic for the fields, Mincho for the ruled lines' text")
        #expect(characters.isSubset(of: seen), "missing: \(characters.subtracting(seen))")
    }
}
