/// Splits PDF bytes into tokens (ISO 32000-1 §7.2 lexical conventions, §7.3 object syntax).
///
/// Skips whitespace and `%` comments anywhere between tokens: cairo writes a comment inside every
/// page dictionary (`<< /Type /Page % 1`). Reads names with `#xx` escapes, literal strings with
/// balanced parentheses and `\` escapes, hexadecimal strings, integers and reals. It does not
/// combine tokens: `12 0 R` is three tokens, which `PDFParser` joins into a reference.
///
/// ```swift
/// var lexer = PDFLexer(bytes: Array("<< /Lang (ja-JP) >>".utf8))
/// while let token = try lexer.next() { print(token) }
/// ```
public struct PDFLexer: Sendable {
    public let bytes: [UInt8]
    /// Where the next token (or the whitespace before it) starts.
    public var position: Int
    /// Where the token last returned by `next()` started, for error messages.
    public private(set) var tokenStart: Int

    public init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
        self.tokenStart = position
    }

    /// The next token, or `nil` at the end of the bytes.
    public mutating func next() throws(PDFError) -> PDFToken? {
        skipWhitespaceAndComments()
        tokenStart = position
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "/"):
            position += 1
            return .name(try readName())
        case UInt8(ascii: "("):
            position += 1
            return .string(PDFString(bytes: try readLiteralString(), format: .literal))
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "<") {
                position += 2
                return .dictionaryStart
            }
            position += 1
            return .string(PDFString(bytes: try readHexadecimalString(), format: .hexadecimal))
        case UInt8(ascii: ">"):
            guard peek(1) == UInt8(ascii: ">") else { throw error("a single `>` outside a hexadecimal string") }
            position += 2
            return .dictionaryEnd
        case UInt8(ascii: "["):
            position += 1
            return .arrayStart
        case UInt8(ascii: "]"):
            position += 1
            return .arrayEnd
        case UInt8(ascii: "{"), UInt8(ascii: "}"):
            position += 1
            return .keyword(String(UnicodeScalar(byte)))
        case UInt8(ascii: ")"):
            throw error("a `)` that closes no string")
        default:
            return try readNumberOrKeyword()
        }
    }

    /// Moves past whitespace and comments (a comment runs from `%` to the end of the line, §7.2.3).
    public mutating func skipWhitespaceAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if PDFCharacter.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    // MARK: - Token kinds

    /// A name after its `/` (§7.3.5): regular characters, `#` followed by two hex digits for any byte.
    private mutating func readName() throws(PDFError) -> PDFName {
        var name: [UInt8] = []
        while position < bytes.count, PDFCharacter.isRegular(bytes[position]) {
            if bytes[position] == UInt8(ascii: "#") {
                guard let high = peek(1).flatMap(PDFCharacter.hexValue), let low = peek(2).flatMap(PDFCharacter.hexValue)
                else { throw error("`#` in a name must be followed by two hexadecimal digits", at: position) }
                name.append(high << 4 | low)
                position += 3
            } else {
                name.append(bytes[position])
                position += 1
            }
        }
        return PDFName(bytes: name)
    }

    /// A literal string after its `(` (§7.3.4.2): balanced parentheses need no escape; `\n \r \t
    /// \b \f \( \) \\`, `\ddd` octal, and `\` before an end of line (a line continuation). An end
    /// of line inside the string (CR, LF or CR LF) reads as a single LF.
    private mutating func readLiteralString() throws(PDFError) -> [UInt8] {
        var result: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            case 0x0D:
                if peek(0) == 0x0A { position += 1 }
                result.append(0x0A)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                result += readEscape()
            default:
                result.append(byte)
            }
        }
        throw error("a literal string that is never closed with `)`")
    }

    /// The bytes an escape stands for, reading after its backslash (§7.3.4.2 Table 3).
    private mutating func readEscape() -> [UInt8] {
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "f"): return [0x0C]
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            // One to three octal digits; a value over 255 keeps its low byte (high-order overflow is ignored).
            var value = Int(byte - UInt8(ascii: "0"))
            for _ in 0..<2 {
                guard let next = peek(0), (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next) else { break }
                value = value * 8 + Int(next - UInt8(ascii: "0"))
                position += 1
            }
            return [UInt8(value & 0xFF)]
        case 0x0D:
            if peek(0) == 0x0A { position += 1 }
            return []
        case 0x0A:
            return []
        default:
            // `\(`, `\)`, `\\` give the character; for any other, the backslash is ignored.
            return [byte]
        }
    }

    /// A hexadecimal string after its `<` (§7.3.4.3): whitespace is ignored; an odd final digit
    /// is read as if followed by 0.
    private mutating func readHexadecimalString() throws(PDFError) -> [UInt8] {
        var result: [UInt8] = []
        var high: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ">") {
                if let high { result.append(high << 4) }
                return result
            }
            if PDFCharacter.isWhitespace(byte) { continue }
            guard let value = PDFCharacter.hexValue(byte) else {
                throw error("`\(String(UnicodeScalar(byte)))` in a hexadecimal string", at: position - 1)
            }
            if let pending = high {
                result.append(pending << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        throw error("a hexadecimal string that is never closed with `>`")
    }

    /// A run of regular characters: an integer, a real (§7.3.3), or otherwise a keyword.
    private mutating func readNumberOrKeyword() throws(PDFError) -> PDFToken {
        let start = position
        while position < bytes.count, PDFCharacter.isRegular(bytes[position]) { position += 1 }
        let run = bytes[start..<position]
        let text = String(decoding: run, as: UTF8.self)
        guard let first = run.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return .keyword(text) }

        let body = first == UInt8(ascii: "+") || first == UInt8(ascii: "-") ? run.dropFirst() : run[...]
        let digits = body.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        let dots = body.filter { $0 == UInt8(ascii: ".") }.count
        guard digits > 0, digits + dots == body.count, dots <= 1 else {
            throw error("`\(text)` is not a number", at: start)
        }
        if dots == 0, let integer = Int(text) { return .integer(integer) }
        // A real, or an integer too large for Int (read as a real, as ISO 32000-1 Annex C allows).
        guard let real = Double(text) else { throw error("`\(text)` is not a number", at: start) }
        return .real(real)
    }

    // MARK: - Helpers

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func error(_ problem: String, at offset: Int? = nil) -> PDFError {
        .syntax(offset: offset ?? tokenStart, problem)
    }
}
