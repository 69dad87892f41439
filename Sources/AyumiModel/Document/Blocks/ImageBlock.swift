/// A picture from a PNG or JPEG file of the template.
public struct ImageBlock: Hashable, Sendable {
    /// The file, resolved against the template's folder.
    public var path: String
    /// What the picture shows, for screen readers (`/Alt`); required.
    public var alternativeText: String
    /// Width as a share of the 版面 (the height follows the picture's proportions).
    public var width: Double
    public var location: SourceLocation?

    public init(path: String, alternativeText: String, width: Double, location: SourceLocation? = nil) {
        self.path = path
        self.alternativeText = alternativeText
        self.width = width
        self.location = location
    }
}

/// A QR code, drawn as vector squares with a quiet zone.
public struct QRCodeBlock: Hashable, Sendable {
    /// What the code holds: usually the application page's URL.
    public var data: String
    /// The side of the code, quiet zone included.
    public var size: Length
    /// A caption under the code (「こちらからも申し込めます」).
    public var caption: [Inline]?
    public var captionStyle: TextStyle
    public var location: SourceLocation?

    public init(data: String, size: Length, caption: [Inline]?, captionStyle: TextStyle, location: SourceLocation? = nil) {
        self.data = data
        self.size = size
        self.caption = caption
        self.captionStyle = captionStyle
        self.location = location
    }
}
