import AyumiCompose
import AyumiModel
import AyumiTestSupport

/// Composition with the fake shaper at 10pt: kana and kanji 10pt wide, ASCII 5pt, so every
/// expected position below is simple arithmetic in ems.
struct Compose {
    var settings = CompositionSettings()
    var direction: TextDirection = .horizontal
    var shaper = FakeShaper()
    static let em = 10.0
    let font = FontRequest(family: "mincho", weight: .regular, size: .pt(Compose.em))

    func paragraph(_ content: [Inline], measure: Double, indent: Double = 0) -> ComposedParagraph {
        ParagraphComposer(shaper: shaper, settings: settings)
            .compose(content, font: font, direction: direction, measure: measure, firstLineIndent: indent)
    }

    func paragraph(_ text: String, measure: Double = 1000, indent: Double = 0) -> ComposedParagraph {
        paragraph([.text(SourceText(generated: text))], measure: measure, indent: indent)
    }

    /// The lines as strings.
    func lines(_ text: String, measure: Double, indent: Double = 0) -> [String] {
        paragraph(text, measure: measure, indent: indent).lines.map { $0.units.map(\.text).joined() }
    }

    /// The placed units of a one-line paragraph.
    func units(_ text: String) -> [PlacedUnit] {
        paragraph(text).lines[0].units
    }
}

extension Array where Element == PlacedUnit {
    /// The unit showing `text` (the `occurrence`th one).
    func unit(_ text: String, _ occurrence: Int = 1) -> PlacedUnit {
        filter { $0.text == text }[occurrence - 1]
    }
}
