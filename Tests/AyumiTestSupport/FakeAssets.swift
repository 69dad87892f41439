import AyumiLayout

/// Picture sizes and QR codes without files or libqrencode: every picture path in `images`
/// has the size given (any other is no picture); every QR code is 21 modules wide, dark on a
/// checkerboard.
public struct FakeAssets: LayoutAssets, Sendable {
    public var images: [String: ImageInfo]

    public init(images: [String: ImageInfo] = [:]) { self.images = images }

    public func imageInfo(at path: String) -> Result<ImageInfo, ImageProblem> {
        images[path].map { .success($0) } ?? .failure(.notAPicture)
    }

    public func qrCode(for data: String) -> QRMatrix? {
        data.utf8.count > 2000 ? nil : QRMatrix(width: 21, dark: (0..<441).map { ($0 / 21 + $0 % 21) % 2 == 0 })
    }
}
