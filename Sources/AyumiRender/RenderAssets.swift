#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AyumiLayout

/// What layout needs from files and C libraries: picture headers read from disk, QR codes
/// from libqrencode. Hand it to `DocumentLayout(shaper:assets:)`.
public struct RenderAssets: LayoutAssets {
    public init() {}

    public func imageInfo(at path: String) -> ImageInfo? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { return nil }
        return ImageInfo(header: [UInt8](data))
    }

    public func qrCode(for data: String) -> QRMatrix? { QREncoder.encode(data) }
}

/// Reads a whole file, or `nil` if it cannot be read.
func readFile(_ path: String) -> [UInt8]? {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { return nil }
    return [UInt8](data)
}
