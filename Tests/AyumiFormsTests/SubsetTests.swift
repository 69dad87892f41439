import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// The fonts embedded for typing and appearances, read by a font library that is not Ayumi's.
@Suite("Embedded form fonts")
struct SubsetTests {
    @Test("fontTools reads the typing font's program (inflated by Python's zlib): every pre-filled character, BIZ UD's advances, no hinting or layout tables",
          .enabled(if: Readers.fontTools, "pip install fonttools"))
    func fontToolsReadsTheTypingFont() throws {
        let built = FormBuild.fillableNote
        let reader = try PDFReader(bytes: built.pdf)
        let values = built.widgets.compactMap { widget -> String? in
            if case .checkBox = widget.kind { return nil }
            if case .radioButton = widget.kind { return nil }
            return widget.value
        }
        let characters = Set(values.joined().unicodeScalars.filter { !$0.properties.isWhitespace || $0 == "\u{3000}" })
        var programs = 0
        for number in reader.sections[0].entries.keys.sorted() {
            guard let stream = try reader.object(number).stream,
                  stream.dictionary["Length1"] != nil || stream.dictionary["Subtype"] == .name("CIDFontType0C") else { continue }
            programs += 1
            #expect(stream.dictionary["Length1"] != nil, "the fixture's values are all in BIZ UD: no CFF fallback")
            #expect(stream.dictionary["Filter"] == .name("FlateDecode"))
            let compressed = Repository.temporaryFolder() + "/font.z"
            let path = Repository.temporaryFolder() + "/font.ttf"
            try Data(stream.data).write(to: URL(fileURLWithPath: compressed))
            let inflate = try Run.tool("python3", ["-c", "import sys, zlib; open(sys.argv[2], 'wb').write(zlib.decompress(open(sys.argv[1], 'rb').read()))",
                                                   compressed, path])
            #expect(inflate.status == 0, "\(inflate.standardError)")
            let inflated = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(inflated.count == stream.dictionary["Length1"]?.integer)
            let font = try Readers.python(["font", path])
            let cmap = try #require(font["cmap"] as? [String: Int])
            let advances = try #require(font["advances"] as? [Int])
            #expect(font["unitsPerEm"] as? Int == 2048)
            let mapped = Set(cmap.keys.flatMap(\.unicodeScalars))
            #expect(characters.isSubset(of: mapped), "missing: \(characters.subtracting(mapped))")
            for (character, glyph) in cmap {
                let scalar = character.unicodeScalars.first!
                // Ideographs and kana are one em in BIZ UD; Latin digits are half.
                if (0x4E00...0x9FFF).contains(scalar.value) || (0x3041...0x30F6).contains(scalar.value) {
                    #expect(advances[glyph] == 2048, "\(character)")
                }
                if ("0"..."9").contains(character) { #expect(advances[glyph] == 1024, "\(character)") }
            }
            let tables = try #require(font["tables"] as? [String])
            #expect(Set(["glyf", "loca", "head", "hhea", "hmtx", "maxp", "cmap"]).isSubset(of: Set(tables)))
            #expect(!tables.contains("GSUB") && !tables.contains("vmtx") && !tables.contains("fpgm"))
        }
        #expect(programs == 1, "one typing font for every field, Mincho-styled ones included")
    }
}
