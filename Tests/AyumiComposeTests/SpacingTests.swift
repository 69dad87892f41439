import AyumiCompose
import AyumiModel
import Testing

/// JLREQ 3.1.2–3.1.6 and 3.2.6, measured on composed units (1 em = 10pt).
@Suite("Spacing of punctuation and Latin text")
struct SpacingTests {
    let compose = Compose()
    let em = Compose.em

    @Test("consecutive punctuation: every pair occupies 1.5 em", arguments: [
        "。」", "、」", "」、", "」。", "、「", "。「", "」「", "「「", "」」", "」・", "・「", "）。", "（「",
    ])
    func pairTotals(pair: String) {
        let units = compose.units("あ\(pair)い")
        let a = units.unit("あ"), i = units.unit("い")
        #expect(abs(i.position - (a.position + a.width) - 1.5 * em) < 1e-9, "\(units)")
    }

    @Test("「あ」「い」 puts い 2.5 em after あ")
    func brackets() {
        let units = compose.units("「あ」「い」")
        #expect(abs(units.unit("い").position - units.unit("あ").position - 2.5 * em) < 1e-9)
    }

    @Test("「あ・い」 puts い 2 em after あ: the middle dot takes ¼ em each side")
    func middleDot() {
        let units = compose.units("「あ・い」")
        #expect(abs(units.unit("い").position - units.unit("あ").position - 2 * em) < 1e-9)
    }

    @Test("「あABCい」 puts A 1.25 em after あ and い 0.25 em after C (和欧間)")
    func japaneseLatin() {
        let units = compose.units("「あABCい」")
        let a = units.unit("あ"), latinA = units.unit("A"), c = units.unit("C"), i = units.unit("い")
        #expect(abs(latinA.position - a.position - 1.25 * em) < 1e-9)
        #expect(abs(i.position - (c.position + c.width) - 0.25 * em) < 1e-9)
    }

    @Test("no 和欧間 at the line's edges")
    func noSpaceAtEdges() {
        let paragraph = compose.paragraph("ABCあいうえおかきDEF", measure: 55)
        #expect(paragraph.lines[0].units[0].position == 0)
        for line in paragraph.lines { #expect(line.units[0].spaceBefore == 0) }
    }

    @Test("an opening bracket at the paragraph head sits 1 em in (3.1.5 ①); on a wrapped line at the edge")
    func openingBracketAtHead() {
        let paragraph = compose.paragraph("「あいうえおかきくけこ」", measure: 50, indent: em)
        #expect(paragraph.lines[0].units[0].text == "「")
        #expect(paragraph.lines[0].units[0].position == em)
        let wrapped = compose.paragraph("あいうえ「おかきくけこさしすせそ」", measure: 50)
        let head = wrapped.lines.first { $0.units[0].text == "「" }
        #expect(head?.units[0].position == 0)
    }

    @Test("full-width ？ and ！ stay a full em")
    func dividingPunctuation() {
        let units = compose.units("あ？い")
        #expect(units.unit("？").width == em)
        #expect(units.unit("い").position - units.unit("あ").position == 2 * em)
    }
}
