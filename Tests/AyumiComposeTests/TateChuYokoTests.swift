import AyumiCompose
import AyumiModel
import AyumiTestSupport
import Testing

/// 縦中横 fits one em across the column (JLREQ 3.2.5), and short numbers stand upright by
/// themselves when the style asks for it. Fake shaper at 10pt: ASCII 5pt, full-width 10pt,
/// `hwid` halves full-width forms; `twid`/`qwid` only with `narrowWidths`.
@Suite("Tate-chu-yoko")
struct TateChuYokoTests {
    let em = Compose.em

    func tcy(_ text: String, shaper: FakeShaper = FakeShaper()) -> (unit: PlacedUnit, glyphs: [LineGlyph]) {
        let line = Compose(direction: .vertical, shaper: shaper)
            .paragraph([.text(SourceText(generated: "第")), .tateChuYoko(SourceText(generated: text)),
                        .text(SourceText(generated: "回"))], measure: 200).lines[0]
        return (line.units[1], line.glyphs.filter { (1...text.unicodeScalars.count).contains($0.text.lowerBound) })
    }

    /// Where each glyph sits across the column (from its centre) and how far it reaches.
    func spans(_ glyphs: [LineGlyph], advance: Double) -> [ClosedRange<Double>] {
        glyphs.map { ($0.across * 1000).rounded() / 1000...(($0.across + advance * $0.horizontalScale) * 1000).rounded() / 1000 }
    }

    @Test("three half-width digits (1.5 em) are drawn at ⅔ width: exactly one em, centred")
    func threeDigits() {
        let (unit, glyphs) = tcy("120")
        #expect(unit.width == em)
        #expect(glyphs.allSatisfy { abs($0.horizontalScale - 2.0 / 3) < 1e-12 && !$0.isRotated && $0.size == em })
        #expect(spans(glyphs, advance: 5) == [-5 ... -1.667, -1.667 ... 1.667, 1.667 ... 5])
    }

    @Test("four half-width digits (2 em) are drawn at half width: exactly one em, centred")
    func fourDigits() {
        let (_, glyphs) = tcy("2026")
        #expect(glyphs.allSatisfy { $0.horizontalScale == 0.5 })
        #expect(spans(glyphs, advance: 5) == [-5 ... -2.5, -2.5 ... 0, 0 ... 2.5, 2.5 ... 5])
    }

    @Test("two full-width digits take the font's half-width forms (hwid), unscaled")
    func twoFullWidth() {
        let (_, glyphs) = tcy("１２")
        #expect(glyphs.allSatisfy { $0.horizontalScale == 1 })
        #expect(glyphs.map(\.across) == [-5, 0])
    }

    @Test("three and four full-width digits take third and quarter widths (twid, qwid) where the font has them")
    func narrowForms() {
        let shaper = FakeShaper(narrowWidths: true)
        let (_, three) = tcy("１２０", shaper: shaper)
        #expect(three.allSatisfy { $0.horizontalScale == 1 })
        #expect(spans(three, advance: 10.0 / 3) == [-5 ... -1.667, -1.667 ... 1.667, 1.667 ... 5])
        let (_, four) = tcy("２０２６", shaper: shaper)
        #expect(four.allSatisfy { $0.horizontalScale == 1 })
        #expect(spans(four, advance: 2.5) == [-5 ... -2.5, -2.5 ... 0, 0 ... 2.5, 2.5 ... 5])
    }

    @Test("without third widths (BIZ UD), three full-width digits take half widths, then ⅔ scale")
    func halfWidthsThenScale() {
        let (_, glyphs) = tcy("１２０")
        #expect(glyphs.allSatisfy { abs($0.horizontalScale - 2.0 / 3) < 1e-12 })
        #expect(spans(glyphs, advance: 5) == [-5 ... -1.667, -1.667 ... 1.667, 1.667 ... 5])
    }

    // MARK: - Automatic

    func units(_ text: String, upright: Int = 2, direction: TextDirection = .vertical) -> [String] {
        Compose(settings: CompositionSettings(uprightDigits: upright), direction: direction)
            .paragraph(text).lines[0].units.filter { $0.characterClass == .tateChuYoko }.map(\.text)
    }

    @Test("with upright_digits: 2, one- and two-digit numbers standing alone are upright in vertical text: 「9時～17時」")
    func automatic() {
        #expect(units("9時～17時") == ["9", "17"])
        #expect(units("定員 20 名") == ["20"])
        let line = Compose(settings: CompositionSettings(uprightDigits: 2), direction: .vertical)
            .paragraph("9時～17時").lines[0]
        #expect(line.units.map(\.width) == [10, 10, 10, 10, 10])
        #expect(line.glyphs.filter { $0.text == 3..<4 || $0.text == 4..<5 }.map(\.across) == [-5, 0])
        #expect(line.glyphs.allSatisfy { !$0.isRotated })
        // Longer numbers, and numbers joined to Latin, points, colons or marks, stay one rotated run.
        for text in ["2026年", "1.5倍", "9:00から", "0120-000-000", "Windows 11", "ACP2", "12%"] {
            #expect(units(text) == [], "\(text)")
        }
    }

    @Test("the setting counts digits (4 takes 2026, 1 only 9, 0 none); horizontal text ignores it")
    func limit() {
        #expect(units("2026年", upright: 4) == ["2026"])
        #expect(units("9時～17時", upright: 1) == ["9"])
        #expect(units("9時", upright: 0) == [])
        #expect(units("9時～17時", direction: .horizontal) == [])
    }
}
