/// One token of PDF syntax (ISO 32000-1 §7.2 and §7.3), as `PDFLexer` reads it.
public enum PDFToken: Hashable, Sendable {
    /// An integer such as `17` or `-98`.
    case integer(Int)
    /// A real number such as `34.5`, `-.002` or `4.`.
    case real(Double)
    /// A literal `(…)` or hexadecimal `<…>` string, already unescaped.
    case string(PDFString)
    /// A name such as `/Type`, with `#xx` escapes decoded.
    case name(PDFName)
    /// A run of regular characters that is not a number: `true`, `null`, `obj`, `R`, `xref`, `n`…;
    /// also `{` and `}`, which only PostScript calculator functions use.
    case keyword(String)
    /// `[`
    case arrayStart
    /// `]`
    case arrayEnd
    /// `<<`
    case dictionaryStart
    /// `>>`
    case dictionaryEnd
}

/// The three classes of characters of ISO 32000-1 §7.2.2.
enum PDFCharacter {
    /// NUL, HT, LF, FF, CR, SP (Table 1).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    /// `( ) < > [ ] { } / %` (Table 2).
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default:
            false
        }
    }

    /// Any byte that is neither whitespace nor a delimiter.
    static func isRegular(_ byte: UInt8) -> Bool { !isWhitespace(byte) && !isDelimiter(byte) }

    /// The value of a hexadecimal digit, either case; `nil` for anything else.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
