import AyumiModel

/// A picture scaled into `rect`.
public struct ImageItem: Hashable, Sendable {
    /// The file, as the template names it.
    public var path: String
    public var format: ImageFormat
    /// The picture's own size in pixels.
    public var pixelWidth: Int
    public var pixelHeight: Int
    public var rect: Rect
    /// What the picture shows (`/Alt` in the structure tree).
    public var alternativeText: String
    public var structure: StructureElement.ID?

    public init(path: String, format: ImageFormat, pixelWidth: Int, pixelHeight: Int, rect: Rect,
                alternativeText: String, structure: StructureElement.ID? = nil) {
        self.path = path
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.rect = rect
        self.alternativeText = alternativeText
        self.structure = structure
    }
}

public enum ImageFormat: String, Hashable, Sendable {
    case png
    case jpeg
}

/// A QR code filling `rect`, quiet zone included.
public struct QRCodeItem: Hashable, Sendable {
    public var data: String
    /// The square the code fills, its quiet zone included.
    public var rect: Rect
    /// The modules, when layout had an encoder (`LayoutAssets`); otherwise the renderer encodes `data`.
    public var modules: QRMatrix?
    /// Light modules around the code on every side (4, as ISO/IEC 18004 asks).
    public var quietZone: Int
    public var structure: StructureElement.ID?

    public init(data: String, rect: Rect, modules: QRMatrix? = nil, quietZone: Int = 4,
                structure: StructureElement.ID? = nil) {
        self.data = data
        self.rect = rect
        self.modules = modules
        self.quietZone = quietZone
        self.structure = structure
    }
}

/// The modules of a QR code, row by row from the top left, `true` for dark.
public struct QRMatrix: Hashable, Sendable {
    /// Modules along each side (21 for version 1, 4 more for each version after).
    public var width: Int
    public var dark: [Bool]

    public init(width: Int, dark: [Bool]) {
        precondition(dark.count == width * width, "a QR matrix holds width × width modules; please report this")
        self.width = width
        self.dark = dark
    }

    public func isDark(x: Int, y: Int) -> Bool { dark[y * width + x] }
}
