import AyumiCompose
import AyumiModel
import Testing

@Suite("Justification and widows")
struct JustificationTests {
    let compose = Compose()
    let em = Compose.em
    static let prose = """
        「人生会議」は、もしものときに備えて、あなたが大切にしていることや望み（医療・ケア）を、\
        家族や医療者と話し合う取り組みです。Advance Care Planning（ACP）とも呼ばれ、11月30日は\
        「人生会議の日」です。ゆっくり、何度でも話し合いましょう。ー々ッ……——￥1,000や50％、12.5℃も。
        """

    @Test("every line but the last reaches the measure exactly", arguments: [95.0, 100, 137.5, 200, 333])
    func flush(measure: Double) {
        let paragraph = compose.paragraph(Self.prose, measure: measure, indent: em)
        #expect(paragraph.lines.count > 2)
        for line in paragraph.lines.dropLast() {
            #expect(line.isJustified)
            #expect(abs(line.extent - measure) < 0.001, "\(line.units.map(\.text).joined()): \(line.extent)")
        }
        let last = try! #require(paragraph.lines.last)
        #expect(!last.isJustified && last.extent <= measure + 0.001)
    }

    /// From eight ems up: narrower, 「しょう。ー々ッ」 (seven ems that may not be split) cannot fit.
    @Test("no line breaks a rule, at any measure", arguments: Array(stride(from: 80.0, through: 320, by: 7.5)))
    func neverBreaksRules(measure: Double) {
        let paragraph = compose.paragraph(Self.prose, measure: measure, indent: em)
        let startForbidden: Set<CharacterClass> = [.closingBracket, .hyphen, .dividingPunctuation, .middleDot,
                                                   .fullStop, .comma, .iterationMark, .prolongedSoundMark, .smallKana]
        let endForbidden: Set<CharacterClass> = [.openingBracket, .prefixedAbbreviation]
        for (number, line) in paragraph.lines.enumerated() {
            if number > 0 { #expect(!startForbidden.contains(line.units[0].characterClass), "\(line.units[0].text)") }
            if number < paragraph.lines.count - 1 {
                #expect(!endForbidden.contains(line.units.last!.characterClass), "\(line.units.last!.text)")
            }
        }
        let text = paragraph.lines.map { $0.units.map(\.text).joined() }.joined()
        for sequence in ["……", "——", "￥1,000", "50％", "12.5℃", "Advance", "Planning"] {
            #expect(text.contains(sequence))
            #expect(paragraph.lines.contains { $0.units.map(\.text).joined().contains(sequence) },
                    "\(sequence) split at \(measure)")
        }
    }

    @Test("reduction comes before expansion: a line that fits by squeezing keeps its last character")
    func reductionFirst() {
        // あ「いう」えおか is 8 em set naturally (the brackets' blank halves included) and 7 em
        // squeezed; at 7.2 em squeezing is enough, so nothing moves to the next line.
        let line = compose.paragraph("あ「いう」えおかきくけこさしすせそ", measure: 72).lines[0]
        #expect(line.units.map(\.text).joined() == "あ「いう」えおか")
        #expect(line.units.unit("「").spaceBefore < 0.5 * em)
        #expect(abs(line.extent - 72) < 1e-9)
    }

    @Test("expansion goes to 和欧間 before the gaps between Japanese characters")
    func expansionOrder() {
        let paragraph = compose.paragraph("あいうえABCかきくけこさしすせそ", measure: 105)
        let first = paragraph.lines[0]
        #expect(first.units.map(\.text).joined() == "あいうえABCかきくけ")
        let latin = first.units.unit("A")
        #expect(latin.spaceBefore > latin.naturalSpaceBefore)
        #expect(first.units.unit("い").spaceBefore == 0)
    }

    @Test("a paragraph never ends with one character alone on its last line")
    func widow() {
        // At 5 em a line, 「あいうえおかきくけこさ」 would leave さ alone.
        let lines = compose.lines("あいうえおかきくけこさ", measure: 50)
        #expect(lines.last!.count >= 2, "\(lines)")
        #expect(lines.joined() == "あいうえおかきくけこさ")
        // Punctuation does not count: 「さ。」 alone is still a widow.
        let punctuated = compose.lines("あいうえおかきくけこさ。", measure: 50)
        #expect(punctuated.last!.filter { $0 != "。" }.count >= 2, "\(punctuated)")
    }

    @Test("hanging punctuation lets 、 and 。 sit past the measure")
    func hanging() {
        let hanging = Compose(settings: CompositionSettings(hangingPunctuation: true))
        let paragraph = hanging.paragraph("あいうえお。かきくけこ", measure: 50)
        #expect(paragraph.lines[0].units.map(\.text).joined() == "あいうえお。")
        #expect(paragraph.lines[0].extent > 50)
        #expect(Compose().lines("あいうえお。かきくけこ", measure: 50)[0] == "あいうえ")
    }
}
