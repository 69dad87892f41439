/// A PDF name such as `/Type` or `/Lang` (ISO 32000-1 §7.3.5).
///
/// A name is a sequence of bytes; `#xx` escapes are already decoded here (`/A#20B` is the three
/// bytes `A B`). Names that Ayumi writes are ASCII; others are read as UTF-8 where they are shown.
public struct PDFName: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The name's bytes without the leading `/` and with `#xx` escapes decoded.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// A name from its text, without the leading `/`: `PDFName("Catalog")`.
    public init(_ text: String) { bytes = Array(text.utf8) }

    /// The name as text (UTF-8, with invalid bytes replaced), without the leading `/`.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `/Name`, as it would be written (with escapes; see `PDFSerializer`).
    public var description: String { String(decoding: PDFSerializer.bytes(of: self), as: UTF8.self) }

    public static func < (lhs: PDFName, rhs: PDFName) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
}

extension PDFName: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
