import AyumiCompose
import AyumiFonts
import AyumiLayout
import AyumiModel
import AyumiRender
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// Writes every sample document's pages as PNG (and PDF) files to `$AYUMI_PREVIEW`, to look at
/// while working on layout. Does nothing without the variable.
@Suite("Previews")
struct PreviewTests {
    @Test("sample documents as PNG and PDF files")
    func previews() throws {
        guard let folder = ProcessInfo.processInfo.environment["AYUMI_PREVIEW"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fixtures = Repository.path("Tests/AyumiRenderTests/Fixtures")
        var documents: [(String, Document)] = [
            ("form-blank", Samples.form(.blank)), ("form-filled", Samples.form(.filled)),
            ("booklet", Samples.booklet()), ("flyer", Samples.verticalFlyer()),
            ("figures", Samples.figures(png: fixtures + "/shapes.png", jpeg: fixtures + "/gradient.jpg")),
        ]
        documents.append(("booklet-large", Samples.booklet().largePrint()))
        documents.append(("form-large", Samples.form(.filled).largePrint()))
        documents.append(("contents", Samples.withContents(numbering: .kanji)))
        documents.append(("contents-vertical", Samples.withContents(mode: .vertical)))
        let rows = (1...60).map { [Samples.text("山田　\($0)郎"), Samples.text("長男"), Samples.text("090-0000-\($0)")] }
        let table = TableBlock(columns: [.init(heading: Samples.text("名前"), width: .auto),
                                         .init(heading: Samples.text("続柄"), width: .fixed(.mm(18))),
                                         .init(heading: Samples.text("電話番号"), width: .relative(1))],
                               rows: rows, style: Samples.plain, headingStyle: Samples.small)
        documents.append(("long-table", Document(metadata: DocumentMetadata(title: "t"), page: Samples.page(),
                                                 blocks: [Samples.headingBlock("連絡先"), .table(table)])))
        let tall = BoxBlock(title: Samples.text("長い囲み"), titleStyle: Samples.small,
                            blocks: (0..<14).map { _ in Samples.paragraph("もしものときに備えて、大切にしていることを家族と話し合ってみませんか。") },
                            look: BoxLook(background: Color(red: 1, green: 0.97, blue: 0.9), cornerRadius: .mm(2)))
        documents.append(("vertical-box", Document(metadata: DocumentMetadata(title: "t"),
                                                   page: Samples.page(.postcard, mode: .vertical, margins: .mm(10)),
                                                   blocks: [.box(tall)])))
        for (name, document) in documents {
            let result = DocumentLayout(shaper: RenderFixture.shaper, assets: RenderAssets()).layout(document)
            for diagnostic in result.diagnostics { print("\(name): \(diagnostic)") }
            for (index, page) in result.pages.enumerated() {
                let png = try PNGRenderer().render(page, dpi: 100)
                try Data(png).write(to: URL(fileURLWithPath: "\(folder)/\(name)-\(index + 1).png"))
            }
            let pdf = try PDFRenderer().render(result, metadata: document.metadata)
            try Data(pdf).write(to: URL(fileURLWithPath: "\(folder)/\(name).pdf"))
            try Data(LayoutDump.text(result).utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name).layout.txt"))
        }
        // Print production: a page with bleed and crop marks, and a booklet imposed for saddle stitching.
        let booklet = DocumentLayout(shaper: RenderFixture.shaper, assets: RenderAssets()).layout(Samples.booklet()).pages
        let marked = PrintMarks.apply(to: booklet, bleed: .mm(3), cropMarks: true)
        try Data(try PNGRenderer().render(marked[0], dpi: 60)).write(to: URL(fileURLWithPath: "\(folder)/marks.png"))
        let contents = DocumentLayout(shaper: RenderFixture.shaper).layout(Samples.withContents()).pages
        for (index, side) in Imposition.saddleStitch(contents).enumerated() {
            try Data(try PNGRenderer().render(side, dpi: 40)).write(to: URL(fileURLWithPath: "\(folder)/imposed-\(index + 1).png"))
        }
    }
}

/// The real fonts of fonts/manifest.yaml, shaped with HarfBuzz.
enum RenderFixture {
    static let shaper: FontShaper = {
        var diagnostics = Diagnostics()
        let manifest = FontManifestLoader.load(Repository.path("fonts/manifest.yaml"), diagnostics: &diagnostics)!
        return FontShaper(library: FontLibrary(manifest: manifest, diagnostics: &diagnostics))
    }()
}
