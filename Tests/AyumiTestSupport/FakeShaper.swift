import AyumiCompose
import AyumiModel

/// A shaper without fonts: every character one glyph, ideographs and kana a full em wide,
/// ASCII half an em, so composition can be tested with exact, obvious numbers.
///
/// Glyph IDs are the code points; characters listed in `missing` get no glyph. Like BIZ UD, its
/// font has half-width forms (`hwid`: full-width ＡＢ１２ become half an em wide); with
/// `narrowWidths` it also has third- and quarter-width forms (`twid`, `qwid`), which BIZ UD lacks.
public struct FakeShaper: Shaper {
    public var missing: Set<Unicode.Scalar>
    public var narrowWidths: Bool

    public init(missing: Set<Unicode.Scalar> = [], narrowWidths: Bool = false) {
        self.missing = missing
        self.narrowWidths = narrowWidths
    }

    public static let face = FontFace(file: "/fake.ttf", index: 0, postScriptName: "Fake-Regular")

    public func shape(_ text: [Unicode.Scalar], font: FontRequest, direction: TextDirection) -> ShapedText {
        shape(text, font: font, direction: direction, features: [])
    }

    public func shape(_ text: [Unicode.Scalar], font: FontRequest, direction: TextDirection,
                      features: [FontFeature]) -> ShapedText {
        var glyphs: [ShapedGlyph] = []
        var missingOffsets: [Int] = []
        let size = font.size.points
        for (offset, scalar) in text.enumerated() {
            if missing.contains(scalar) { missingOffsets.append(offset); continue }
            var width = scalar.isASCII && direction == .horizontal ? size / 2 : size
            if direction == .horizontal, scalar.isASCII || (0xFF01...0xFF5E).contains(scalar.value) {
                if narrowWidths, features.contains(.quarterWidths) { width = size / 4 }
                else if narrowWidths, features.contains(.thirdWidths) { width = size / 3 }
                else if features.contains(.halfWidths) { width = size / 2 }
            }
            glyphs.append(ShapedGlyph(face: 0, glyphID: scalar.value, cluster: offset, advance: width))
        }
        return ShapedText(faces: [Self.face], glyphs: glyphs, missing: missingOffsets)
    }
}
