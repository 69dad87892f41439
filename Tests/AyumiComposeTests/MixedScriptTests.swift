import AyumiCompose
import AyumiModel
import Testing

/// Western punctuation, dashes and typed spaces in Japanese text (issue 15, items 2, 7, 11),
/// measured on composed units with the fake shaper (1 em = 10pt, ASCII ½ em, in both modes:
/// rotated Latin in vertical text is ½ em along the column too). Positions are exact.
@Suite("ASCII punctuation, ―― and typed spaces in Japanese text")
struct MixedScriptTests {
    let em = Compose.em

    // MARK: - Item 2: ASCII punctuation keeps the JLREQ rules

    @Test("an ASCII ( never ends a line beside Japanese text (JLREQ 3.1.8)")
    func asciiOpeningBracketNeverEndsALine() {
        let compose = Compose()
        // あいう + ¼ em + ( fits in 4 em; え does not: the break goes before (, not after it.
        // 「(えお」 would need gaps of more than ½ em, so the total-fit breaker takes 「(えおか」
        // and leaves き alone on the last line (a widow costs less: docs/composition.md).
        #expect(compose.lines("あいう(えおかき", measure: 40) == ["あいう", "(えおか", "き"])
        #expect(compose.lines("あいうえ(かきく", measure: 40) == ["あいうえ", "(かきく"])
    }

    @Test("ASCII ) , . : ; never start a line after kana (JLREQ 3.1.7)", arguments: [")", ",", ".", ":", ";"])
    func asciiClosingMarksNeverStartALine(mark: String) {
        // え goes down with the mark; 「え\(mark)か」 would need gaps of more than ½ em, so the
        // total-fit breaker fills the line and leaves く alone (docs/composition.md).
        #expect(Compose().lines("あいうえ\(mark)かきく", measure: 40) == ["あいう", "え\(mark)かき", "く"])
    }

    @Test("no 和欧間 between an ASCII bracket and what it encloses; ¼ em outside it",
          arguments: [TextDirection.horizontal, .vertical])
    func noSpaceInsideAsciiBrackets(direction: TextDirection) {
        let units = Compose(direction: direction).paragraph("あいう(評価)です").lines[0].units
        #expect(units.map(\.position) == [0, 10, 20, 32.5, 37.5, 47.5, 57.5, 65, 75])
        #expect(units.unit("(").characterClass == .openingBracket)
        #expect(units.unit(")").characterClass == .closingBracket)
        #expect(units.unit("評").spaceBefore == 0 && units.unit(")").spaceBefore == 0)
    }

    @Test("mixed widths: ASCII ( closed by a full-width ）keeps both brackets' rules and spacing")
    func mixedWidthBrackets() {
        let units = Compose().units("あ(評価）です")
        // あ, ¼ em, ( solid against 評, 価, ）half an em with its blank half after it.
        #expect(units.map(\.position) == [0, 12.5, 17.5, 27.5, 37.5, 47.5, 57.5])
        #expect(units.map(\.characterClass) == [.hiragana, .openingBracket, .ideographic, .ideographic,
                                                 .closingBracket, .hiragana, .hiragana])
    }

    @Test("inside a Latin word ASCII punctuation belongs to the word: 3.5, e.g., Care, (ACP)")
    func asciiPunctuationInsideLatinWords() {
        let units = Compose().units("3.5とe.g.とCare, Plan(ACP)と(評価)")
        let classes = units.filter { ".,()".contains($0.text) }.map(\.characterClass)
        #expect(classes == [.western, .western, .western, .western, .western, .western, .openingBracket, .closingBracket])
        // (ACP) is Latin text: ¼ em before と, none inside; (評価) is set as brackets.
        #expect(units.unit("と", 3).position - (units.unit(")").position + 5) == 2.5)
        #expect(units.unit("A").position == units.unit("(").position + 5)
        for measure in stride(from: 40.0, through: 90, by: 5) {
            let lines = Compose().lines("あいうえ e.g. Care, Plan", measure: measure)
            #expect(lines.contains { $0.contains("e.g.") } && lines.contains { $0.contains("Care,") }, "\(lines)")
        }
    }

    // MARK: - Item 7: ―― of U+2015

    @Test("―― of U+2015 is one inseparable dash (cl-08): never split, never spaced in a justified line")
    func horizontalBarDash() {
        let compose = Compose()
        for measure in stride(from: 40.0, through: 80, by: 5) {
            let lines = compose.lines("あいう――えお", measure: measure)
            #expect(lines.contains { $0.contains("――") }, "measure \(measure): \(lines)")
        }
        let line = compose.paragraph("あいう――えおかきくけこさ", measure: 65).lines[0]
        #expect(line.isJustified)
        let bars = line.units.filter { $0.text == "―" }
        #expect(bars.map(\.characterClass) == [.inseparable, .inseparable])
        #expect(bars.map(\.position) == [35, 45])
        #expect(bars[1].spaceBefore == 0 && line.units.unit("え").spaceBefore == 0)
    }

    @Test("―― of U+2015 in vertical text: one unbroken column of two ems")
    func horizontalBarDashVertical() {
        let line = Compose(direction: .vertical).paragraph("あいう――えおかきくけこさ", measure: 65).lines[0]
        #expect(line.units.filter { $0.text == "―" }.map(\.position) == [35, 45])
    }

    // MARK: - Item 11: a typed space between Japanese and Latin is the 和欧間

    @Test("a typed space between Japanese and Latin is the ¼ em 和欧間, not ½ em",
          arguments: [TextDirection.horizontal, .vertical])
    func typedSpaceIsJapaneseLatinSpace(direction: TextDirection) {
        let units = Compose(direction: direction).paragraph("英語では Advance と").lines[0].units
        #expect(units.unit("A").position == 42.5)
        #expect(units.unit("と").position == units.unit("e").position + 5 + 2.5)
        // Two typed spaces are still one 和欧間.
        let doubled = Compose(direction: direction).paragraph("英語では  Advance").lines[0].units
        #expect(doubled.unit("A").position == 42.5)
    }

    @Test("a typed 和欧間 stretches and shrinks as the 和欧間 does: the same line as without the space")
    func typedSpaceAdjustsLikeJapaneseLatinSpace() {
        let compose = Compose()
        for measure in [58.0, 62, 70] {
            let typed = compose.paragraph("あいう ABえおかきくけこさしす", measure: measure).lines[0].units
            let untyped = compose.paragraph("あいうABえおかきくけこさしす", measure: measure).lines[0].units
            #expect(typed.filter { $0.text != " " }.map(\.position) == untyped.map(\.position), "measure \(measure)")
        }
        // Between two Latin words a typed space stays a word space.
        let latin = compose.units("あ Care Plan")
        #expect(latin.unit("P").position - (latin.unit("e").position + 5) == 5)
    }
}
