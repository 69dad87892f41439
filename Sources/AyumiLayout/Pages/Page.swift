import AyumiCompose
import AyumiModel

/// A laid-out page: a size and the items on it, in drawing order.
///
/// This plain tree is the only thing renderers read, so a PDF, a PNG preview and a text dump
/// all come from the same layout.
public struct Page: Hashable, Sendable {
    public var size: Size
    public var items: [PositionedItem]

    public init(size: Size, items: [PositionedItem] = []) {
        self.size = size
        self.items = items
    }
}

/// Something drawn at a fixed place on a page.
public enum PositionedItem: Hashable, Sendable {
    case glyphRun(GlyphRun)
}

/// Glyphs of one face and size, with the text they show, ready for `cairo_show_text_glyphs`.
///
/// `clusters` map the UTF-8 bytes of `text` to glyphs, one cluster per character (or per
/// ligature), so text extracted from the PDF reads as the source even for vertical forms.
public struct GlyphRun: Hashable, Sendable {
    public var face: FontFace
    public var size: Double
    public var glyphs: [PlacedGlyph]
    public var text: String
    public var clusters: [TextCluster]
    public var direction: TextDirection
    /// Each glyph is drawn turned 90° clockwise about its origin (Latin in vertical text).
    public var isRotated: Bool

    public init(face: FontFace, size: Double, glyphs: [PlacedGlyph], text: String, clusters: [TextCluster],
                direction: TextDirection, isRotated: Bool = false) {
        self.face = face
        self.size = size
        self.glyphs = glyphs
        self.text = text
        self.clusters = clusters
        self.direction = direction
        self.isRotated = isRotated
    }
}

/// A glyph's ID and drawing origin on the page, in points, y downwards.
public struct PlacedGlyph: Hashable, Sendable {
    public var id: UInt32
    public var x: Double
    public var y: Double
    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        self.x = x
        self.y = y
    }
}

/// `byteCount` bytes of a run's UTF-8 text shown by `glyphCount` glyphs.
public struct TextCluster: Hashable, Sendable {
    public var byteCount: Int
    public var glyphCount: Int
    public init(byteCount: Int, glyphCount: Int) {
        self.byteCount = byteCount
        self.glyphCount = glyphCount
    }
}
