@testable import AyumiCompose
import AyumiModel
import AyumiTestSupport
import Testing

/// Ragged text (headings, titles, table cells, labels) breaks between phrases, its lines
/// balanced; justified body text is not affected (docs/composition.md, "Headings, display
/// lines and the text block").
@Suite("Phrase breaking for headings and display lines")
struct PhraseBreakTests {
    /// The phrases `text` falls into.
    func phrases(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let boundaries = PhraseBoundaries.boundaries(in: scalars)
        var result: [String] = [], current = ""
        for (index, scalar) in scalars.enumerated() {
            if boundaries[index] { result.append(current); current = "" }
            current.unicodeScalars.append(scalar)
        }
        return result + [current]
    }

    @Test("phrases from character classes", arguments: [
        // BudouX's README and BudouX.swift vectors (jlreq-facts.md §17).
        ("今日は天気です。", ["今日は", "天気です。"]),
        ("あなたに寄り添う最先端のテクノロジー。", ["あなたに", "寄り添う", "最先端の", "テクノロジー。"]),
        // The ACP leaflet's and the note's headings and cells.
        ("信頼できる人を思い浮かべる", ["信頼できる", "人を", "思い浮かべる"]),
        ("人生会議の5つのステップ", ["人生会議の", "5つの", "ステップ"]),
        ("ステップ2　話し合う", ["ステップ2　", "話し合う"]),
        ("迷ったときは、お気軽にご相談ください。", ["迷ったときは、", "お気軽に", "ご相談ください。"]),
        ("わたしの代わりに考えてほしい人（代理判断者）", ["わたしの", "代わりに", "考えてほしい", "人", "（代理判断者）"]),
        ("地域包括支援センター", ["地域包括支援センター"]),
        ("相談員", ["相談員"]),
        ("医療・介護の人たち", ["医療・", "介護の", "人たち"]),
    ])
    func boundaries(text: String, expected: [String]) {
        #expect(phrases(text) == expected)
    }

    @Test("a wrapped heading breaks between phrases, lines balanced: 「信頼できる人を」「思い浮かべる」")
    func headingWraps() {
        let ragged = Compose(settings: CompositionSettings(alignment: .start))
        // 13 characters in 11 em: breaking wherever JLREQ allows gives 「信頼できる人を思い浮か」「べる」.
        #expect(ragged.lines("信頼できる人を思い浮かべる", measure: 110) == ["信頼できる人を", "思い浮かべる"])
        // Three lines when the measure holds only one phrase and a bit.
        #expect(ragged.lines("信頼できる人を思い浮かべる", measure: 65) == ["信頼できる", "人を", "思い浮かべる"])
    }

    @Test("balanced lines: a title of two phrases splits near the middle, not full line and stub")
    func balanced() {
        let centred = Compose(settings: CompositionSettings(alignment: .center))
        // 「人生会議の」 5 + 「5つの」 2.5 + 「ステップ」 4 em in 10 em: greedy gives 「人生会議の5つの」「ステップ」.
        let paragraph = centred.paragraph([.text(SourceText(generated: "人生会議の5つのステップ"))], measure: 100)
        let lines = paragraph.lines.map { $0.units.map(\.text).joined() }
        #expect(lines == ["人生会議の", "5つのステップ"])
        // Lines are still centred in the full measure: (100 − 50) / 2, and (100 − 67.5) / 2 for
        // 5 (½ em), the ¼ em 和欧間 and つのステップ (6 em).
        #expect(paragraph.lines.map(\.offset) == [25, 16.25])
    }

    @Test("a phrase longer than the line still breaks, at a place JLREQ allows")
    func longPhrase() {
        let ragged = Compose(settings: CompositionSettings(alignment: .start))
        #expect(ragged.lines("地域包括支援センター", measure: 60) == ["地域包括支援", "センター"])
    }

    @Test("justified body text still breaks wherever JLREQ allows")
    func bodyUnchanged() {
        let body = Compose()
        #expect(body.lines("信頼できる人を思い浮かべる", measure: 110) == ["信頼できる人を思い浮か", "べる"])
    }
}
