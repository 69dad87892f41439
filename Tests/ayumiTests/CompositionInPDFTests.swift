import AyumiTestSupport
import Foundation
import Testing

/// The composition rules, checked where residents see them: glyph positions in real PDFs built
/// from templates/article, read back with MuPDF (`mutool draw -F stext`).
@Suite("Composition measured from the PDF")
struct CompositionInPDFTests {
    /// One character as MuPDF reports it: text, origin, box and font size.
    struct Glyph {
        var character: Character
        var x: Double, y: Double
        var minX: Double, maxX: Double, minY: Double, maxY: Double
        var size: Double
    }

    /// Every glyph of every page.
    static func glyphs(_ pdf: String) throws -> [[Glyph]] {
        let xml = try Run.tool("mutool", ["draw", "-q", "-F", "stext", "-o", "-", pdf]).standardOutput
        var pages: [[Glyph]] = []
        var size = 0.0
        for line in xml.split(separator: "\n") {
            if line.hasPrefix("<page ") { pages.append([]) }
            if line.hasPrefix("<font "), let value = attribute("size", in: line) { size = Double(value) ?? 0 }
            guard line.hasPrefix("<char "), let quad = attribute("quad", in: line), let c = attribute("c", in: line),
                  let x = attribute("x", in: line).flatMap(Double.init), let y = attribute("y", in: line).flatMap(Double.init)
            else { continue }
            let q = quad.split(separator: " ").compactMap { Double($0) }
            let xs = [q[0], q[2], q[4], q[6]], ys = [q[1], q[3], q[5], q[7]]
            pages[pages.count - 1].append(Glyph(character: decode(c), x: x, y: y, minX: xs.min()!, maxX: xs.max()!,
                                                minY: ys.min()!, maxY: ys.max()!, size: size))
        }
        return pages
    }

    static func attribute(_ name: String, in line: Substring) -> String? {
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func decode(_ entity: String) -> Character {
        if entity.hasPrefix("&#x"), let value = UInt32(entity.dropFirst(3).dropLast(), radix: 16),
           let scalar = Unicode.Scalar(value) {
            return Character(scalar)
        }
        switch entity {
        case "&amp;": return "&"
        case "&lt;": return "<"
        case "&gt;": return ">"
        case "&quot;": return "\""
        case "&apos;": return "'"
        default: return entity.first ?? "?"
        }
    }

    /// Glyphs grouped into lines in reading order: by baseline (horizontal) or by column centre
    /// (vertical, right to left), then along the line.
    static func lines(_ glyphs: [Glyph], vertical: Bool, bodySize: Double) -> [[Glyph]] {
        let body = glyphs.filter { $0.size >= bodySize * 0.75 }
        let key: (Glyph) -> Double = vertical ? { ($0.minX + $0.maxX) / 2 } : { $0.y }
        var groups: [(key: Double, glyphs: [Glyph])] = []
        for glyph in body {
            // Within 0.6 em of a line's key: tate-chu-yoko digits sit a quarter em either side of
            // their column's centre; neighbouring lines are at least 1.5 em apart.
            if let index = groups.firstIndex(where: { abs($0.key - key(glyph)) < 0.6 * bodySize }) {
                groups[index].glyphs.append(glyph)
            } else {
                groups.append((key(glyph), [glyph]))
            }
        }
        groups.sort { vertical ? $0.key > $1.key : $0.key < $1.key }
        return groups.map { group in
            // By box centre: a half-width bracket's box starts half an em before its ink.
            group.glyphs.sorted { a, b in
                let alongA = vertical ? a.minY + a.maxY : a.minX + a.maxX
                let alongB = vertical ? b.minY + b.maxY : b.minX + b.maxX
                // Tate-chu-yoko digits share a place along the column: then left to right.
                return abs(alongA - alongB) > 0.5 ? alongA < alongB : a.minX < b.minX
            }
        }
    }

    static let cannotStart = Set("、。，．）」』】〕〉》］｝・：；！？ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ〜‐…‥")
    static let cannotEnd = Set("（「『【〔〈《［｛￥＄＃")

    struct Case: CustomStringConvertible, Sendable {
        var size: String, paper: String, mode: String
        var description: String { "\(size) \(paper) \(mode)" }
        var isVertical: Bool { mode == "vertical" }
        /// The body text's size in points.
        var points: Double { Double(size.dropLast(2))! }
        /// Where a full line ends along the page: the article's 20 mm margin from the right
        /// edge (horizontal) or the foot (vertical).
        var measureEnd: Double {
            let paper: (Double, Double) = self.paper == "A4" ? (595.2756, 841.8898) : (419.5276, 595.2756)
            return (isVertical ? paper.1 : paper.0) - 20 * 72 / 25.4
        }
    }

    /// Builds templates/article from `fixture` (a data file in Tests/ayumiTests/Fixtures) at
    /// `setting`'s size, paper and writing mode; returns the PDF's path.
    static func buildArticle(_ fixture: String, _ setting: Case) throws -> String {
        let folder = Repository.temporaryFolder()
        var data = try String(contentsOfFile: Repository.path("Tests/ayumiTests/Fixtures/\(fixture)"), encoding: .utf8)
        data += "font_size: \(setting.size)\npage_size: \(setting.paper)\nwriting_mode: \(setting.mode)\n"
        try data.write(toFile: folder + "/data.yaml", atomically: true, encoding: .utf8)
        let build = try Run.ayumi(["build", "templates/article", "--data", folder + "/data.yaml", "-o", folder + "/out.pdf"])
        try #require(build.status == 0, "\(build.standardError)")
        return folder + "/out.pdf"
    }

    static let cases: [Case] = ["10.5pt", "12pt", "14pt"].flatMap { size in
        ["A4", "A5"].flatMap { paper in ["horizontal", "vertical"].map { Case(size: size, paper: paper, mode: $0) } }
    }

    @Test("rules hold in the PDF: no prohibited line start or end, no split sequence, lines flush, one pitch",
          arguments: cases)
    func rulesHold(_ setting: Case) throws {
        let pdf = try Self.buildArticle("composition-prose.yaml", setting)
        let vertical = setting.isVertical, size = setting.points, measureEnd = setting.measureEnd
        let pitch = size * 1.75
        var allText = ""
        for page in try Self.glyphs(pdf) {
            let lines = Self.lines(page, vertical: vertical, bodySize: size)
            var bodyKeys: [Double] = []
            for (number, line) in lines.enumerated() {
                let text = String(line.map(\.character))
                allText += text
                if number > 0, let first = line.first?.character {
                    #expect(!Self.cannotStart.contains(first), "\(setting): line starts with \(first): \(text)")
                }
                if let last = line.last?.character {
                    #expect(!Self.cannotEnd.contains(last), "\(setting): line ends with \(last): \(text)")
                }
                let isBody = line.allSatisfy { abs($0.size - size) < 0.01 }
                let end = vertical ? line.map(\.maxY).max()! : line.map(\.maxX).max()!
                if isBody, abs(end - measureEnd) > 0.1 {
                    // Only a paragraph's last line may fall short of the measure.
                    #expect(text.hasSuffix("。") || text.hasSuffix("！") || text.hasSuffix("？"),
                            "\(setting): short line that does not end a paragraph: \(text) (\(end) vs \(measureEnd))")
                }
                #expect(end <= measureEnd + 0.1, "\(setting): line overflows: \(text)")
                if isBody {
                    // The median glyph centre: tate-chu-yoko digits sit off the column's centre.
                    let keys = line.map { vertical ? ($0.minX + $0.maxX) / 2 : $0.y }.sorted()
                    bodyKeys.append(keys[keys.count / 2])
                }
            }
            // Body lines stand on one grid: every gap is a whole number of pitches.
            for (a, b) in zip(bodyKeys, bodyKeys.dropFirst()) {
                let steps = abs(b - a) / pitch
                #expect(abs(steps - steps.rounded()) < 0.01, "\(setting): lines \(abs(b - a))pt apart, pitch \(pitch)")
            }
        }
        for sequence in ["……", "——", "36.5℃", "￥1,500", "3.5km", "Advance", "Planning", "128/76"] {
            #expect(allText.contains(sequence), "\(setting): \(sequence) is split across lines")
        }
    }

