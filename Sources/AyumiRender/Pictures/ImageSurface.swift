internal import CCairo
import AyumiLayout

/// cairo image surfaces for pictures.
enum ImageSurface {
    /// A surface for `image`, which the caller destroys: PNG pixels decoded once per process;
    /// JPEG as an empty surface of the picture's size carrying the file, stripped of its
    /// metadata, as MIME data, which cairo's PDF surface embeds untouched (DCTDecode) instead
    /// of the pixels. Layout already checked the picture (`RenderAssets.imageInfo`), so a
    /// failure here means the file changed in between.
    static func load(_ image: ImageItem) throws(RenderError) -> OpaquePointer {
        switch PictureCache.picture(at: image.path, limits: nil) {
        case .success(let picture): try picture.surface()
        case .failure: throw RenderError.imageUnreadable(image.path)
        }
    }
}
