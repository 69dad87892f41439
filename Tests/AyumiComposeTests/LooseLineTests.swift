import AyumiCompose
import AyumiModel
import Testing

/// Issue 15 items 1 and 6: breaks chosen over the whole paragraph so no line is stretched past
/// what JLREQ 3.8 allows when another set of breaks avoids it; break opportunities inside URLs,
/// e-mail addresses and paths; the half em after 。 kept before 「 and （. Positions are exact
/// (1 em = 10pt with the fake shaper; tolerance 1e-6pt).
@Suite("Loose lines, addresses and the half em after 。")
struct LooseLineTests {
    let compose = Compose()

    /// The largest space added by justification between two kana or kanji of a line.
    static func largestAddedGap(_ line: ComposedLine) -> Double {
        let japanese: Set<CharacterClass> = [.hiragana, .katakana, .ideographic, .smallKana, .prolongedSoundMark]
        return zip(line.units, line.units.dropFirst())
            .filter { japanese.contains($0.characterClass) && japanese.contains($1.characterClass) }
            .map { $1.spaceBefore - $1.naturalSpaceBefore }.max() ?? 0
    }

    func texts(_ paragraph: ComposedParagraph) -> [String] { paragraph.lines.map { $0.units.map(\.text).joined() } }

    @Test("lines before a long unbreakable word share the stretch: 0.8 em gaps on two lines, not 8 em on one")
    func unbreakableWord() {
        // The line before AdvanceCarePlanning must end at 、, and greedy filling left 「容は、」
        // alone on it with 8 em gaps. Two lines of six characters (indent included) share it:
        // each has five gaps and 40pt to fill, (40 − 5 × 2.5) / 5 + 2.5 = 8pt each — no set of
        // breaks does better without hyphenating the word.
        let paragraph = compose.paragraph("ご家族と話し合った内容は、AdvanceCarePlanningの記録として残しておきましょう。",
                                          measure: 110, indent: 10)
        #expect(texts(paragraph) == ["ご家族と話し", "合った内容は、", "AdvanceCarePlanningの", "記録として残しておきま",
                                     "しょう。"])
        #expect(paragraph.lines.map(Self.largestAddedGap) == [8, 8, 0, 0, 0])
        for line in paragraph.lines.dropLast() { #expect(abs(line.extent - 110) < 1e-6) }
    }

    @Test("lines before an unbreakable telephone number share the stretch: ¼ em at most, not 0.6 em")
    func unbreakableNumber() {
        let paragraph = compose.paragraph("もしものときに備えて、かかりつけ医の連絡先（電話０１２‐３４５‐６７８９）を書いておきます。",
                                          measure: 120, indent: 10)
        #expect(texts(paragraph) == ["もしものときに備え", "て、かかりつけ医の連絡", "先（電話０１２‐３４５‐",
                                     "６７８９）を書いておき", "ます。"])
        #expect(paragraph.lines.map(Self.largestAddedGap) == [2.5, 1.25, 0, 1.25, 0])
        for line in paragraph.lines.dropLast() { #expect(abs(line.extent - 120) < 1e-6) }
    }

    @Test("「ホームページ」 before a URL is not stretched across its line; the URL breaks before a dot")
    func bracketedWordBeforeURL() {
        let paragraph = compose.paragraph("詳しくは「ホームページ」https://www.city.example.jp/kurashi/acp.html をご覧ください。",
                                          measure: 200, indent: 10)
        #expect(texts(paragraph) == ["詳しくは「ホームページ」https://www.city", ".example.jp/kurashi/acp.html をご覧くだ",
                                     "さい。"])
        #expect(paragraph.lines.map(Self.largestAddedGap) == [0, 1.25, 0])
        let first = paragraph.lines[0].units
        #expect(first.unit("ム").position - first.unit("ー").position == 10, "ホームページ is set solid")
    }

    @Test("a URL breaks after / and before ., never inside a word; a line of URL alone is letter-spaced evenly")
    func urlBreaks() {
        let paragraph = compose.paragraph("https://www.city.example.jp/kurashi/acp.html", measure: 100)
        #expect(texts(paragraph) == ["https://www.city", ".example.jp/kurashi/", "acp.html"])
        let first = paragraph.lines[0]
        #expect(abs(first.extent - 100) < 1e-6)
        // 16 half-em characters (80pt) spread over 15 gaps: 20pt / 15 each.
        for unit in first.units.dropFirst() { #expect(abs(unit.spaceBefore - 20.0 / 15) < 1e-6) }
        #expect(paragraph.lines[1].extent == 100)
        #expect(paragraph.lines[1].units.allSatisfy { $0.spaceBefore == 0 })
    }

    @Test("an e-mail address breaks before - or @, a path after /; 128/76, km/h and 3.5km stay whole")
    func mailAndPath() {
        let mail = compose.paragraph("ご質問は専用アドレス acp-soudan@city.example.jp までお送りください。", measure: 150, indent: 10)
        #expect(texts(mail) == ["ご質問は専用アドレス acp", "-soudan@city.example.jp までお", "送りください。"])
        let path = compose.paragraph("書式のファイルは /srv/ayumi/templates/jinsei-note/ にあります。", measure: 150, indent: 10)
        #expect(texts(path) == ["書式のファイルは /srv/ayumi/", "templates/jinsei-note/ にあり", "ます。"])
        for line in mail.lines.dropLast() + path.lines.dropLast() { #expect(abs(line.extent - 150) < 1e-6) }
        let numbers = compose.lines("体温は36.5℃、血圧は128/76、速さは12km/h、長さは3.5kmです。", measure: 60)
        #expect(numbers == ["体温は", "36.5℃、血圧", "は128/76、", "速さは", "12km/h、長さ", "は3.5kmで", "す。"])
    }

    @Test("the half em after 。 stays before 「 and （ on a squeezed line; the bracket after 」 gives way",
          arguments: ["「えお」", "（えお）"])
    func fullStopBeforeBracket(bracketed: String) {
        // あいう。「えお」か is 9.5 em set naturally with the indent, 9 em squeezed: at 9 em only the
        // half em after 」 may go.
        let line = compose.paragraph("あいう。\(bracketed)かきくけこ", measure: 90, indent: 10).lines[0]
        #expect(line.units.map(\.text).joined() == "あいう。\(bracketed)か")
        let open = line.units[4], close = line.units[7]
        #expect(open.spaceBefore == 5, "\(line.units)")
        #expect(open.position - line.units.unit("。").position == 10)
        #expect(line.units.unit("か").spaceBefore == 0)
        #expect(close.characterClass == .closingBracket)
    }
}
