import AyumiCompose
import AyumiFonts
import AyumiLayout
import AyumiModel
import AyumiRender
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

@Suite("Rendering pages to PDF with cairo")
struct PDFRendererTests {
    static let shaper: FontShaper = {
        var diagnostics = Diagnostics()
        let manifest = FontManifestLoader.load(Repository.path("fonts/manifest.yaml"), diagnostics: &diagnostics)!
        return FontShaper(library: FontLibrary(manifest: manifest, diagnostics: &diagnostics))
    }()

    func render(_ text: String, family: String = "mincho", mode: WritingMode = .horizontal) throws -> String {
        let style = TextStyle(family: family, size: .pt(12), linePitch: .pt(21))
        let document = Document(metadata: DocumentMetadata(title: "試し刷り", author: "みらい市"),
                                page: PageSetup(paper: .a5, writingMode: mode, margins: Margins(all: .mm(15))),
                                blocks: [.text(TextBlock(role: .paragraph, text: SourceText(generated: text), style: style))])
        let pages = DocumentLayout(shaper: Self.shaper).layout(document).pages
        let path = Repository.temporaryFolder() + "/render.pdf"
        try Data(try PDFRenderer().render(pages, metadata: document.metadata)).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("special characters extract exactly: circled numbers, half-width kana, long marks, 𠮷 from the fallback")
    func extraction() throws {
        let text = "①㈱ｱｲｳ〜ー…「𠮷」は吉ではありません。ABC 123"
        let path = try render(text)
        let extracted = try Run.tool("pdftotext", ["-enc", "UTF-8", path, "-"]).standardOutput
        #expect(extracted.withoutWhitespace == text.withoutWhitespace)
        let fonts = try Run.tool("pdffonts", [path]).standardOutput
        #expect(fonts.contains("+BIZUDMincho-Regular"))
        #expect(fonts.contains("+NotoSerifCJKjp-Regular"))
    }

    @Test("vertical forms extract as the original characters, never U+FFFD")
    func verticalForms() throws {
        let text = "（括弧）、句読点。ー〜…「かぎ」"
        let path = try render(text, mode: .vertical)
        let extracted = try Run.tool("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"]).standardOutput
        #expect(extracted.withoutWhitespace == text)
    }

    @Test("the document's title and author reach the PDF's metadata")
    func metadata() throws {
        let info = try Run.tool("pdfinfo", [try render("本文")]).standardOutput
        #expect(info.contains("試し刷り"))
        #expect(info.contains("みらい市"))
        #expect(info.contains("Pages:           1"))
    }
}
