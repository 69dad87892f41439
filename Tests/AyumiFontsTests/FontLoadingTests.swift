import AyumiCompose
import AyumiFonts
import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

@Suite("Loading fonts from the manifest")
struct FontLoadingTests {
    @Test("the manifest lists mincho and gothic, BIZ UD first, Noto CJK as fallback")
    func manifestFamilies() {
        #expect(Fonts.manifest.familyNames == ["mincho", "gothic"])
        let mincho = Fonts.manifest.faces(family: "mincho", weight: .regular)
        #expect(mincho.map(\.name) == ["BIZ UDMincho Regular", "Noto Serif CJK JP Regular"])
        #expect(mincho[0].package == "fonts-morisawa-bizud-mincho")
        #expect(Fonts.manifest.faces(family: "gothic", weight: .bold).first?.name == "BIZ UDGothic Bold")
    }

    @Test("every face of the manifest opens, with its checksum matching and no warning")
    func everyFaceOpens() {
        var diagnostics = Diagnostics()
        _ = FontLibrary(manifest: Fonts.manifest, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics.all)")
    }

    @Test("shaped text names the faces it uses by their PostScript names")
    func postScriptNames() {
        let shaped = Fonts.shape("あ", family: "gothic", weight: .bold)
        #expect(shaped.faces.map(\.postScriptName) == ["BIZUDGothic-Bold", "NotoSansCJKjp-Bold"])
    }

    @Test("a missing font file is an error that names the package to install")
    func missingFile() throws {
        var manifest = Fonts.manifest
        var entry = manifest.faces(family: "mincho", weight: .regular)[0]
        entry.file = "/usr/share/fonts/nowhere/BIZUDMincho-Regular.ttf"
        manifest.families = [FontFamily(name: "mincho", weights: [(.regular, [entry])])]
        var diagnostics = Diagnostics()
        _ = FontLibrary(manifest: manifest, diagnostics: &diagnostics)
        let error = try #require(diagnostics.errors.first)
        #expect(error.message == "the font file of BIZ UDMincho Regular is missing: /usr/share/fonts/nowhere/BIZUDMincho-Regular.ttf")
        #expect(error.hints == ["install it: apt-get install fonts-morisawa-bizud-mincho"])
        #expect(error.location?.file.hasSuffix("fonts/manifest.yaml") == true)
    }

    @Test("a checksum that differs from the manifest is a warning, and the font is still used")
    func checksumMismatch() throws {
        var manifest = Fonts.manifest
        var entry = manifest.faces(family: "gothic", weight: .regular)[0]
        entry.sha256 = String(repeating: "0", count: 64)
        manifest.families = [FontFamily(name: "gothic", weights: [(.regular, [entry])])]
        var diagnostics = Diagnostics()
        let library = FontLibrary(manifest: manifest, diagnostics: &diagnostics)
        let warning = try #require(diagnostics.all.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("BIZUDGothic-Regular.ttf is not the file the manifest names"))
        #expect(warning.hints.first?.contains("sha256: 1e190f86ee44b54e999a02c3cd34c4fd4805aa1e9b08849332c3b573c8c869fc") == true)
        let shaped = FontShaper(library: library).shape(["あ"], font: FontRequest(family: "gothic", weight: .regular, size: .pt(10)),
                                                         direction: .horizontal)
        #expect(shaped.glyphs.count == 1)
    }

    @Test("a manifest with a mistake is a located error")
    func badManifest() throws {
        let folder = Repository.temporaryFolder()
        let path = folder + "/manifest.yaml"
        try "families:\n  mincho:\n    regular:\n      - name: X\n        fiel: /x.ttf\n".write(toFile: path, atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        #expect(FontManifestLoader.load(path, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "\(path):5:9: error: unknown key `fiel` in a font face",
            "\(path):4:9: error: a font face lacks `package`, `file`, `version`, `sha256`, `license`",
        ])
        #expect(diagnostics.errors.first?.hints.first == "did you mean `file`?")
    }
}
