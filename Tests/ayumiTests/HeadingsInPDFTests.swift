import AyumiTestSupport
import Foundation
import Testing

/// Headings set in their grid lines (行取り), broken between phrases, and the text block's
/// first line at its top edge, measured in real PDFs built from the templates (MuPDF's
/// glyph boxes are the em boxes of BIZ UD: 0.88 em above the baseline, 0.12 em below).
@Suite("Headings and the text block measured from the PDF")
struct HeadingsInPDFTests {
    typealias Glyph = CompositionInPDFTests.Glyph

    func build(_ template: String, data: String? = nil, dataFile: String? = nil) throws -> [[Glyph]] {
        let folder = Repository.temporaryFolder()
        try data?.write(toFile: folder + "/d.yaml", atomically: true, encoding: .utf8)
        let build = try Run.ayumi(["build", template, "--data", dataFile ?? folder + "/d.yaml", "-o", folder + "/o.pdf"])
        try #require(build.status == 0, "\(build.standardError)")
        return try CompositionInPDFTests.glyphs(folder + "/o.pdf")
    }

    struct Case: CustomStringConvertible, Sendable {
        var paper: String, mode: String, lines: Int
        var description: String { "\(paper) \(mode) 12pt: \(lines) lines" }
    }

    /// The article template at 12pt on its 21pt grid with 20 mm margins.
    @Test("a full page of the article holds every line that fits: A5 23, A4 35, vertical A5 15", arguments: [
        Case(paper: "A5", mode: "horizontal", lines: 23),
        Case(paper: "A4", mode: "horizontal", lines: 35),
        Case(paper: "A5", mode: "vertical", lines: 15),
    ])
    func linesPerPage(_ setting: Case) throws {
        let paragraph = String(repeating: "人生会議は、これからの医療やケアについて話し合うことです。", count: 160)
        let pages = try build("templates/article", data: """
            title: 行数
            page_size: \(setting.paper)
            writing_mode: \(setting.mode)
            font_size: 12pt
            body: \(paragraph)
            """)
        try #require(pages.count >= 3)
        let vertical = setting.mode == "vertical"
        let lines = CompositionInPDFTests.lines(pages[1], vertical: vertical, bodySize: 12)
        #expect(lines.count == setting.lines)
        // The first line's em box touches the text block's top (right edge in vertical text).
        let margin = 20 * 72 / 25.4
        let first = try #require(lines.first)
        if vertical {
            let right = (setting.paper == "A4" ? 595.2756 : 419.5276) - margin
            #expect(abs(first.map(\.maxX).max()! - right) < 0.05, "first column ends at \(first.map(\.maxX).max()!)")
        } else {
            #expect(abs(first.map(\.minY).min()! - margin) < 0.05, "first line starts at \(first.map(\.minY).min()!)")
        }
    }

    /// Lines of text between `minX` and `maxX`, grouped by baseline, as (text, top, bottom).
    func horizontalLines(_ glyphs: [Glyph], minX: Double, maxX: Double) -> [(text: String, top: Double, bottom: Double)] {
        var rows: [(y: Double, glyphs: [Glyph])] = []
        // MuPDF reports spaces (its own, between scripts, and 　) as " ": left out.
        for glyph in glyphs where glyph.minX >= minX && glyph.maxX <= maxX && !glyph.character.isWhitespace {
            if let index = rows.firstIndex(where: { abs($0.y - glyph.y) < 0.5 }) {
                rows[index].glyphs.append(glyph)
            } else {
                rows.append((glyph.y, [glyph]))
            }
        }
        return rows.sorted { $0.y < $1.y }.map { row in
            let sorted = row.glyphs.sorted { $0.minX < $1.minX }
            return (String(sorted.map(\.character)), sorted.map(\.minY).min()!, sorted.map(\.maxY).max()!)
        }
    }

    @Test("the leaflet's step 2 wraps between phrases and sits centred in its grid lines")
    func leafletStep() throws {
        let pages = try build("templates/acp-leaflet", dataFile: Repository.path("examples/acp-leaflet/leaflet.yaml"))
        // The inside's left panel (page 2), 10 mm margin and 3 panels with 20 mm gaps.
        let lines = horizontalLines(pages[1], minX: 0, maxX: 290)
        let step = try #require(lines.firstIndex { $0.text.hasPrefix("ステップ2") })
        #expect(lines[step].text == "ステップ2信頼できる")
        #expect(lines[step + 1].text == "人を思い浮かべる")
        // 14pt at 21pt pitch, 4.2pt before, on the 19.8pt grid: two lines (42) take three grid
        // lines (59.4), 8.7pt each side of their cells, so 8.7 + 3.5 + 3.9 = 16.1pt from the
        // body text's em boxes above and below (it was 11.6 above and 20.6 below).
        #expect(abs(lines[step].top - lines[step - 1].bottom - 16.1) < 0.05)
        #expect(abs(lines[step + 2].top - lines[step + 1].bottom - 16.1) < 0.05)
    }

    @Test("a heading with ruby keeps its space above the ruby, centred with it in its lines")
    func rubyHeading() throws {
        let pages = try build("templates/article", data: """
            title: 見出しのふりがな
            page_size: A5
            body: |
              もしものとき、あなたが大切にしたいことを、身近な人に伝えていますか。

              # {人生会議|じんせいかいぎ}とは
              人生会議は、これからの医療やケアについて考えることです。
            """)
        let glyphs = pages[0]
        let ruby = glyphs.filter { $0.size < 8 }
        let heading = glyphs.filter { $0.size == 15 }
        let body = glyphs.filter { $0.size == 12 }
        try #require(!ruby.isEmpty && !heading.isEmpty)
        let headingY = heading[0].y
        let above = body.filter { $0.y < headingY }.map(\.maxY).max()!
        let below = body.filter { $0.y > headingY }.map(\.minY).min()!
        // 7.5pt ruby over a 15pt heading at 22.5pt, 11.25pt before and 3.75pt after, on the 21pt
        // grid: 45pt take three grid lines (63), 16.5pt each side of ruby and line, so the ruby's
        // top and the heading's foot lie 16.5 + 3.75 + 4.5 = 24.75pt from the body text. (Without
        // ruby the heading takes two lines, 18pt from the text each side; with ruby it used to
        // take two as well, its ruby 10.5pt below the text above and its foot 18pt above the next.)
        #expect(abs(ruby.map(\.minY).min()! - above - 24.75) < 0.05)
        #expect(abs(below - heading.map(\.maxY).max()! - 24.75) < 0.05)
    }
}
