import AyumiCompose
import AyumiModel

/// A laid-out page: a size and the items on it, in drawing order.
///
/// This plain tree is the only thing renderers read, so a PDF, a PNG preview and a text dump
/// all come from the same layout. Coordinates are points from the page's top-left corner,
/// y downwards (as on paper and in cairo).
public struct Page: Hashable, Sendable {
    public var size: Size
    public var items: [PositionedItem]
    /// The page number as printed (`3`, `三`), or `nil` when the page shows none (a cover);
    /// for the PDF's page labels.
    public var label: String?
    /// Where the printed page is cut (`/TrimBox`), when the page carries bleed and crop marks
    /// (`PrintMarks`); `nil` for the whole page.
    public var trimBox: Rect?
    /// How far background may run past the trim (`/BleedBox`); `nil` for the whole page.
    public var bleedBox: Rect?

    public init(size: Size, items: [PositionedItem] = [], label: String? = nil) {
        self.size = size
        self.items = items
        self.label = label
    }
}

/// Something drawn (or, for a field widget, placed) at a fixed place on a page.
public enum PositionedItem: Hashable, Sendable {
    /// Text: glyphs of one face and size.
    case glyphRun(GlyphRun)
    /// A straight line: ruled lines, table rules, underlines.
    case rule(Rule)
    /// A rectangle, stroked and/or filled, maybe with rounded corners: boxes, cells, fields.
    case rectangle(RectangleShape)
    /// A check box (square) or radio button (circle), checked or not, drawn as vector paths.
    case choiceMark(ChoiceMark)
    case image(ImageItem)
    case qrCode(QRCodeItem)
    /// Where a form field goes (AyumiPDF makes the AcroForm widget); renderers draw nothing for it.
    case fieldWidget(FieldWidget)

    /// The structure element the item belongs to, or `nil` for an artifact (decoration,
    /// running headers, page numbers, repeated table headings).
    public var structure: StructureElement.ID? {
        switch self {
        case .glyphRun(let run): run.structure
        case .rule(let rule): rule.structure
        case .rectangle(let shape): shape.structure
        case .choiceMark(let mark): mark.structure
        case .image(let image): image.structure
        case .qrCode(let code): code.structure
        case .fieldWidget(let widget): widget.structure
        }
    }
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
    /// Each glyph is drawn this much narrower than `size` across (a squeezed tate-chu-yoko).
    public var horizontalScale: Double = 1
    /// The text's colour.
    public var color: Color
    public var structure: StructureElement.ID?

    public init(face: FontFace, size: Double, glyphs: [PlacedGlyph], text: String, clusters: [TextCluster],
                direction: TextDirection, isRotated: Bool = false, color: Color = .black,
                structure: StructureElement.ID? = nil) {
        self.face = face
        self.size = size
        self.glyphs = glyphs
        self.text = text
        self.clusters = clusters
        self.direction = direction
        self.isRotated = isRotated
        self.color = color
        self.structure = structure
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
