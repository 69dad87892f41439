import AyumiTestSupport
import Foundation
import Testing

/// Issue 15 items 3, 5 and 8 measured where readers see them: glyph boxes in real PDFs built
/// from templates/article at 12pt, read back with MuPDF (`CompositionInPDFTests.glyphs`), and,
/// for the emphasis dots' ink, the rendered page.
@Suite("Tate-chu-yoko, ruby at line edges and emphasis dots, measured from the PDF")
struct VerticalTextInPDFTests {
    typealias Glyph = CompositionInPDFTests.Glyph

    /// Builds the article with `body` and returns the first page's glyphs and the PDF's path.
    func build(_ body: String, mode: String, paper: String) throws -> (glyphs: [Glyph], pdf: String) {
        let folder = Repository.temporaryFolder()
        try "title: 見本\nbody: \(body)\nwriting_mode: \(mode)\npage_size: \(paper)\nfont_size: 12pt\n"
            .write(toFile: folder + "/d.yaml", atomically: true, encoding: .utf8)
        let result = try Run.ayumi(["build", "templates/article", "--data", folder + "/d.yaml", "-o", folder + "/o.pdf"])
        try #require(result.status == 0, "\(result.standardError)")
        return (try CompositionInPDFTests.glyphs(folder + "/o.pdf")[0], folder + "/o.pdf")
    }

    static let margin = 20 * 72 / 25.4

    // MARK: - Item 3: tate-chu-yoko

    @Test("縦中横 fills one em of the 12pt column, centred: ^120^ at ⅔ width, ^2026^ at ½; 9 and 17 upright without markup")
    func tateChuYoko() throws {
        let glyphs = try build("参加者は^120^名、開催は^2026^年。時間は9時～17時です。", mode: "vertical", paper: "A5").glyphs
        let body = glyphs.filter { abs($0.size - 12) < 0.01 }
        let reference = try #require(body.first { $0.character == "参" })
        let centre = (reference.minX + reference.maxX) / 2
        // Squeezed glyphs report a smaller size (MuPDF gives the mean of width and height): take every digit.
        let digits = glyphs.filter { $0.character.isASCII && $0.character.isNumber }
        #expect(String(digits.map(\.character)) == "12020269" + "17")
        // Each group in reading order, with the width each of its digits is drawn at.
        for (range, width) in [(0..<3, 4.0), (3..<7, 3.0), (7..<8, 6.0), (8..<10, 6.0)] {
            let group = Array(digits[range])
            let minX = group.map(\.minX).min()!, maxX = group.map(\.maxX).max()!
            let text = String(group.map(\.character))
            #expect(abs((minX + maxX) / 2 - centre) < 0.05, "\(text) centred at \(minX)…\(maxX), column centre \(centre)")
            #expect(abs(maxX - minX - Double(group.count) * width) < 0.05, "\(text) spans \(maxX - minX)")
            #expect(maxX - minX <= 12.05, "\(text) is wider than the column: \(maxX - minX)")
            for digit in group {
                // Upright: a full em along the column, `width` across it (a rotated digit is the reverse).
                #expect(abs(digit.maxY - digit.minY - 12) < 0.05, "\(text): \(digit.character) is \(digit.maxY - digit.minY) tall")
                #expect(abs(digit.maxX - digit.minX - width) < 0.05, "\(text): \(digit.character) is \(digit.maxX - digit.minX) wide")
            }
        }
    }

    // MARK: - Item 5: ruby at the head and end of a line

    /// 39 kana fill the first line after its indent; {承|うけたまわ} (30pt of reading over 12pt)
    /// starts the second, whose 36 kana bring {志|こころざし} to its end.
    static let rubyAtEdges = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよら{承|うけたまわ}"
        + "りるれろわをんあいうえおかきくけこさしすせそたちつてとなにぬねのはひふへ{志|こころざし}です。"

