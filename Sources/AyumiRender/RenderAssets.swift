#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AyumiLayout
import AyumiModel

/// What layout needs from files and C libraries: picture headers read from disk, QR codes
/// from libqrencode. Hand it to `DocumentLayout(shaper:assets:)`.
public struct RenderAssets: LayoutAssets {
    /// The largest picture decoded.
    public var imageLimits: ImageLimits

    public init(imageLimits: ImageLimits = .standard) {
        self.imageLimits = imageLimits
    }

    /// Reads, checks and decodes the picture (once per process, `PictureCache`), so that every
    /// problem with it is found here, where layout can name the template line.
    public func imageInfo(at path: String) -> Result<ImageInfo, ImageProblem> {
        PictureCache.picture(at: path, limits: imageLimits).map(\.info)
    }

    public func qrCode(for data: String) -> QRMatrix? { QREncoder.encode(data) }
}
