/// A PDF string object (ISO 32000-1 §7.3.4): bytes, written either as a literal `(…)` or as
/// hexadecimal `<…>`.
///
/// The bytes are what counts; the format only records how the string was (or will be) written,
/// so a string read from cairo's output is written back in the same form.
public struct PDFString: Hashable, Sendable {
    /// How a string is written in the file (§7.3.4.2 and §7.3.4.3).
    public enum Format: Hashable, Sendable {
        /// `(text)`, with `\` escapes where needed.
        case literal
        /// `<48656C6C6F>`, two upper-case hex digits per byte.
        case hexadecimal
    }

    public var bytes: [UInt8]
    public var format: Format

    public init(bytes: [UInt8], format: Format = .literal) {
        self.bytes = bytes
        self.format = format
    }
}

// MARK: - Text strings (§7.9.2.2)

extension PDFString {
    /// A text string, encoded the way ISO 32000-1 §7.9.2.2 allows and every reader understands:
    /// printable ASCII (which PDFDocEncoding shares with ASCII) as a literal string, anything else
    /// as UTF-16BE with a byte-order mark, written in hex like cairo writes `/Title`.
    ///
    /// `/Lang (ja-JP)` stays readable; `/TU <FEFF6C0F540D>` (氏名) is Unicode.
    public init(text: String) {
        let scalars = text.unicodeScalars
        if scalars.allSatisfy({ (0x20...0x7E).contains($0.value) || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            self.init(bytes: Array(text.utf8), format: .literal)
        } else {
            var bytes: [UInt8] = [0xFE, 0xFF]
            for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            self.init(bytes: bytes, format: .hexadecimal)
        }
    }

    /// The string read as a text string: UTF-16BE after a `FE FF` byte-order mark, UTF-8 after
    /// `EF BB BF` (ISO 32000-2), otherwise PDFDocEncoding (ISO 32000-1 Annex D.2).
    public var text: String {
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(String.UnicodeScalarView(bytes.map(PDFDocEncoding.scalar(for:))))
    }
}

extension PDFString: ExpressibleByStringLiteral {
    /// A text string; see `init(text:)`.
    public init(stringLiteral value: String) { self.init(text: value) }
}

/// PDFDocEncoding (ISO 32000-1 Annex D.2, Table D.2): Latin-1 with typographic characters in
/// 0x18–0x1F and 0x80–0xA0. Undefined codes decode as U+FFFD.
enum PDFDocEncoding {
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        switch byte {
        case 0x18...0x1F: accents[Int(byte - 0x18)]
        case 0x80...0x9E: upper[Int(byte - 0x80)]
        case 0x9F, 0xAD: "\u{FFFD}"
        case 0xA0: "\u{20AC}"
        default: Unicode.Scalar(byte)
        }
    }

    /// 0x18–0x1F: breve, caron, circumflex, dot above, double acute, ogonek, ring, small tilde.
    private static let accents: [Unicode.Scalar] = [
        "\u{02D8}", "\u{02C7}", "\u{02C6}", "\u{02D9}", "\u{02DD}", "\u{02DB}", "\u{02DA}", "\u{02DC}",
    ]

    /// 0x80–0x9E: bullet, daggers, ellipsis, dashes, florin, fraction slash, angle quotes, minus,
    /// per mille, curly quotes, trade mark, fi/fl ligatures, Ł Œ Š Ÿ Ž ı ł œ š ž.
    private static let upper: [Unicode.Scalar] = [
        "\u{2022}", "\u{2020}", "\u{2021}", "\u{2026}", "\u{2014}", "\u{2013}", "\u{0192}", "\u{2044}", "\u{2039}",
        "\u{203A}", "\u{2212}", "\u{2030}", "\u{201E}", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{201A}",
        "\u{2122}", "\u{FB01}", "\u{FB02}", "\u{0141}", "\u{0152}", "\u{0160}", "\u{0178}", "\u{017D}", "\u{0131}",
        "\u{0142}", "\u{0153}", "\u{0161}", "\u{017E}",
    ]
}
