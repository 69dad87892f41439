import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

@Suite("Table of contents")
struct ContentsTests {
    /// Each entry's text and printed number (its last glyph run).
    func entries(_ result: LayoutResult) -> [(text: String, number: String)] {
        var runs: [StructureElement.ID: [String]] = [:]
        for page in result.pages {
            for case .glyphRun(let run) in page.items { if let id = run.structure { runs[id, default: []].append(run.text) } }
        }
        return result.structure.filter { $0.role == .tableOfContentsItem }.map { element in
            let texts = runs[element.id] ?? []
            return (texts.dropLast().joined(), texts.last ?? "")
        }
    }

    @Test("every heading after the table of contents is listed with the page it is on", arguments: [
        (WritingMode.horizontal, PageMaster.Numbering.arabic), (.horizontal, .kanji), (.vertical, .arabic),
    ])
    func numbers(mode: WritingMode, numbering: PageMaster.Numbering) throws {
        let result = DocumentLayout(shaper: FakeShaper()).layout(Samples.withContents(mode: mode, numbering: numbering))
        #expect(result.diagnostics.isEmpty)
        let entries = entries(result)
        // 4 chapters with 2 parts each; 目次 itself (before the block) is not listed.
        #expect(entries.count == 12)
        #expect(entries.first?.text == "わたしのこと")
        #expect(!entries.contains { $0.text == "目次" })
        // Walk the headings after the table of contents in reading order and compare pages.
        var pages: [String] = []
        var seenContents = false
        for element in result.structure {
            if element.role == .tableOfContents { seenContents = true }
            guard seenContents, case .heading = element.role else { continue }
            let page = result.pages.firstIndex { $0.items.contains { $0.structure == element.id } }
            pages.append(page.flatMap { numbering.label(forPage: $0 + 1) } ?? "?")
        }
        #expect(entries.map(\.number) == pages)
        #expect(Set(pages).count > 3)
    }

    @Test("a long heading wraps; the leader and the number go on its last line, at the end of the measure")
    func longEntry() throws {
        let long = String(repeating: "とても長い見出し", count: 6)
        let document = Document(metadata: DocumentMetadata(title: "t"), page: Samples.page(), blocks: [
            .tableOfContents(TableOfContentsBlock(depth: 1, style: Samples.plain)), .pageBreak, Samples.headingBlock(long),
        ])
        let result = DocumentLayout(shaper: FakeShaper()).layout(document)
        let items = result.pages[0].items
        let runs = items.compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
        // A listed heading is ragged text: it wraps between phrases, its lines balanced.
        #expect(runs.dropLast().map(\.text) == ["とても長い見出しとても長い見出しとても", "長い見出しとても長い見出しとても", "長い見出しとても長い見出し"])
        #expect(runs.dropLast().map(\.text).joined() == long)
        let number = try #require(runs.last)
        #expect(number.text == "2")
        let leader = try #require(items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }.first)
        #expect(leader.stroke.dash == .dotted)
        // The leader and the number share the entry's last line; the number ends at the measure's end.
        #expect(abs(leader.start.y - (number.glyphs[0].y - 10.5 * 0.88 + 5.25)) < 1e-6)
        let area = Samples.page().textArea
        #expect(abs(number.glyphs[0].x + 5.25 - area.maxX) < 1e-6)
        #expect(leader.end.x < number.glyphs[0].x)
    }
}
