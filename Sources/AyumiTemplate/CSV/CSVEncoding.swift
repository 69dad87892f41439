import AyumiModel

/// How the bytes of a CSV file are read.
///
/// Excel in Japan saves 「CSV (コンマ区切り)」 as Shift_JIS — strictly Microsoft's CP932
/// (Windows-31J), which adds NEC and IBM characters such as ①, ㈱, Ⅲ and 髙 to JIS X 0208 —
/// and 「CSV UTF-8」 as UTF-8 with a BOM. Staff cannot be expected to know which they saved.
public enum CSVEncoding: String, CaseIterable, Sendable {
    /// UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise Shift_JIS (CP932)
    /// if they decode cleanly as that, with a warning saying so.
    case automatic
    /// UTF-8, with or without BOM.
    case utf8
    /// Shift_JIS as Windows and Excel write it (CP932).
    case shiftJIS = "shift_jis"
}

/// Bytes to text, with every problem located at the first byte that cannot be read.
///
/// UTF-8 is checked by the standard library; Shift_JIS is read by `CP932`, Ayumi's own
/// table-driven decoder (its doc comment says why Foundation's is not used).
enum CSVTextDecoder {
    /// The text, without any BOM, and the encoding it was read in; `nil` with an error when the
    /// bytes are not text in any allowed encoding.
    static func decode(_ bytes: [UInt8], path: String, encoding: CSVEncoding,
                       diagnostics: inout Diagnostics) -> (text: String, encoding: CSVEncoding)? {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            diagnostics.append(.error(at: start, "the CSV file is UTF-16 text, which Ayumi does not read", hints: [saveAsUTF8]))
            return nil
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        switch encoding {
        case .utf8:
            if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
            diagnostics.append(.error(at: firstInvalidUTF8(body, path: path), "the CSV file is not UTF-8 text",
                                      hints: ["if Excel saved it as 「CSV (コンマ区切り)」, it is Shift_JIS: read it as shift_jis, or " + saveAsUTF8]))
            return nil
        case .shiftJIS:
            switch CP932.decode(bytes) {
            case .success(let text): return (text, .shiftJIS)
            case .failure(let problem):
                diagnostics.append(.error(at: location(problem, path: path), "the CSV file is not Shift_JIS (CP932) text",
                                          hints: [saveAsUTF8]))
                return nil
            }
        case .automatic:
            if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
            let shiftJIS = hasBOM ? nil : CP932.decode(bytes)
            if case .success(let text)? = shiftJIS {
                diagnostics.append(.warning(at: start, "the CSV file is not UTF-8, so it was read as Shift_JIS (CP932)",
                                            hints: ["to read it as UTF-8 without this warning, " + saveAsUTF8]))
                return (text, .shiftJIS)
            }
            // Neither. Point where the file most likely went wrong: a file whose very first
            // non-ASCII byte is not UTF-8 was probably meant as Shift_JIS.
            var place = firstInvalidUTF8(body, path: path)
            if case .failure(let problem)? = shiftJIS,
               let firstNonASCII = body.firstIndex(where: { $0 >= 0x80 }), !startsValidUTF8(body, at: firstNonASCII) {
                place = location(problem, path: path)
            }
            diagnostics.append(.error(at: place, "the CSV file is neither UTF-8 nor Shift_JIS text",
                                      hints: ["the file may be damaged, or mix two encodings; " + saveAsUTF8]))
            return nil
        }
    }

    static let saveAsUTF8 = "open it in Excel and save it with 名前を付けて保存 → ファイルの種類「CSV UTF-8 (コンマ区切り) (*.csv)」"

    private static func location(_ problem: CP932.InvalidByte, path: String) -> SourceLocation {
        SourceLocation(file: path, line: problem.line, column: problem.column)
    }

    // MARK: - UTF-8

    /// The line and column (in characters) of the first byte that does not begin valid UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8], path: String) -> SourceLocation {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error, .emptyInput:
                return SourceLocation(file: path, line: line, column: column)
            }
        }
    }

    private static func startsValidUTF8(_ bytes: [UInt8], at index: Int) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[index...].makeIterator()
        if case .valid = parser.parseScalar(from: &iterator) { return true }
        return false
    }
}
