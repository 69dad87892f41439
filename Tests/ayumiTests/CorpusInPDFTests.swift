import AyumiTestSupport
import Foundation
import Testing

/// Issue 15's corpus (Fixtures/composition-corpus.yaml) built with templates/article in both
/// writing modes, 10.5/12/14 pt, A4/A5, and measured in the PDF (MuPDF's text extraction, as in
/// CompositionInPDFTests): no line starts or ends with a character JLREQ forbids there, no body
/// line but a paragraph's last falls short of the measure or overflows it, and no gap between
/// two kana or kanji is wider than half an em. URLs may break before `.` `-` `_` `?` `#` `@`, so
/// those are not checked at line starts here (the composer-level CorpusCompositionTests checks
/// URL breaks with the URL known).
@Suite("The composition corpus measured from the PDF")
struct CorpusInPDFTests {
    static let cannotStart = Set("、。，）」』】〕〉》］｝・：；！？ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ〜‐),:;!")
    static let cannotEnd = Set("（「『【〔〈《［｛￥＄＃(")

    /// The last four characters of each paragraph as printed (ruby readings left out): a line
    /// ending so is a paragraph's last and may be short.
    static let paragraphEnds: [String] = {
        CompositionCorpus.paragraphs.map { String(CompositionCorpus.printed($0).filter { !$0.isWhitespace }.suffix(4)) }
    }()

    @Test("line starts and ends, flush lines and gaps ≤ ½em in the built PDF", arguments: CompositionInPDFTests.cases)
    func corpusRulesHold(_ setting: CompositionInPDFTests.Case) throws {
        try #require(Self.paragraphEnds.count == 17)
        let pdf = try CompositionInPDFTests.buildArticle(CompositionCorpus.fixture, setting)
        let vertical = setting.isVertical, size = setting.points, measureEnd = setting.measureEnd
        var problems: [String] = []
        var bodyLines = 0
        for (pageNumber, page) in try CompositionInPDFTests.glyphs(pdf).enumerated() {
            let lines = CompositionInPDFTests.lines(page, vertical: vertical, bodySize: size)
            for (number, line) in lines.enumerated() where line.allSatisfy({ abs($0.size - size) < 0.01 }) {
                bodyLines += 1
                let text = String(line.map(\.character))
                let label = "page \(pageNumber + 1) 「\(text)」"
                if number > 0, let first = line.first?.character, Self.cannotStart.contains(first) {
                    problems.append("\(label) starts with \(first)")
                }
                if let last = line.last?.character, Self.cannotEnd.contains(last) { problems.append("\(label) ends with \(last)") }
                let end = vertical ? line.map(\.maxY).max()! : line.map(\.maxX).max()!
                let printed = text.filter { !$0.isWhitespace }
                let endsParagraph = Self.paragraphEnds.contains { printed.hasSuffix($0) || $0.hasSuffix(printed) }
                if !endsParagraph, abs(end - measureEnd) > 0.1 { problems.append("\(label) is short: ends at \(end) of \(measureEnd)") }
                if end > measureEnd + 0.1 { problems.append("\(label) overflows: ends at \(end) of \(measureEnd)") }
                let pairs = zip(line, line.dropFirst()).filter { $0.0.character.isKanaOrKanji && $0.1.character.isKanaOrKanji }
                let gap = { (pair: (CompositionInPDFTests.Glyph, CompositionInPDFTests.Glyph)) in
                    vertical ? pair.1.minY - pair.0.maxY : pair.1.minX - pair.0.maxX
                }
                // The one line no set of breaks can keep within ½ em (worked out there).
                let unavoidable = CompositionCorpus.unavoidablyLoose.contains(text)
                if let widest = pairs.max(by: { gap($0) < gap($1) }), gap(widest) > 0.5 * size + 0.05, !unavoidable {
                    problems.append("\(label): a gap of \(String(format: "%.2f", gap(widest) / size))em in \(widest.0.character)\(widest.1.character)")
                }
            }
        }
        #expect(bodyLines > 17, "only \(bodyLines) body lines")
        #expect(problems == [], Comment(rawValue: "\(setting):\n" + problems.joined(separator: "\n")))
    }
}
