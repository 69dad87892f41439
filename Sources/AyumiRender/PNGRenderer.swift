internal import CCairo
import AyumiLayout
import AyumiModel

/// Draws a laid-out page into a PNG image with cairo: the same items the PDF shows, for
/// previews and golden tests.
///
/// The page is drawn on white at `dpi` pixels per inch, text with greyscale anti-aliasing and
/// no hinting, so images are the same on every run. JPEG pictures show as grey placeholders
/// (see `PageDrawer`).
public struct PNGRenderer {
    public init() {}

    /// The page as PNG file bytes.
    public func render(_ page: Page, dpi: Double = 100) throws(RenderError) -> [UInt8] {
        try bitmap(page, dpi: dpi).png()
    }

    /// The page as pixels.
    public func bitmap(_ page: Page, dpi: Double = 100) throws(RenderError) -> Bitmap {
        let scale = dpi / 72
        let width = Int((page.size.width * scale).rounded(.up)), height = Int((page.size.height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw RenderError.cairo("no image surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw RenderError.cairo("no drawing context") }
        defer { cairo_destroy(cr) }
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(cr, options)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        try PageDrawer(context: cr, target: .raster).draw(page)
        cairo_surface_flush(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
        return Bitmap(surface: surface)
    }
}

/// An RGBA image, 8 bits a channel, row by row from the top left.
public struct Bitmap: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 4, "a bitmap holds 4 bytes a pixel; please report this")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Decodes PNG file bytes.
    public init(png bytes: [UInt8]) throws(RenderError) {
        guard let surface = decodedPNG(bytes) else { throw RenderError.pngUnreadable }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw RenderError.pngUnreadable }
        self = Bitmap(surface: surface)
    }

    /// Copies a cairo image surface (RGB24 or ARGB32, premultiplied alpha undone).
    init(surface: OpaquePointer) {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let hasAlpha = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        if let data = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let value = row[x]
                    let alpha = hasAlpha ? Int(value >> 24 & 0xFF) : 255
                    func channel(_ shift: UInt32) -> UInt8 {
                        let raw = Int(value >> shift & 0xFF)
                        return UInt8(alpha == 0 ? 0 : min(255, raw * 255 / alpha))
                    }
                    let index = (y * width + x) * 4
                    pixels[index] = channel(16)
                    pixels[index + 1] = channel(8)
                    pixels[index + 2] = channel(0)
                    pixels[index + 3] = UInt8(alpha)
                }
            }
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    /// The image as PNG file bytes.
    public func png() throws(RenderError) -> [UInt8] {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw RenderError.cairo("no image surface")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let data = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let index = (y * width + x) * 4
                    let alpha = UInt32(pixels[index + 3])
                    func premultiplied(_ value: UInt8) -> UInt32 { (UInt32(value) * alpha + 127) / 255 }
                    row[x] = alpha << 24 | premultiplied(pixels[index]) << 16 | premultiplied(pixels[index + 1]) << 8
                        | premultiplied(pixels[index + 2])
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        let output = PNGOutput()
        let status = withExtendedLifetime(output) {
            cairo_surface_write_to_png_stream(surface, writeToPNG, Unmanaged.passUnretained(output).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
        return output.bytes
    }
}

private final class PNGOutput {
    var bytes: [UInt8] = []
}

/// A cairo image surface decoded from PNG file bytes, which the caller destroys; check its status.
func decodedPNG(_ bytes: [UInt8]) -> OpaquePointer? {
    let input = PNGInput(bytes: bytes)
    return withExtendedLifetime(input) {
        cairo_image_surface_create_from_png_stream(readFromInput, Unmanaged.passUnretained(input).toOpaque())
    }
}

private final class PNGInput {
    let bytes: [UInt8]
    var offset = 0
    init(bytes: [UInt8]) { self.bytes = bytes }
}

private let writeToPNG: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let output = Unmanaged<PNGOutput>.fromOpaque(closure).takeUnretainedValue()
    output.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

private let readFromInput: cairo_read_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
    let input = Unmanaged<PNGInput>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard input.offset + count <= input.bytes.count else { return CAIRO_STATUS_READ_ERROR }
    input.bytes.withUnsafeBufferPointer { source in
        data.update(from: source.baseAddress! + input.offset, count: count)
    }
    input.offset += count
    return CAIRO_STATUS_SUCCESS
}
