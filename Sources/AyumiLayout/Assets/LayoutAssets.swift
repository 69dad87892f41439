/// What layout needs from outside the document: the size of pictures and the modules of QR codes.
///
/// AyumiLayout reads no files and calls no C library, so these come through this protocol, the
/// way glyphs come through `Shaper`. AyumiRender's `RenderAssets` implements it (files through
/// Foundation, QR codes through libqrencode); tests can hand in fixed answers.
public protocol LayoutAssets {
    /// The format and pixel size of the picture at `path`, or why it cannot be used: the file
    /// cannot be read, is no PNG or JPEG, is cut short or damaged, or is larger than the limit.
    ///
    /// An implementation that draws the picture later checks everything drawing needs here, so
    /// a bad picture is the user's located error at layout, never a failure while rendering.
    func imageInfo(at path: String) -> Result<ImageInfo, ImageProblem>

    /// The modules of a QR code holding `data` (error correction level M), or `nil` if the data
    /// is too long for a QR code.
    func qrCode(for data: String) -> QRMatrix?
}

/// A picture's format and size in pixels, read from its file header.
public struct ImageInfo: Hashable, Sendable {
    public var format: ImageFormat
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(format: ImageFormat, pixelWidth: Int, pixelHeight: Int) {
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }

    /// Reads the header of a PNG (IHDR) or JPEG (the first SOFn marker) file.
    ///
    /// <http://www.libpng.org/pub/png/spec/1.2/PNG-Chunks.html#C.IHDR>, ITU-T T.81 Annex B.
    public init?(header bytes: [UInt8]) {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if bytes.count >= 24, Array(bytes[0..<8]) == png, Array(bytes[12..<16]) == Array("IHDR".utf8) {
            let width = Self.bigEndian(bytes, at: 16, count: 4), height = Self.bigEndian(bytes, at: 20, count: 4)
            guard width > 0, height > 0 else { return nil }
            self.init(format: .png, pixelWidth: width, pixelHeight: height)
            return
        }
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var index = 2
        while index + 3 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }                      // fill bytes
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            let length = Self.bigEndian(bytes, at: index + 2, count: 2)
            // SOF0 … SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard index + 8 < bytes.count else { return nil }
                let height = Self.bigEndian(bytes, at: index + 5, count: 2)
                let width = Self.bigEndian(bytes, at: index + 7, count: 2)
                guard width > 0, height > 0 else { return nil }
                self.init(format: .jpeg, pixelWidth: width, pixelHeight: height)
                return
            }
            if marker == 0xDA || marker == 0xD9 || length < 2 { return nil }   // image data before any frame header
            index += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], at index: Int, count: Int) -> Int {
        bytes[index..<index + count].reduce(0) { $0 << 8 | Int($1) }
    }
}