    @Test("ruby at a line's head starts at the text block's edge, and at its end finishes there (A5 vertical, A4 horizontal)",
          arguments: [("vertical", "A5"), ("horizontal", "A4")])
    func rubyAtLineEdges(mode: String, paper: String) throws {
        let glyphs = try build(Self.rubyAtEdges, mode: mode, paper: paper).glyphs
        let vertical = mode == "vertical"
        // Both modes have a 481.89pt measure between 20mm margins.
        let (start, end) = (Self.margin, 595.2756 - Self.margin)
        let ruby = glyphs.filter { abs($0.size - 6) < 0.01 }
        try #require(ruby.count == 10, "\(ruby.map(\.character))")
        let head = Array(ruby[0..<5]), tail = Array(ruby[5..<10])
        #expect(String(head.map(\.character)) == "うけたまわ")
        #expect(String(tail.map(\.character)) == "こころざし")
        func alongMin(_ glyph: Glyph) -> Double { vertical ? glyph.minY : glyph.minX }
        func alongMax(_ glyph: Glyph) -> Double { vertical ? glyph.maxY : glyph.maxX }
        #expect(abs(alongMin(head[0]) - start) < 0.05, "うけたまわ starts at \(alongMin(head[0])), the line at \(start)")
        #expect(abs(alongMax(tail[4]) - end) < 0.05, "こころざし ends at \(alongMax(tail[4])), the line at \(end)")
        // The base 承 is spread 1:2:1 over the complex's 24pt at the head: 6pt in.
        let base = try #require(glyphs.first { $0.character == "承" })
        #expect(abs(alongMin(base) - start - 6) < 0.05, "承 starts at \(alongMin(base))")
        // MuPDF reports the 6pt before the spread 志 as a space: leave spaces out.
        let lines = CompositionInPDFTests.lines(glyphs, vertical: vertical, bodySize: 12)
            .map { String($0.map(\.character).filter { $0 != " " }) }
        #expect(lines.contains("承りるれろわをんあいうえおかきくけこさしすせそたちつてとなにぬねのはひふへ志"), "\(lines)")
    }

    // MARK: - Item 8: emphasis dots

    @Test("圏点 in horizontal text: a sesame dot ﹅ with about 3pt of ink, centred over each character, in the line gap")
    func emphasisDots() throws {
        let (glyphs, pdf) = try build("気持ちは《《何度》》変わります。", mode: "horizontal", paper: "A5")
        let dots = glyphs.filter { $0.character == "\u{FE45}" }
        try #require(dots.count == 2, "dots: \(glyphs.filter { $0.size < 12 }.map(\.character))")
        let bases = try ["何", "度"].map { name in try #require(glyphs.first { $0.character == Character(name) && $0.size == 12 }) }
        let page = try GrayPage(pdf: pdf, pixelsPerPoint: 4)
        for (dot, base) in zip(dots, bases) {
            #expect(abs(dot.size - 9.6) < 0.01)
            let ink = try #require(page.inkBox(minX: dot.minX, maxX: dot.maxX, minY: dot.minY - 2, maxY: base.minY))
            // BIZ UD's sesame inks 0.31 of its em: 3.0pt at 9.6pt (a pixel is 0.25pt).
            #expect(abs(ink.maxY - ink.minY - 3.0) < 0.3, "ink \(ink.maxY - ink.minY)pt tall")
            #expect(abs(ink.maxX - ink.minX - 3.0) < 0.3, "ink \(ink.maxX - ink.minX)pt wide")
            // Centred over the character (its ink 0.35pt left of the dot's em-box centre in BIZ UD).
            #expect(abs((ink.minX + ink.maxX) / 2 - (base.minX + base.maxX) / 2) < 0.5)
            // In the line gap, 1.5pt above the character's em box (12pt, top at its minY).
            #expect(abs(base.minY - ink.maxY - 1.5) < 0.3, "ink ends \(base.minY - ink.maxY)pt above the em box")
        }
    }
}

/// A page rendered in grey by MuPDF, for measuring ink.
struct GrayPage {
    let width: Int, height: Int
    let pixels: [UInt8]
    let scale: Double

    init(pdf: String, pixelsPerPoint: Double) throws {
        let file = Repository.temporaryFolder() + "/page.pgm"
        _ = try Run.tool("mutool", ["draw", "-q", "-r", String(Int(72 * pixelsPerPoint)), "-c", "gray", "-o", file, pdf, "1"])
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        // "P5\n<width> <height>\n255\n" then one byte a pixel.
        var fields: [Int] = [], index = 2, number = 0, inNumber = false
        while fields.count < 3 {
            let byte = data[index]
            if (48...57).contains(byte) { number = number * 10 + Int(byte - 48); inNumber = true }
            else if inNumber { fields.append(number); number = 0; inNumber = false }
            index += 1
        }
        (width, height, scale) = (fields[0], fields[1], pixelsPerPoint)
        pixels = Array(data[index...])
    }

    /// The box (in points) of the dark pixels inside a box given in points, or nil if none.
    func inkBox(minX: Double, maxX: Double, minY: Double, maxY: Double) -> (minX: Double, maxX: Double, minY: Double, maxY: Double)? {
        var box: (Int, Int, Int, Int)?
        for y in Int(minY * scale)..<Int(maxY * scale) {
            for x in Int(minX * scale)..<Int(maxX * scale) where pixels[y * width + x] < 128 {
                box = box.map { (min($0.0, x), max($0.1, x + 1), min($0.2, y), max($0.3, y + 1)) } ?? (x, x + 1, y, y + 1)
            }
        }
        return box.map { (Double($0.0) / scale, Double($0.1) / scale, Double($0.2) / scale, Double($0.3) / scale) }
    }
}
