/// Decodes Shift_JIS as Windows and Excel write it (CP932, also called Windows-31J).
///
/// Why not Foundation's `.shiftJIS`: on swift-corelibs-foundation (Debian 12, Swift 6.3.1) it
/// gets every two-byte CP932 character right, NEC and IBM extensions included, but in any text
/// with a non-ASCII byte it reads the control bytes 0x1A, 0x1C and 0x7F as U+001C, U+007F and
/// U+001A (ICU's IBM-943 rotation), while pure-ASCII input is read plainly; and on macOS it maps
/// 0x8160 to 〜 U+301C instead of ～ U+FF5E. Old DOS tools end files with 0x1A. A generated
/// table (`CP932Table`, from Python's `cp932` codec) gives the same text on every platform and
/// tells exactly where a bad byte is.
///
/// <https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP932.TXT> is the mapping
/// Python's codec follows.
enum CP932 {
    /// Where decoding stopped: the first byte that does not begin a CP932 character.
    struct InvalidByte: Error, Equatable {
        /// Lines and columns of the text decoded so far (columns in characters, 1-based).
        var line: Int
        var column: Int
    }

    /// The text `bytes` stand for, or where the first invalid byte is.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidByte> {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var line = 1, column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let scalar: Unicode.Scalar
            if byte < 0x80 {
                scalar = Unicode.Scalar(byte)
                index += 1
            } else if (0xA1...0xDF).contains(byte) {
                scalar = Unicode.Scalar(0xFF61 + UInt32(byte - 0xA1)) ?? "\u{FFFD}"
                index += 1
            } else if index + 1 < bytes.count, let pair = twoByte(byte, bytes[index + 1]) {
                scalar = pair
                index += 2
            } else {
                return .failure(InvalidByte(line: line, column: column))
            }
            scalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return .success(String(scalars))
    }

    /// The character for a lead and trail byte, `nil` where CP932 has none.
    static func twoByte(_ lead: UInt8, _ trail: UInt8) -> Unicode.Scalar? {
        guard let trailIndex = trailIndex(trail) else { return nil }
        if (0xF0...0xF9).contains(lead) {
            // The user-defined area (外字), mapped to private use as Windows does.
            return Unicode.Scalar(0xE000 + UInt32(lead - 0xF0) * 188 + UInt32(trailIndex))
        }
        guard let row = rowIndex[Int(lead)] else { return nil }
        let scalar = table[row * 188 + trailIndex]
        return scalar == "\u{FFFD}" ? nil : scalar
    }

    /// 0x40…0x7E → 0…62, 0x80…0xFC → 63…187.
    private static func trailIndex(_ trail: UInt8) -> Int? {
        switch trail {
        case 0x40...0x7E: Int(trail - 0x40)
        case 0x80...0xFC: Int(trail - 0x80) + 63
        default: nil
        }
    }

    /// Lead byte → row of `table`.
    private static let rowIndex: [Int?] = {
        var index = [Int?](repeating: nil, count: 256)
        for (row, lead) in CP932Table.leads.enumerated() { index[Int(lead)] = row }
        return index
    }()

    /// Every row's 188 characters, one after another.
    private static let table: [Unicode.Scalar] = CP932Table.rows.flatMap { Array($0.unicodeScalars) }
}
