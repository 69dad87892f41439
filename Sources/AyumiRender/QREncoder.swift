internal import CQREncode
import AyumiLayout

/// QR codes through libqrencode, as plain module matrices.
public enum QREncoder {
    /// The modules of a QR code holding `data` as UTF-8 bytes, error correction level M
    /// (15 % of the code may be damaged), the smallest version that holds it; `nil` when the data
    /// is empty, holds a NUL character, or is too long for any QR code.
    public static func encode(_ data: String) -> QRMatrix? {
        guard !data.isEmpty, !data.utf8.contains(0),
              let code = QRcode_encodeString(data, 0, QR_ECLEVEL_M, QR_MODE_8, 1)
        else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let bytes = code.pointee.data else { return nil }
        // Bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
        let dark = (0..<width * width).map { bytes[$0] & 1 == 1 }
        return QRMatrix(width: width, dark: dark)
    }
}
