/// How large a picture Ayumi agrees to decode.
///
/// A PNG's header states its size, and the decoder allocates four bytes a pixel for it before
/// it reads any picture data: a 1.1 MB file that says 20000 × 20000 took 1.6 GB and 7 s. So the
/// size is checked from the header, before anything is decoded, and a picture above the limit is
/// refused with a located error that says how to scale it down.
///
/// The value is `Limits.imagePixels`, with the build's other limits; this type carries it to
/// the picture reading, where tests give it smaller values.
public struct ImageLimits: Hashable, Sendable {
    /// The most pixels (width × height) one picture may have.
    public var imagePixels: Int

    /// The most pixels on either side: cairo's largest image surface (32767), whatever the area.
    public var imageSide: Int

    public init(imagePixels: Int, imageSide: Int = 32_767) {
        self.imagePixels = imagePixels
        self.imageSide = imageSide
    }

    /// Whether a picture of this size may be decoded.
    public func allows(width: Int, height: Int) -> Bool {
        width <= imageSide && height <= imageSide && width * height <= imagePixels   // sides checked first: no overflow
    }

    /// `Limits.imagePixels`, 50 megapixels: a 48-megapixel phone photo (8000 × 6000) fits, and
    /// so does a full A4 page scanned at 600 dpi (4961 × 7016, 34.8 MP), far more than print
    /// needs (A4 at 300 dpi is 2480 × 3508). Decoded, it is at most 200 MB (four bytes a pixel).
    public static let standard = ImageLimits(imagePixels: Limits.imagePixels)
}
