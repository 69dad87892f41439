import AyumiCompose
import AyumiFonts
import AyumiModel
import AyumiTestSupport
import Testing

/// Shaped advances and offsets against the BIZ UD fonts' own metrics (2048 units per em; kana,
/// kanji and full-width forms 2048 wide, ASCII 1024; ascender 1802). Values as measured with
/// HarfBuzz 6 on Debian 12 (cairo-harfbuzz-notes.md §3).
@Suite("Shaping with HarfBuzz")
struct ShapingTests {
    @Test("horizontal: kana and kanji are one em, ASCII half an em, at any size",
          arguments: [10.5, 12, 14])
    func horizontalAdvances(size: Double) {
        let shaped = Fonts.shape("あ漢Ａa1", size: size)
        #expect(shaped.glyphs.map(\.advance) == [size, size, size, size / 2, size / 2])
        #expect(shaped.glyphs.map(\.cluster) == [0, 1, 2, 3, 4])
        #expect(shaped.glyphs.allSatisfy { $0.face == 0 && $0.offsetX == 0 && $0.offsetY == 0 })
        #expect(shaped.missing.isEmpty)
    }

    @Test("horizontal: the Gothic bold face has the same em grid")
    func gothicAdvances() {
        let shaped = Fonts.shape("人生会議ACP", family: "gothic", weight: .bold, size: 20)
        #expect(shaped.glyphs.map(\.advance) == [20, 20, 20, 20, 10, 10, 10])
    }

    @Test("vertical: one em down per character, origin half an em left and the ascender down")
    func verticalAdvances() {
        let shaped = Fonts.shape("人生会議", size: 14, direction: .vertical)
        #expect(shaped.glyphs.count == 4)
        for glyph in shaped.glyphs {
            #expect(glyph.advance == 14)
            #expect(glyph.offsetX == -7)
            #expect(abs(glyph.offsetY - 14 * 1802 / 2048) < 0.001)
        }
    }

    @Test("vertical: punctuation, brackets and the long vowel mark take their vertical forms")
    func verticalForms() {
        let text = "（）、。ー「」"
        let horizontal = Fonts.shape(text, direction: .horizontal).glyphs.map(\.glyphID)
        let vertical = Fonts.shape(text, direction: .vertical).glyphs.map(\.glyphID)
        #expect(vertical == [11962, 11963, 11951, 11952, 11955, 11974, 11975])
        for (h, v) in zip(horizontal, vertical) { #expect(h != v) }
        #expect(Fonts.shape("漢", direction: .vertical).glyphs.map(\.glyphID) == Fonts.shape("漢").glyphs.map(\.glyphID))
    }

    @Test("fallback: 𠮷 U+20BB7, which BIZ UD lacks, comes from Noto Serif CJK JP, the rest from BIZ UD")
    func fallbackByCharacter() {
        let shaped = Fonts.shape("𠮷野家")
        #expect(shaped.faces[0].postScriptName == "BIZUDMincho-Regular")
        #expect(shaped.faces[1].postScriptName == "NotoSerifCJKjp-Regular")
        #expect(shaped.glyphs.map(\.face) == [1, 0, 0])
        #expect(shaped.glyphs.map(\.cluster) == [0, 1, 2])
        #expect(shaped.glyphs[0].advance == 14)
        #expect(shaped.missing.isEmpty)
    }

    @Test("fallback in gothic: 𠮷 comes from Noto Sans CJK JP")
    func fallbackGothic() {
        let shaped = Fonts.shape("吉𠮷", family: "gothic")
        #expect(shaped.glyphs.map { shaped.faces[$0.face].postScriptName } == ["BIZUDGothic-Regular", "NotoSansCJKjp-Regular"])
    }

    @Test("a character no font has is reported by offset and gets no glyph", arguments: ["\u{E000}", "\u{F8FF}", "\u{10FFFD}"])
    func missingCharacter(character: String) {
        let shaped = Fonts.shape("あ\(character)い")
        #expect(shaped.missing == [1])
        #expect(shaped.glyphs.map(\.cluster) == [0, 2])
    }

    @Test("a variation selector stays with its base character's face")
    func variationSelector() {
        let shaped = Fonts.shape("葛\u{E0100}城")
        #expect(shaped.missing.isEmpty)
        #expect(Set(shaped.glyphs.map(\.face)).count == 1)
    }
}
