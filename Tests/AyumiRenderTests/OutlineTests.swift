import AyumiLayout
import AyumiModel
import AyumiRender
import AyumiTestSupport
import Foundation
import Testing

@Suite("The PDF's outline")
struct OutlineTests {
    @Test("the title and headings become bookmarks, nested by level, pointing at their pages")
    func outline() throws {
        let blocks: [Block] = [
            .text(TextBlock(role: .title, content: Samples.text("わたしの人生ノート"), style: Samples.title)),
            Samples.headingBlock("はじめに"),
            Samples.paragraph("本文"),
            .pageBreak,
            Samples.headingBlock("医療のこと"),
            Samples.headingBlock("延命治療", level: 2),
        ]
        let result = DocumentLayout(shaper: RenderFixture.shaper).layout(
            Document(metadata: DocumentMetadata(title: "t"), page: Samples.page(), blocks: blocks))
        #expect(result.outline.map(\.title) == ["わたしの人生ノート", "はじめに", "医療のこと", "延命治療"])
        #expect(result.outline.map(\.pageIndex) == [0, 0, 1, 1])
        let path = Repository.temporaryFolder() + "/outline.pdf"
        try Data(try PDFRenderer().render(result, metadata: DocumentMetadata(title: "t"))).write(to: URL(fileURLWithPath: path))
        let shown = try Run.tool("mutool", ["show", path, "outline"]).standardOutput
        let lines = shown.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].contains("\"わたしの人生ノート\"") && lines[0].contains("#page=1"))
        #expect(lines[2].contains("\"医療のこと\"") && lines[2].contains("#page=2"))
        // The level-2 heading is nested one deeper than the level-1 heading before it.
        let depth = { (line: String) in line.prefix { $0 == "|" || $0 == "\t" || $0 == " " || $0 == "+" || $0 == "-" }.count }
        #expect(depth(lines[3]) > depth(lines[2]))
    }

    @Test("printed page numbers become the PDF's page labels; an unnumbered cover is 表紙")
    func pageLabels() throws {
        let result = DocumentLayout(shaper: RenderFixture.shaper).layout(Samples.withContents(numbering: .kanji))
        let path = Repository.temporaryFolder() + "/labels.pdf"
        try Data(try PDFRenderer().render(result, metadata: DocumentMetadata(title: "t"))).write(to: URL(fileURLWithPath: path))
        let labels = try Run.tool("mutool", ["show", path, "trailer/Root/PageLabels"]).standardOutput
        // 表紙 = FEFF 8868 7D19, 二 = 4E8C, 八 = 516B (UTF-16BE text strings).
        #expect(labels.contains("/Nums [ 0 <<"))
        #expect(labels.contains("<FEFF88687D19>") && labels.contains("<FEFF4E8C>") && labels.contains("<FEFF516B>"))
    }
}
