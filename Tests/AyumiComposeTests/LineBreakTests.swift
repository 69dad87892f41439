import AyumiCompose
import AyumiModel
import Testing

/// JLREQ 3.1.7, 3.1.8, 3.1.10 with vectors from jlreq-facts.md §3. Each text would break before
/// (or after) the character under test if breaking were naive: the line holds four ems.
@Suite("Line breaking")
struct LineBreakTests {
    let compose = Compose()

    @Test("never at line start (strict)", arguments: [
        "」", "）", "〜", "！", "？", "・", "：", "。", "、", "ー", "ッ", "ャ", "っ", "ゃ", "々", "ゝ", "』",
    ])
    func notAtLineStart(character: String) {
        let lines = compose.lines("あいうえ\(character)かきくけ", measure: 40)
        for line in lines.dropFirst() { #expect(!line.hasPrefix(character), "\(lines)") }
        #expect(lines.joined() == "あいうえ\(character)かきくけ")
    }

    @Test("small kana, ー and 々 may start a line when loose", arguments: ["ー", "ッ", "々"])
    func looseAllows(character: String) {
        let loose = Compose(settings: CompositionSettings(strictness: .loose))
        #expect(loose.lines("あいうえ\(character)かきく", measure: 40) == ["あいうえ", "\(character)かきく"])
    }

    @Test("never at line end", arguments: ["「", "（", "￥", "＄", "＃", "『"])
    func notAtLineEnd(character: String) {
        let lines = compose.lines("あいう\(character)えおかき", measure: 40)
        for line in lines.dropLast() { #expect(!line.hasSuffix(character), "\(lines)") }
    }

    @Test("「あ。」 breaks neither before 。 nor before 」")
    func bracketAndStop() {
        let lines = compose.lines("いろはにほ「あ。」と", measure: 60)
        for line in lines.dropFirst() { #expect(!line.hasPrefix("。") && !line.hasPrefix("」"), "\(lines)") }
    }

    @Test("unbreakable sequences stay on one line", arguments: [
        ("あいう——えお", "——"), ("あいう……えお", "……"), ("あいう‥‥えお", "‥‥"),
        ("あいう1,000.5円", "1,000.5"), ("あいう￥100です", "￥100"), ("あいう50％です", "50％"),
        ("あいう12.5℃です", "12.5℃"), ("あいうABCDです", "ABCD"),
    ])
    func unbreakable(text: String, sequence: String) {
        for measure in stride(from: 40.0, through: 80, by: 5) {
            let lines = compose.lines(text, measure: measure)
            #expect(lines.contains { $0.contains(sequence) }, "measure \(measure): \(lines)")
        }
    }

    @Test("Latin words break at spaces, and the space at the break disappears")
    func latinWords() {
        #expect(compose.lines("あいう Care Plan", measure: 45) == ["あいう", "Care Plan"])
        #expect(compose.lines("あいう Care Plan", measure: 40) == ["あいう", "Care", "Plan"])
    }

    @Test("a word longer than the line breaks rather than overflowing")
    func overlongWord() {
        let lines = compose.lines("https://example.jp/acp/registration", measure: 50)
        #expect(lines.count > 1)
        #expect(lines.joined() == "https://example.jp/acp/registration")
        for line in compose.paragraph("https://example.jp/acp/registration", measure: 50).lines {
            #expect(line.extent <= 50 + 1e-6)
        }
    }

    @Test("an explicit line break ends the line there, unjustified")
    func forcedBreak() {
        let paragraph = compose.paragraph([.text(SourceText(generated: "あいう")), .lineBreak(nil),
                                           .text(SourceText(generated: "えお"))], measure: 100)
        #expect(paragraph.lines.map { $0.units.map(\.text).joined() } == ["あいう", "えお"])
        #expect(!paragraph.lines[0].isJustified)
    }
}


@Suite("Line breaks inside plain text")
struct PlainTextBreakTests {
    @Test("a newline in plain text (a multi-line answer) is a forced break, not a missing character")
    func newline() {
        let paragraph = Compose().paragraph("一行目\n二行目", measure: 200)
        #expect(paragraph.lines.map { $0.units.map(\.text).joined() } == ["一行目", "二行目"])
        #expect(paragraph.missing.isEmpty)
    }

    @Test("a line holding only a space between two explicit breaks stays a (blank) line")
    func blankLine() {
        #expect(Compose().lines("あ\n \nい", measure: 200) == ["あ", "", "い"])
    }
}
