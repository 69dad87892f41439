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
        for (name, document) in documents {
            let result = DocumentLayout(shaper: RenderFixture.shaper, assets: RenderAssets()).layout(document)
            for diagnostic in result.diagnostics { print("\(name): \(diagnostic)") }
            for (index, page) in result.pages.enumerated() {
                let png = try PNGRenderer().render(page, dpi: 100)
                try Data(png).write(to: URL(fileURLWithPath: "\(folder)/\(name)-\(index + 1).png"))
            }
            let pdf = try PDFRenderer().render(result.pages, metadata: document.metadata)
            try Data(pdf).write(to: URL(fileURLWithPath: "\(folder)/\(name).pdf"))
            try Data(LayoutDump.text(result).utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name).layout.txt"))
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
