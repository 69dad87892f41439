import AyumiModel

/// A paragraph broken into lines, every glyph placed relative to its line.
public struct ComposedParagraph: Hashable, Sendable {
    /// The faces glyphs refer to by index.
    public var faces: [FontFace]
    /// The paragraph's text (what a reader sees, without ruby readings); glyphs point into it.
    public var scalars: [Unicode.Scalar]
    public var lines: [ComposedLine]
    public var direction: TextDirection
    /// Offsets into `scalars` of characters no font could show.
    public var missing: [Int]

    public init(faces: [FontFace], scalars: [Unicode.Scalar], lines: [ComposedLine], direction: TextDirection,
                missing: [Int]) {
        self.faces = faces
        self.scalars = scalars
        self.lines = lines
        self.direction = direction
        self.missing = missing
    }
}

/// One line: its glyphs, and where its content ends.
public struct ComposedLine: Hashable, Sendable {
    public var glyphs: [LineGlyph]
    /// Where the line's last character ends along the line, from the line's start edge
    /// (equal to the measure for a justified line; more when punctuation hangs).
    public var extent: Double
    /// Whether the line was stretched or squeezed to the measure (every line of a paragraph
    /// but its last, and lines ended by an explicit break, are).
    public var isJustified: Bool
    /// The units of the line as composition saw them, for text dumps and tests.
    public var units: [PlacedUnit]
    /// How far the whole line is moved along from the start edge (centred or end-aligned
    /// text); glyph and unit positions do not include it.
    public var offset: Double = 0

    public init(glyphs: [LineGlyph], extent: Double, isJustified: Bool, units: [PlacedUnit]) {
        self.glyphs = glyphs
        self.extent = extent
        self.isJustified = isJustified
        self.units = units
    }
}

/// A glyph placed relative to its line.
///
/// `along` runs along the line from its start edge (rightwards, or downwards in vertical text);
/// `across` is measured from the line's baseline downwards in horizontal text, and from the
/// column's centre line rightwards in vertical text.
public struct LineGlyph: Hashable, Sendable {
    public enum Layer: Hashable, Sendable {
        case base
        case ruby
        case emphasisDot
    }

    public var face: Int
    public var glyphID: UInt32
    public var size: Double
    public var along: Double
    public var across: Double
    /// Drawn turned 90° clockwise about its origin (Latin in vertical text).
    public var isRotated: Bool
    /// How much narrower than its size the glyph is drawn across its own width: below 1 for
    /// the glyphs of a tate-chu-yoko squeezed into one em. Its height stays `size`.
    public var horizontalScale: Double
    public var layer: Layer
    /// The characters this glyph shows, as offsets into `ComposedParagraph.scalars`. Glyphs
    /// that share a range form one cluster; ruby and emphasis dots show no text, so text
    /// extracted from the PDF reads as the base text alone.
    public var text: Range<Int>

    public init(face: Int, glyphID: UInt32, size: Double, along: Double, across: Double, isRotated: Bool = false,
                horizontalScale: Double = 1, layer: Layer = .base, text: Range<Int>) {
        self.face = face
        self.glyphID = glyphID
        self.size = size
        self.along = along
        self.across = across
        self.isRotated = isRotated
        self.horizontalScale = horizontalScale
        self.layer = layer
        self.text = text
    }
}

/// A unit (character or complex) as placed on its line: for dumps and tests.
public struct PlacedUnit: Hashable, Sendable {
    public var text: String
    public var characterClass: CharacterClass
    /// Start along the line, from the line's start edge.
    public var position: Double
    public var width: Double
    /// The space set before this unit after adjustment, and its natural value.
    public var spaceBefore: Double
    public var naturalSpaceBefore: Double

    public init(text: String, characterClass: CharacterClass, position: Double, width: Double, spaceBefore: Double,
                naturalSpaceBefore: Double) {
        self.text = text
        self.characterClass = characterClass
        self.position = position
        self.width = width
        self.spaceBefore = spaceBefore
        self.naturalSpaceBefore = naturalSpaceBefore
    }
}
