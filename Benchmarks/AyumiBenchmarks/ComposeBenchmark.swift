import AyumiCompose
import AyumiFonts
import AyumiModel
import AyumiTemplate
import Foundation

func composeBenchmark() {
    var diagnostics = Diagnostics()
    guard let manifest = FontManifestLoader.load("fonts/manifest.yaml", diagnostics: &diagnostics) else {
        print("run from the repository's root: \(diagnostics.all)")
        exit(1)
    }
    let library = FontLibrary(manifest: manifest, families: [FontRequestKey(family: "mincho", weight: .regular),
                                                              FontRequestKey(family: "mincho", weight: .bold)],
                              diagnostics: &diagnostics)
    let composer = ParagraphComposer(shaper: FontShaper(library: library))
    let font = FontRequest(family: "mincho", weight: .regular, size: .pt(10.5))
    // Repeat the paragraphs until the text reaches 100,000 characters.
    var work: [[Inline]] = []
    var characters = 0
    while characters < 100_000 {
        for paragraph in paragraphs where characters < 100_000 {
            work.append(paragraph)
            characters += paragraph.plainText.unicodeScalars.count
        }
    }
    print("composing \(characters) characters in \(work.count) paragraphs, 10.5pt, 40 zw lines")
    for direction in [TextDirection.horizontal, .vertical] {
        measure("compose 100k characters, \(direction)", runs: 15) {
            var lines = 0
            for paragraph in work {
                lines += composer.compose(paragraph, font: font, direction: direction, measure: 420,
                                          firstLineIndent: 10.5).lines.count
            }
            return lines
        }
    }
}
