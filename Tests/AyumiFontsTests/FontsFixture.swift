import AyumiCompose
import AyumiFonts
import AyumiModel
import AyumiTemplate
import AyumiTestSupport

/// The repository's real font manifest and library, opened once for all font tests.
enum Fonts {
    static let manifest: FontManifest = {
        var diagnostics = Diagnostics()
        guard let manifest = FontManifestLoader.load(Repository.path("fonts/manifest.yaml"), diagnostics: &diagnostics)
        else { fatalError("fonts/manifest.yaml: \(diagnostics.all)") }
        return manifest
    }()

    static let library: FontLibrary = {
        var diagnostics = Diagnostics()
        let library = FontLibrary(manifest: manifest, diagnostics: &diagnostics)
        precondition(diagnostics.isEmpty, "opening the fonts said: \(diagnostics.all)")
        return library
    }()

    static let shaper = FontShaper(library: library)

    static func shape(_ text: String, family: String = "mincho", weight: FontWeight = .regular, size: Double = 14,
                      direction: TextDirection = .horizontal) -> ShapedText {
        shaper.shape(Array(text.unicodeScalars), font: FontRequest(family: family, weight: weight, size: .pt(size)),
                     direction: direction)
    }
}
