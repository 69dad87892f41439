internal import CCairo
import AyumiLayout
import AyumiModel

/// A picture read, checked and decoded once: what drawing it needs, kept in `PictureCache`.
///
/// PNG: the decoded pixels, copied into a new cairo surface for each document (cairo's PDF
/// surface then compresses them; PNG's text chunks never reach the PDF, since only pixels
/// are drawn). JPEG: the file's bytes without metadata (`JPEGStripper`), which cairo embeds
/// as they are.
final class LoadedPicture: Sendable {
    enum Content: Sendable {
        /// Premultiplied ARGB32 (`hasAlpha`) or RGB24 rows of `stride` bytes, as cairo lays them out.
        case pixels(hasAlpha: Bool, stride: Int, data: [UInt8])
        case jpeg([UInt8])
    }

    let info: ImageInfo
    let content: Content

    init(info: ImageInfo, content: Content) {
        self.info = info
        self.content = content
    }

    /// Memory the picture holds while cached.
    var byteCount: Int {
        switch content {
        case .pixels(_, _, let data), .jpeg(let data): data.count
        }
    }

    /// Reads, checks and decodes the bytes of a picture file: the size from the header is
    /// checked against `limits` before anything is decoded.
    static func load(_ bytes: [UInt8], limits: ImageLimits) -> Result<LoadedPicture, ImageProblem> {
        guard let info = ImageInfo(header: bytes) else {
            // A header cut off before the size is a cut-short picture, not some other kind of file.
            if bytes.starts(with: [0xFF, 0xD8]) {
                if case .failure(let problem) = JPEGStripper.strip(bytes) { return .failure(problem) }
                return .failure(.damaged(reason: "the JPEG has no frame header"))
            }
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            let cutInSignature = !bytes.isEmpty && (bytes.count < 24 && png.starts(with: bytes.prefix(8)) || bytes == [0xFF])
            return .failure(cutInSignature ? .truncated : .notAPicture)
        }
        guard limits.allows(width: info.pixelWidth, height: info.pixelHeight) else {
            return .failure(.tooLarge(width: info.pixelWidth, height: info.pixelHeight, limits: limits))
        }
        switch info.format {
        case .jpeg:
            return JPEGStripper.strip(bytes).map { LoadedPicture(info: info, content: .jpeg($0)) }
        case .png:
            guard Self.hasEnd(png: bytes) else { return .failure(.truncated) }
            // cairo 1.16 reports libpng's refusals as "out of memory", which would mislead: the
            // reason given is what is known for sure.
            let undecodable = ImageProblem.damaged(reason: "its picture data cannot be decoded")
            guard let surface = decodedPNG(bytes) else { return .failure(undecodable) }
            defer { cairo_surface_destroy(surface) }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return .failure(undecodable) }
            cairo_surface_flush(surface)
            let stride = Int(cairo_image_surface_get_stride(surface)), height = Int(cairo_image_surface_get_height(surface))
            guard let data = cairo_image_surface_get_data(surface) else { return .failure(undecodable) }
            let pixels = [UInt8](UnsafeBufferPointer(start: data, count: stride * height))
            return .success(LoadedPicture(info: info, content: .pixels(hasAlpha: cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32,
                                                                       stride: stride, data: pixels)))
        }
    }

    /// A new cairo surface of the picture, which the caller destroys.
    func surface() throws(RenderError) -> OpaquePointer {
        switch content {
        case .pixels(let hasAlpha, let stride, let pixels):
            guard let surface = cairo_image_surface_create(hasAlpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                                           Int32(info.pixelWidth), Int32(info.pixelHeight)) else {
                throw RenderError.cairo("no image surface")
            }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface),
                  Int(cairo_image_surface_get_stride(surface)) == stride else {
                cairo_surface_destroy(surface)
                throw RenderError.cairo("no image surface of \(info.pixelWidth) × \(info.pixelHeight)")
            }
            cairo_surface_flush(surface)
            pixels.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: pixels.count) }
            cairo_surface_mark_dirty(surface)
            return surface
        case .jpeg(let bytes):
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(info.pixelWidth), Int32(info.pixelHeight)) else {
                throw RenderError.cairo("no image surface")
            }
            // cairo keeps the data until the surface goes, then calls the destroy function.
            let data = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 1)
            bytes.withUnsafeBytes { data.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
            let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, data.assumingMemoryBound(to: UInt8.self),
                                                     UInt(bytes.count), { $0?.deallocate() }, data)
            guard status == CAIRO_STATUS_SUCCESS else {
                data.deallocate()
                cairo_surface_destroy(surface)
                throw RenderError.cairo("cannot attach a JPEG: " + String(cString: cairo_status_to_string(status)))
            }
            return surface
        }
    }

    /// Whether the file ends with a PNG's last chunk (IEND and its CRC), so that it was not cut
    /// off; bytes after it (which some programs leave) are allowed.
    static func hasEnd(png bytes: [UInt8]) -> Bool {
        let end: [UInt8] = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        guard bytes.count >= 8 + 25 + end.count else { return false }
        var index = bytes.count - end.count
        while index >= 33 {
            if bytes[index] == end[0], bytes[index..<index + end.count].elementsEqual(end) { return true }
            index -= 1
        }
        return false
    }
}
