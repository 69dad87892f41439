import AyumiCompose
import AyumiModel
import AyumiTestSupport
import Testing

/// A reading that overhangs its neighbours mid-line is re-settled when its complex starts or
/// ends a line: it aligns with the line's edge instead of reaching into the margin (JLREQ 3.3).
/// Fake shaper at 10pt: 字 with あいうえ (20pt of 5pt ruby) overhangs kana by 5pt a side mid-line.
@Suite("Ruby at the head and end of a line")
struct RubyAtLineEdgesTests {
    func ruby(_ base: String, _ reading: String) -> Inline {
        .ruby(Ruby(base: SourceText(generated: base), readings: [SourceText(generated: reading)]))
    }

    func text(_ string: String) -> Inline { .text(SourceText(generated: string)) }

    static let directions: [TextDirection] = [.horizontal, .vertical]

    @Test("at the line head the reading starts at the line's edge and the base is spread under the rest",
          arguments: directions)
    func lineHead(_ direction: TextDirection) {
        let paragraph = Compose(direction: direction)
            .paragraph([text("あいうえ"), ruby("字", "あいうえ"), text("いろ")], measure: 40)
        #expect(paragraph.lines.map { $0.units.map(\.text).joined() } == ["あいうえ", "字いろ"])
        let line = paragraph.lines[1]
        // Mid-line the complex would be 10pt with the reading at -5…15; at the head it is 15pt,
        // the reading at 0…20 (still overhanging い by 5pt) and the base 2.5pt in (1:2:1).
        #expect(line.units.map(\.position) == [0, 15, 25])
        #expect(line.glyphs.filter { $0.layer == .ruby }.map(\.along) == [0, 5, 10, 15])
        #expect(line.glyphs.first { $0.layer == .base }?.along == 2.5)
        #expect(line.glyphs.allSatisfy { $0.along >= 0 })
        // Mid-line the same complex keeps overhanging both neighbours.
        let middle = Compose(direction: direction).paragraph([text("あ"), ruby("字", "あいうえ"), text("い")], measure: 100)
        #expect(middle.lines[0].units.map(\.position) == [0, 10, 20])
        #expect(middle.lines[0].glyphs.filter { $0.layer == .ruby }.map(\.along) == [5, 10, 15, 20])
    }

    @Test("at the line end the reading finishes at the line's edge", arguments: directions)
    func lineEnd(_ direction: TextDirection) {
        let paragraph = Compose(direction: direction)
            .paragraph([text("あいう"), ruby("字", "あいうえ"), text("いろは")], measure: 45)
        #expect(paragraph.lines.map { $0.units.map(\.text).joined() } == ["あいう字", "いろは"])
        let line = paragraph.lines[0]
        // The reading overhangs う by 5pt (25…45) and ends with the line; the base is spread 1:2:1
        // over the complex's 15pt.
        #expect(line.units.map(\.position) == [0, 10, 20, 30])
        #expect(line.glyphs.filter { $0.layer == .ruby }.map(\.along) == [25, 30, 35, 40])
        #expect(line.glyphs.first { $0.text == 3..<4 }?.along == 32.5)
        #expect(line.extent == 45)
    }

    @Test("line breaking counts the longer complex: it moves to the next line rather than sticking out")
    func breakingCounts() {
        // Mid-line 字 is 10pt and would fit after あいう in 40pt; at the line end it needs 15pt.
        let paragraph = Compose().paragraph([text("あいう"), ruby("字", "あいうえ"), text("いろ")], measure: 40)
        #expect(paragraph.lines.map { $0.units.map(\.text).joined() } == ["あいう", "字いろ"])
        #expect(paragraph.lines.allSatisfy { line in
            line.glyphs.allSatisfy { $0.along >= 0 && $0.along + $0.size * ($0.layer == .base ? 1 : 0.5) <= 40 + 1e-9 }
        })
    }

    @Test("a mono-ruby reading of one character is centred on its base")
    func monoRubyCentred() {
        let line = Compose().paragraph([text("大きな"), ruby("木", "き")], measure: 100).lines[0]
        #expect(line.glyphs.filter { $0.layer == .ruby }.map(\.along) == [32.5])
    }

    @Test("golden dump: vertical ruby at a line's end (15pt complex), mid-line (10pt) and at a line's head (15pt)")
    func golden() {
        let paragraph = Compose(direction: .vertical).paragraph(
            [text("あいう"), ruby("字", "あいうえ"), text("い"), ruby("字", "あいうえ"), text("ろは"),
             ruby("字", "あいうえ"), text("あいう")], measure: 45)
        #expect(paragraph.lines.map { $0.units.map(\.text).joined() } == ["あいう字", "い字ろは", "字あいう"])
        Golden.check(paragraph.textDump, file: "ruby-line-edges.lines.txt", folder: RubyAndVerticalTests.folder)
    }
}
