internal import CCairo
import AyumiLayout

/// cairo image surfaces for pictures.
enum ImageSurface {
    /// A surface for `image`, which the caller destroys: PNG decoded by cairo; JPEG as an empty
    /// surface of the picture's size carrying the file as MIME data, which cairo's PDF surface
    /// embeds untouched (DCTDecode) instead of the pixels.
    static func load(_ image: ImageItem) throws(RenderError) -> OpaquePointer {
        switch image.format {
        case .png:
            guard let surface = cairo_image_surface_create_from_png(image.path) else {
                throw RenderError.imageUnreadable(image.path)
            }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                cairo_surface_destroy(surface)
                throw RenderError.imageUnreadable(image.path)
            }
            return surface
        case .jpeg:
            guard let bytes = readFile(image.path), !bytes.isEmpty,
                  let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(image.pixelWidth), Int32(image.pixelHeight))
            else { throw RenderError.imageUnreadable(image.path) }
            // cairo keeps the data until the surface goes, then calls the destroy function.
            let data = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 1)
            bytes.withUnsafeBytes { data.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
            let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, data.assumingMemoryBound(to: UInt8.self),
                                                     UInt(bytes.count), { $0?.deallocate() }, data)
            guard status == CAIRO_STATUS_SUCCESS else {
                data.deallocate()
                cairo_surface_destroy(surface)
                throw RenderError.imageUnreadable(image.path)
            }
            return surface
        }
    }
}
