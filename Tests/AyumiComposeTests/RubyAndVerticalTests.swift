import AyumiCompose
import AyumiModel
import AyumiTestSupport
import Testing

@Suite("Ruby, emphasis dots and vertical text")
struct RubyAndVerticalTests {
    let compose = Compose()
    let em = Compose.em

    func ruby(_ base: String, _ readings: String...) -> Inline {
        .ruby(Ruby(base: SourceText(generated: base), readings: readings.map { SourceText(generated: $0) }))
    }

    func text(_ string: String) -> Inline { .text(SourceText(generated: string)) }

    func rubyGlyphs(_ line: ComposedLine) -> [LineGlyph] { line.glyphs.filter { $0.layer == .ruby } }

    @Test("group ruby shorter than its base is spread 1:2:1: 紫陽花/あじさい at 10pt starts 1.25pt in, 7.5pt apart")
    func oneTwoOne() {
        let line = compose.paragraph([ruby("紫陽花", "あじさい")], measure: 100).lines[0]
        let along = rubyGlyphs(line).map(\.along)
        #expect(along == [1.25, 8.75, 16.25, 23.75])
        #expect(rubyGlyphs(line).allSatisfy { $0.size == 5 })
        #expect(line.units.map(\.width) == [30])
    }

    @Test("ruby sits above the base's em box, in the line gap, and shows no text of its own")
    func rubyPlacement() {
        let line = compose.paragraph([ruby("漢字", "かんじ")], measure: 100).lines[0]
        for glyph in rubyGlyphs(line) {
            #expect(abs(glyph.across - -(0.88 * 10 + 0.12 * 5)) < 1e-9)
            #expect(glyph.text.isEmpty)
        }
        #expect(line.glyphs.filter { $0.layer == .base }.map(\.text) == [0..<1, 1..<2])
    }

    @Test("jukugo ruby: each base character its own unit with its reading centred; the line may break between them")
    func jukugo() {
        let paragraph = compose.paragraph([text("あいう"), ruby("漢字", "かん", "じ"), text("です")], measure: 40)
        let lines = paragraph.lines.map { $0.units.map(\.text).joined() }
        #expect(lines == ["あいう漢", "字です"])
        let first = rubyGlyphs(paragraph.lines[0])
        #expect(first.map(\.along) == [30, 35])
        #expect(rubyGlyphs(paragraph.lines[1]).map(\.along) == [2.5])
    }

    @Test("a reading longer than its base overhangs neighbouring kana by at most one ruby character")
    func overhangOntoKana() {
        let line = compose.paragraph([text("あ"), ruby("字", "あいうえ"), text("い")], measure: 100).lines[0]
        let unit = line.units[1]
        #expect(unit.width == 10)
        #expect(rubyGlyphs(line).first?.along == unit.position - 5)
    }

    @Test("ruby never overhangs kanji: the base is spread under it instead")
    func noOverhangOntoKanji() {
        let line = compose.paragraph([text("山"), ruby("字", "あいうえ"), text("川")], measure: 100).lines[0]
        let unit = line.units[1]
        #expect(unit.width == 20)
        #expect(rubyGlyphs(line).first?.along == unit.position)
        #expect(line.glyphs.first { $0.layer == .base && $0.text == 1..<2 }?.along == unit.position + 5)
    }

    @Test("ruby does not change the line: the base line's units keep their places")
    func pitchUnchanged() {
        let plain = compose.paragraph("今日は人生会議の日です", measure: 200).lines[0].units.map(\.position)
        let withRuby = compose.paragraph([text("今日は"), ruby("人生会議", "じんせいかいぎ"), text("の日です")],
                                         measure: 200).lines[0].units
        #expect(withRuby.map(\.width).reduce(0, +) == 110)
        #expect(plain.last == withRuby.last?.position)
    }

    @Test("emphasis dots: one sesame dot ﹅ at 0.8 em centred over each character, none on punctuation")
    func emphasisDots() {
        let line = compose.paragraph([.emphasisDots([text("大切、です")])], measure: 200).lines[0]
        let dots = line.glyphs.filter { $0.layer == .emphasisDot }
        #expect(dots.count == 4)
        // The 8pt dot's em box centred on each 10pt character: 1pt in from its start.
        #expect(dots.map(\.along) == [1, 11, 31, 41])
        #expect(dots.allSatisfy { $0.glyphID == 0xFE45 && $0.size == 8 && $0.text.isEmpty })
        // Its em box centred on the ruby band above the base: band centre 8.8 + 2.5 = 11.3pt
        // above the baseline, the dot's baseline 0.38 of its em below that.
        #expect(dots.allSatisfy { abs($0.across - (-11.3 + 0.38 * 8)) < 1e-9 })
    }

    @Test("vertical emphasis dots: the same sesame dot, centred on the character, in the ruby band right of the column")
    func verticalEmphasisDots() {
        let line = Compose(direction: .vertical).paragraph([.emphasisDots([text("大切")])], measure: 200).lines[0]
        let dots = line.glyphs.filter { $0.layer == .emphasisDot }
        #expect(dots.map(\.along) == [1, 11])
        #expect(dots.allSatisfy { $0.glyphID == 0xFE45 && $0.size == 8 && $0.across == 7.5 })
    }

    @Test("vertical: Latin is rotated and centred on the column; kana stay upright")
    func rotatedLatin() {
        let vertical = Compose(direction: .vertical)
        let line = vertical.paragraph("あACPい", measure: 200).lines[0]
        let latin = line.glyphs.filter(\.isRotated)
        #expect(latin.count == 3)
        #expect(latin.allSatisfy { abs($0.across - -3.8) < 1e-9 })
        #expect(line.units.unit("A").position == 12.5)
        #expect(line.units.unit("い").position == 12.5 + 15 + 2.5)
    }

    @Test("vertical: tate-chu-yoko sets 12 upright across the column in one em")
    func tateChuYoko() {
        let vertical = Compose(direction: .vertical)
        let line = vertical.paragraph([text("11月"), .tateChuYoko(SourceText(generated: "30")), text("日")],
                                      measure: 200).lines[0]
        let tcy = line.units.unit("30")
        #expect(tcy.characterClass == .tateChuYoko)
        #expect(tcy.width == 10)
        let glyphs = line.glyphs.filter { $0.text == 3..<4 || $0.text == 4..<5 }
        #expect(glyphs.map(\.across) == [-5, 0])
        #expect(glyphs.allSatisfy { !$0.isRotated })
    }

    @Test("golden dumps of composed paragraphs", arguments: [
        ("brackets", "「人生会議」は、大切な人と（何度でも）話し合うことです。あなたの思い・希望を伝えましょう。", 120.0),
        ("latin", "英語では Advance Care Planning（ACP）と呼ばれ、11月30日は「人生会議の日」です。", 150.0),
        ("kinsoku", "ちょっと待ってください。ゆっくりでいいんです……。ベッドで、ゆっくり休みましょう——きっと大丈夫。", 100.0),
    ])
    func golden(name: String, text: String, measure: Double) {
        Golden.check(compose.paragraph(text, measure: measure, indent: em).textDump, file: "\(name).lines.txt",
                     folder: Self.folder)
    }

    static let folder = "/" + #filePath.split(separator: "/").dropLast().joined(separator: "/")
}
