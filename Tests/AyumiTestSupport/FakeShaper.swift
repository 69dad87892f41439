import AyumiCompose
import AyumiModel

/// A shaper without fonts: every character one glyph, ideographs and kana a full em wide,
/// ASCII half an em, so composition can be tested with exact, obvious numbers.
///
/// Glyph IDs are the code points; characters listed in `missing` get no glyph.
public struct FakeShaper: Shaper {
    public var missing: Set<Unicode.Scalar>

    public init(missing: Set<Unicode.Scalar> = []) { self.missing = missing }

    public static let face = FontFace(file: "/fake.ttf", index: 0, postScriptName: "Fake-Regular")

    public func shape(_ text: [Unicode.Scalar], font: FontRequest, direction: TextDirection) -> ShapedText {
        var glyphs: [ShapedGlyph] = []
        var missingOffsets: [Int] = []
        let size = font.size.points
        for (offset, scalar) in text.enumerated() {
            if missing.contains(scalar) { missingOffsets.append(offset); continue }
            let width = scalar.isASCII && direction == .horizontal ? size / 2 : size
            glyphs.append(ShapedGlyph(face: 0, glyphID: scalar.value, cluster: offset, advance: width))
        }
        return ShapedText(faces: [Self.face], glyphs: glyphs, missing: missingOffsets)
    }
}
