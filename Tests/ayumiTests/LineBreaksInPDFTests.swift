import AyumiTestSupport
import Foundation
import Testing

/// Issue 15 items 1 and 6 where readers see them: Tests/ayumiTests/Fixtures/line-breaks.yaml
/// built with templates/article (A5, 12pt, horizontal) and read back with MuPDF. Positions are
/// glyph origins; tolerance 0.01pt (0.02pt where a justified line's rounding shows).
@Suite("Line breaks measured from the PDF")
struct LineBreaksInPDFTests {
    static let size = 12.0

    /// The body lines of page 1, as text and glyphs.
    static func bodyLines() throws -> [[CompositionInPDFTests.Glyph]] {
        let folder = Repository.temporaryFolder()
        let build = try Run.ayumi(["build", "templates/article", "--data",
                                   Repository.path("Tests/ayumiTests/Fixtures/line-breaks.yaml"), "-o", folder + "/o.pdf"])
        try #require(build.status == 0, "\(build.standardError)")
        let page = try CompositionInPDFTests.glyphs(folder + "/o.pdf")[0].filter { abs($0.size - size) < 0.01 }
        return CompositionInPDFTests.lines(page, vertical: false, bodySize: size)
    }

    static func isJapanese(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0x3041...0x30FF).contains(value) || (0x4E00...0x9FFF).contains(value)
    }

    @Test("URLs, e-mail addresses and paths break at / . - @, and no line before them is stretched apart")
    func addressesAndLooseLines() throws {
        let lines = try Self.bodyLines()
        // MuPDF reports a typed space set as the ¼ em 和欧間 with a space of its own beside it:
        // runs of spaces are read as one.
        #expect(lines.map { String($0.map(\.character)).replacing(/\ +/, with: " ") } == [
            "人生会議の進め方や、ノートの書き方の見本は、市",
            "の「ホームページ」https://www.city.mirai.example.jp/",
            "kurashi/koureisha/acp.html に載せています。紙の見本",
            "がほしい方は、窓口でお渡しします。",
            "ご質問は、高齢者支援課の専用アドレス acp-soudan",
            "@city.mirai.example.jp までお送りください。書式の",
            "ファイルは /srv/ayumi/templates/jinsei-note/ にあり",
            "ます。",
            "大切なことは、何度でも話し合うことです。今年の会議",
            "は終わりました。「来年もまた話しましょう」と家族で決",
            "めました。（詳しくは別紙。）それでも大丈夫です。",
        ])
        // The space justification adds between two kana or kanji, per line: 1.22pt (0.1 em) at
        // most; before, 「ホ　ー　ム」 stood 43pt apart and 「書　式」 26pt.
        let added = lines.map { line in
            zip(line, line.dropFirst()).filter { Self.isJapanese($0.character) && Self.isJapanese($1.character) }
                .map { $1.x - $0.x - Self.size }.max() ?? 0
        }
        #expect(abs(added.max()! - 1.22) < 0.01, "\(added)")
        // ホームページ is set solid.
        let home = lines[1].filter { "ホームページ".contains($0.character) }
        for (a, b) in zip(home, home.dropFirst()) { #expect(abs(b.x - a.x - Self.size) < 0.01) }
    }

    @Test("the half em after 。 stays before 「 and （ (JLREQ 3.1.9): 6pt between their origins at 12pt")
    func fullStopBeforeBracket() throws {
        let lines = try Self.bodyLines()
        var pairs = 0
        for line in lines {
            for (a, b) in zip(line, line.dropFirst()) where a.character == "。" && (b.character == "「" || b.character == "（") {
                // 。 takes the first half of its em, 「 the second half of its own: ½ em apart.
                #expect(abs(b.x - a.x - 6) < 0.02, "\(b.character) is \(b.x - a.x)pt after 。")
                pairs += 1
            }
        }
        #expect(pairs == 2)
    }
}