    /// One-line paragraphs at 10pt measured from the PDF (jlreq-facts.md §4 vectors).
    @Test("spacing vectors: 「あ」「い」 2.5 em, 「あ・い」 2 em, 「あABCい」 1.25 em and ¼ em", arguments: [
        ("「あ」「い」", "あ", "い", 2.5),
        ("「あ・い」", "あ", "い", 2.0),
        ("「あABCい」", "あ", "A", 1.25),
    ])
    func spacingVectors(text: String, from: Character, to: Character, ems: Double) throws {
        let folder = Repository.temporaryFolder()
        try "title: 間隔\nbody: \(text)\nfont_size: 10pt\n".write(toFile: folder + "/d.yaml", atomically: true, encoding: .utf8)
        #expect(try Run.ayumi(["build", "templates/article", "--data", folder + "/d.yaml", "-o", folder + "/o.pdf"]).status == 0)
        let glyphs = try Self.glyphs(folder + "/o.pdf")[0].filter { $0.size == 10 }
        let a = try #require(glyphs.first { $0.character == from })
        let b = try #require(glyphs.first { $0.character == to })
        #expect(abs(b.x - a.x - ems * 10) < 0.01, "\(text): \(b.x - a.x)")
        if text.contains("ABC") {
            let c = try #require(glyphs.first { $0.character == "C" })
            let i = try #require(glyphs.first { $0.character == "い" })
            #expect(abs(i.x - c.maxX - 2.5) < 0.01, "い is \(i.x - c.maxX)pt after C")
        }
    }

    @Test("vertical text extracts in reading order within each column (pdftotext)")
    func verticalExtraction() throws {
        let folder = Repository.temporaryFolder()
        try "title: 縦\nbody: |\n  人生会議は、これからの医療やケアについて話し合うことです。\nwriting_mode: vertical\npage_size: A5\n"
            .write(toFile: folder + "/d.yaml", atomically: true, encoding: .utf8)
        #expect(try Run.ayumi(["build", "templates/article", "--data", folder + "/d.yaml", "-o", folder + "/o.pdf"]).status == 0)
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", folder + "/o.pdf", "-"]).standardOutput.withoutWhitespace
        for column in try Self.lines(Self.glyphs(folder + "/o.pdf")[0], vertical: true, bodySize: 12) {
            #expect(text.contains(String(column.map(\.character))), "column \(String(column.map(\.character)))")
        }
        #expect(!text.contains("\u{FFFD}"))
    }
}
