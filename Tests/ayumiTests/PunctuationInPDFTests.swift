import AyumiTestSupport
import Foundation
import Testing

/// Issue 15 items 2, 7 and 11 where residents see them: templates/article at 10pt on A4 (a
/// 481.89pt measure), built by the real `ayumi` and read back with MuPDF; positions to 0.01pt.
@Suite("ASCII punctuation, ―― and typed spaces measured from the PDF")
struct PunctuationInPDFTests {
    typealias Glyph = CompositionInPDFTests.Glyph

    /// Builds `paragraphs` as the article body at 10pt; returns the PDF's path.
    static func build(_ paragraphs: [String]) throws -> String {
        let folder = Repository.temporaryFolder()
        let body = paragraphs.map { "  " + $0 }.joined(separator: "\n\n")
        try "title: 約物\nfont_size: 10pt\nbody: |\n\(body)\n".write(toFile: folder + "/d.yaml", atomically: true,
                                                                    encoding: .utf8)
        let build = try Run.ayumi(["build", "templates/article", "--data", folder + "/d.yaml", "-o", folder + "/o.pdf"])
        try #require(build.status == 0, "\(build.standardError)")
        return folder + "/o.pdf"
    }

    /// The body lines (10pt glyphs) of page 1, in reading order.
    static func lines(_ pdf: String) throws -> [[Glyph]] {
        CompositionInPDFTests.lines(try CompositionInPDFTests.glyphs(pdf)[0].filter { $0.size == 10 },
                                    vertical: false, bodySize: 10)
    }

    /// The origin of the `occurrence`th glyph showing `character` on a line.
    static func x(_ glyphs: [Glyph], _ character: Character, _ occurrence: Int = 1) throws -> Double {
        try #require(glyphs.filter { $0.character == character }.dropFirst(occurrence - 1).first).x
    }

    @Test("ASCII ( is set solid against what it encloses, with ¼ em outside")
    func spacing() throws {
        let glyphs = try Self.lines(Self.build(["あいう(評価)です。"]))[0]
        func x(_ character: Character) throws -> Double { try Self.x(glyphs, character) }
        #expect(abs(try x("(") - (x("う") + 10) - 2.5) < 0.01, "う→(")
        #expect(abs(try x("評") - x("(") - 5) < 0.01, "(→評")
        #expect(abs(try x(")") - (x("価") + 10)) < 0.01, "価→)")
        #expect(abs(try x("で") - (x(")") + 5) - 2.5) < 0.01, ")→で")
    }

    @Test("a typed space between Japanese and Latin is ¼ em; beside 、 it adds nothing to the 、's half em")
    func typedSpaces() throws {
        let glyphs = try Self.lines(Self.build(["英語では Advance Care Planningと呼ばれ、 ACPとも言います。"]))[0]
        func x(_ character: Character, _ occurrence: Int = 1) throws -> Double { try Self.x(glyphs, character, occurrence) }
        let typedSpace = try x("A") - (x("は") + 10)
        #expect(abs(typedSpace - 2.5) < 0.01, "は→A is \(typedSpace)pt")
        let afterComma = try x("A", 2) - x("、")
        #expect(abs(afterComma - 10) < 0.01, "、→A is \(afterComma)pt")
    }

    @Test("ASCII ( never ends a line and ) , . : ; never start one after kana, wherever they fall")
    func asciiPunctuationAtLineEdges() throws {
        let paragraphs = (40...48).map { String(repeating: "催", count: $0) + "(オンライン)で,する.ます:です;とも)ね" }
        // MuPDF reports gaps as spaces: compare without them.
        let lines = try Self.lines(Self.build(paragraphs)).map { String($0.map(\.character).filter { $0 != " " }) }
        #expect(lines.count == 2 * paragraphs.count, "\(lines)")
        for (line, next) in zip(lines, lines.dropFirst()) {
            #expect(!line.hasSuffix("("), "\(line) | \(next)")
            #expect(!next.hasPrefix(")") && !next.hasPrefix(",") && !next.hasPrefix(".") && !next.hasPrefix(":")
                    && !next.hasPrefix(";"), "\(line) | \(next)")
        }
        // Where ( would have ended the line, it opens the next one instead.
        #expect(lines.contains { $0 == "(オンライン)で,する.ます:です;とも)ね" }, "\(lines)")
    }

    @Test("―― of U+2015 stays on one line and is one continuous rule, even in a stretched line")
    func twoEmDash() throws {
        let paragraphs = (40...48).map { String(repeating: "あ", count: $0) + "――あいう" }
            + [String(repeating: "あ", count: 30) + "――あAdvanceCarePlanningAdvanceCarePlanningです"]
        let pdf = try Self.build(paragraphs)
        let lines = try Self.lines(pdf)
        for line in lines.map({ String($0.map(\.character)) }) {
            #expect(line.filter { $0 == "―" }.count % 2 == 0, "―― split: \(line)")
        }
        // The last paragraph's first line is stretched (the Latin word goes to the next line);
        // the two halves of its dash still touch: 10pt apart, and the rule has no gap in pixels.
        let stretched = try #require(lines.dropLast().last)
        let bars = stretched.filter { $0.character == "―" }
        try #require(bars.count == 2)
        #expect(abs(bars[1].x - bars[0].x - 10) < 0.01, "the halves are \(bars[1].x - bars[0].x)pt apart")
        let scale = 4.0  // 288 dpi: four pixels a point
        // BIZ UD Mincho's rule is 0.56pt thick, 3.5–4.1pt above the baseline: three pixel rows.
        let row = try Self.pixelRow(pdf, scale: scale, y: bars[0].y - 4.3, rows: 3, from: bars[0].x + 1,
                                    to: bars[0].x + 19)
        #expect(row.count == 72)
        #expect(row.allSatisfy { $0 < 128 }, "light pixels in the rule: \(row)")
    }

    /// Grey levels (0 black … 255 white) of page 1 between two points along x: for each pixel
    /// column, the darkest of `rows` pixel rows starting at `y`.
    static func pixelRow(_ pdf: String, scale: Double, y: Double, rows: Int, from: Double, to: Double) throws -> [UInt8] {
        let prefix = Repository.temporaryFolder() + "/row"
        let x0 = Int((from * scale).rounded()), width = Int(((to - from) * scale).rounded())
        try Run.tool("pdftoppm", ["-r", String(Int(72 * scale)), "-gray", "-f", "1", "-l", "1", "-singlefile",
                                  "-x", String(x0), "-y", String(Int((y * scale).rounded())), "-W", String(width),
                                  "-H", String(rows), pdf, prefix])
        let data = try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))
        // A binary PGM: "P5", width, height, maximum, each followed by one whitespace, then pixels.
        var fields = 0, index = 0
        while fields < 4, index < data.count {
            if data[index] == 0x20 || data[index] == 0x0A { fields += 1 }
            index += 1
        }
        let pixels = Array(data[index...])
        return (0..<width).map { column in (0..<rows).map { pixels[$0 * width + column] }.min()! }
    }
}
