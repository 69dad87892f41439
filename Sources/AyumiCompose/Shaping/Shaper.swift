import AyumiModel

/// How AyumiCompose sees fonts: it asks for glyphs and metrics and never touches a font file.
///
/// AyumiFonts implements this with FreeType and HarfBuzz; tests use a fake shaper with square
/// ideographs and half-width Latin, so composition rules can be tested without fonts.
public protocol Shaper {
    /// Shapes `text` in one font request and direction, falling back face by face for characters
    /// the first face lacks.
    ///
    /// Clusters in the result are offsets in Unicode scalars into `text`. Characters that no face
    /// in the family's fallback chain can show are listed in `missing` (and get no glyph), so the
    /// caller can report them with their source location.
    func shape(_ text: [Unicode.Scalar], font: FontRequest, direction: TextDirection) -> ShapedText

    /// Whether the font has a vertical form for `scalar` (its `vert` feature replaces the glyph).
    /// Dashes and similar marks without one are set rotated in vertical text.
    func hasVerticalForm(_ scalar: Unicode.Scalar, font: FontRequest) -> Bool

    /// Shapes `text` as `shape(_:font:direction:)` does, with OpenType `features` turned on
    /// where the font has them (a font without a feature shapes as if it were not asked for).
    func shape(_ text: [Unicode.Scalar], font: FontRequest, direction: TextDirection,
               features: [FontFeature]) -> ShapedText
}

extension Shaper {
    /// By default a shaper's fonts have vertical forms for everything that needs one.
    public func hasVerticalForm(_ scalar: Unicode.Scalar, font: FontRequest) -> Bool { true }

    /// By default a shaper's fonts have no optional features.
    public func shape(_ text: [Unicode.Scalar], font: FontRequest, direction: TextDirection,
                      features: [FontFeature]) -> ShapedText {
        shape(text, font: font, direction: direction)
    }
}

/// An OpenType feature a composer may ask for, by its four-letter tag.
public struct FontFeature: Hashable, Sendable {
    public var tag: String

    public init(_ tag: String) { self.tag = tag }

    /// Half-width forms (`hwid`): two of them fill one em.
    public static let halfWidths = FontFeature("hwid")
    /// Third-width forms (`twid`): three fill one em.
    public static let thirdWidths = FontFeature("twid")
    /// Quarter-width forms (`qwid`): four fill one em.
    public static let quarterWidths = FontFeature("qwid")
}

/// A family, weight and size, as styles name them.
public struct FontRequest: Hashable, Sendable {
    public var family: String
    public var weight: FontWeight
    public var size: Length

    public init(family: String, weight: FontWeight, size: Length) {
        self.family = family
        self.weight = weight
        self.size = size
    }
}

/// The inline direction: along a line.
public enum TextDirection: Hashable, Sendable {
    /// Left to right (横書き).
    case horizontal
    /// Top to bottom (縦書き), with vertical glyph forms.
    case vertical
}

/// One face of one font file: what a renderer needs to draw a glyph ID.
public struct FontFace: Hashable, Sendable, CustomStringConvertible {
    /// Absolute path of the font file.
    public var file: String
    /// The face within a collection (`.ttc`); 0 for a plain font file.
    public var index: Int
    /// The PostScript name, for messages and for the PDF's font names.
    public var postScriptName: String

    public init(file: String, index: Int, postScriptName: String) {
        self.file = file
        self.index = index
        self.postScriptName = postScriptName
    }

    public var description: String { postScriptName }
}

/// A glyph placed along the line by the shaper.
public struct ShapedGlyph: Hashable, Sendable {
    /// Index into `ShapedText.faces`.
    public var face: Int
    public var glyphID: UInt32
    /// Offset, in Unicode scalars, of the first character this glyph shows.
    public var cluster: Int
    /// How far the pen moves along the line after this glyph, in points (always ≥ 0).
    public var advance: Double
    /// Where the glyph's drawing origin sits relative to the pen, in points, y downwards.
    ///
    /// In vertical text this moves the glyph from the column's centre line and the top of its
    /// cell to the origin the font was designed around.
    public var offsetX: Double
    public var offsetY: Double

    public init(face: Int, glyphID: UInt32, cluster: Int, advance: Double, offsetX: Double = 0, offsetY: Double = 0) {
        self.face = face
        self.glyphID = glyphID
        self.cluster = cluster
        self.advance = advance
        self.offsetX = offsetX
        self.offsetY = offsetY
    }
}

/// The result of shaping one piece of text: glyphs in logical order.
public struct ShapedText: Hashable, Sendable {
    public var faces: [FontFace]
    public var glyphs: [ShapedGlyph]
    /// Scalar offsets of characters that no face could show, in order.
    public var missing: [Int]

    public init(faces: [FontFace], glyphs: [ShapedGlyph], missing: [Int] = []) {
        self.faces = faces
        self.glyphs = glyphs
        self.missing = missing
    }
}

/// The ideographic em box of Ayumi's Japanese fonts.
public enum EmBox {
    /// How far the em box's top is above the baseline, in ems: BIZ UD puts it at 1802 of 2048
    /// units, Noto CJK at 880 of 1000. Lines centre their em box in the line pitch by it; ruby,
    /// rotated Latin and tate-chu-yoko are placed from it.
    public static let ascent = 0.88
}
