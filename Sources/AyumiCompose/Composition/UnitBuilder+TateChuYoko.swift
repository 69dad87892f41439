/// 縦中横 (tate-chu-yoko, JLREQ 3.2.5, cl-30): a short number set upright across a vertical
/// line, as one unit one em long.
///
/// The characters are set side by side and must fit the column's one em: two half-width digits
/// do by themselves; wider text is asked for the font's narrow forms (`hwid` for two characters,
/// `twid` for three, `qwid` for four, the way vertical books set them), and what is still too
/// wide — BIZ UD has half widths but no third or quarter widths — is drawn narrower across
/// (`horizontalScale`), keeping its height, so three or four digits fill exactly one em and never
/// reach into the next column's ruby.
extension UnitBuilder {
    mutating func addTateChuYoko(_ scalars: [Unicode.Scalar], _ range: Range<Int>, bold: Bool) {
        let text = Array(scalars[range])
        var shaped = shape(text, bold: bold, size: size, direction: .horizontal)
        var width = Self.advance(of: shaped.0)
        for feature in Self.narrowForms(for: text.count) where width > size + 1e-9 {
            let narrower = shape(text, bold: bold, size: size, direction: .horizontal, features: [feature])
            let narrowerWidth = Self.advance(of: narrower.0)
            if narrowerWidth < width - 1e-9 { (shaped, width) = (narrower, narrowerWidth) }
        }
        let scale = width > size ? size / width : 1
        let first = glyphs.count
        var pen = -width * scale / 2
        for glyph in shaped.0.glyphs {
            var placed = UnitGlyph(face: shaped.1[glyph.face], glyphID: glyph.glyphID, size: size,
                                   along: Self.emBoxAscent * size - glyph.offsetY, across: pen + glyph.offsetX * scale,
                                   isRotated: false, layer: .base)
            placed.horizontalScale = scale
            glyphs.append(placed)
            pen += glyph.advance * scale
        }
        noteMissing(shaped.0, base: range.lowerBound)
        units.append(Unit(characterClass: .tateChuYoko, text: range, glyphs: first..<glyphs.count, width: size,
                          fontSize: size, first: scalars[range.lowerBound], last: scalars[range.upperBound - 1]))
    }

    /// The features that narrow `count` characters to one em, best first; half widths come last
    /// for three or four, as a first step before scaling when the font has nothing narrower.
    static func narrowForms(for count: Int) -> [FontFeature] {
        switch count {
        case 3: [.thirdWidths, .halfWidths]
        case 4: [.quarterWidths, .halfWidths]
        default: [.halfWidths]
        }
    }

    static func advance(of text: ShapedText) -> Double {
        text.glyphs.reduce(0) { $0 + $1.advance }
    }

    // MARK: - Automatic tate-chu-yoko

    /// With `uprightDigits` set, in vertical text: where the number starting at `index` ends, when
    /// it has at most `uprightDigits` ASCII digits and stands alone, so 「9時～17時」 gets an
    /// upright 9 and 17 without markup (CSS calls this `text-combine-upright: digits`).
    ///
    /// Standing alone means the nearest characters before and after it, looking past spaces,
    /// are not ASCII letters, digits or marks: 「1.5倍」「9:00」「0120-000-000」「Windows 11」 stay
    /// one rotated run, read as a whole. Full-width digits are already upright and are left alone.
    func uprightNumberEnd(_ scalars: [Unicode.Scalar], at index: Int, within range: Range<Int>) -> Int? {
        guard uprightDigits > 0, direction == .vertical, Self.isASCIIDigit(scalars[index]) else { return nil }
        var end = index + 1
        while end < range.upperBound, Self.isASCIIDigit(scalars[end]) { end += 1 }
        guard end - index <= uprightDigits else { return nil }
        var before = index - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        var after = end
        while after < scalars.count, scalars[after] == " " { after += 1 }
        if before >= 0, Self.isASCIIGraphic(scalars[before]) { return nil }
        if after < scalars.count, Self.isASCIIGraphic(scalars[after]) { return nil }
        return end
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    static func isASCIIGraphic(_ scalar: Unicode.Scalar) -> Bool { (0x21...0x7E).contains(scalar.value) }
}
