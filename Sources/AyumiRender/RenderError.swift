/// Why rendering failed. These are faults of the machine or of Ayumi, not of the user's input:
/// fonts were already checked by AyumiFonts, pictures and QR data by layout.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    case fontUnreadable(String)
    case cairo(String)
    /// A picture that layout measured could not be read or decoded when drawing.
    case imageUnreadable(String)
    /// QR data that libqrencode refused.
    case qrCode(String)
    /// A PNG that could not be decoded (a golden file, a preview).
    case pngUnreadable

    public var description: String {
        switch self {
        case .fontUnreadable(let file): "the renderer cannot open the font file \(file)"
        case .cairo(let status): "cairo failed: \(status)"
        case .imageUnreadable(let path): "the renderer cannot read the picture \(path)"
        case .qrCode(let data): "libqrencode cannot encode \(data.utf8.count) bytes as a QR code"
        case .pngUnreadable: "the PNG data cannot be decoded"
        }
    }
}
