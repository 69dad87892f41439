import AyumiModel

/// Splits CSV text into records and cells, as RFC 4180 describes and Excel writes.
///
/// - Cells are separated by `,` and records by CRLF, LF or a lone CR; the last record may end
///   with or without a line break.
/// - A cell that starts with `"` is quoted: it may hold commas and line breaks (kept as `\n`),
///   and `""` inside it stands for one `"`. Only `,` or the end of the line may follow its
///   closing quote.
/// - A `"` anywhere else in a cell is kept as it is (`5"`), as Excel reads it.
///
/// <https://www.rfc-editor.org/rfc/rfc4180#section-2>
///
/// The scan runs over the UTF-8 bytes: every byte the grammar cares about is ASCII and never
/// part of a multi-byte character, so cells are cut out as byte ranges and decoded once.
/// Columns count Unicode scalars, like every `SourceLocation`.
struct CSVParser {
    /// A record as found, before the header gives its cells names.
    struct Record {
        var cells: [CSVCell]
        var location: SourceLocation
    }

    private let bytes: [UInt8]
    private let path: String
    private var index = 0
    private var line = 1
    private var column = 1
    private(set) var diagnostics = Diagnostics()

    init(text: String, path: String) {
        self.bytes = Array(text.utf8)
        self.path = path
    }

    /// Every record, or as many as come before an unclosed quote (which swallows the rest of
    /// the file, so nothing after it can be trusted).
    mutating func records() -> [Record] {
        var records: [Record] = []
        while index < bytes.count {
            let start = here
            var cells: [CSVCell] = []
            while true {
                guard let cell = nextCell() else { return records }
                cells.append(cell)
                guard index < bytes.count else { break }
                if bytes[index] == comma {
                    advance(scalars: 1)
                    continue
                }
                skipLineBreak()
                break
            }
            records.append(Record(cells: cells, location: start))
        }
        return records
    }

    // MARK: - Cells

    private mutating func nextCell() -> CSVCell? {
        guard index < bytes.count, bytes[index] == quote else { return plainCell() }
        return quotedCell()
    }

    /// A cell up to the next `,` or line break.
    private mutating func plainCell() -> CSVCell {
        let start = here
        let from = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == comma || byte == lineFeed || byte == carriageReturn { break }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        let text = String(decoding: bytes[from..<index], as: UTF8.self)
        return CSVCell(text: text, location: start, sourceMap: SourceMap(startingAt: start))
    }

    /// A cell in double quotes; `index` is at the opening quote.
    private mutating func quotedCell() -> CSVCell? {
        let start = here
        advance(scalars: 1)
        var content: [UInt8] = []
        var segments = [SourceMap.Segment(offset: 0, line: line, column: column)]
        var scalarCount = 0
        while true {
            guard index < bytes.count else {
                diagnostics.append(.error(at: start, "this quote is never closed",
                                          hints: ["end the cell with `\"`; a `\"` inside a quoted cell is written twice: `\"\"`"]))
                return nil
            }
            let byte = bytes[index]
            if byte == quote {
                if index + 1 < bytes.count, bytes[index + 1] == quote {
                    content.append(quote)
                    advance(scalars: 2)
                    scalarCount += 1
                    segments.append(SourceMap.Segment(offset: scalarCount, line: line, column: column))
                    continue
                }
                advance(scalars: 1)
                break
            }
            if byte == lineFeed || byte == carriageReturn {
                content.append(lineFeed)
                skipLineBreak()
                scalarCount += 1
                segments.append(SourceMap.Segment(offset: scalarCount, line: line, column: column))
                continue
            }
            content.append(byte)
            if byte & 0xC0 != 0x80 {
                column += 1
                scalarCount += 1
            }
            index += 1
        }
        if index < bytes.count, ![comma, lineFeed, carriageReturn].contains(bytes[index]) {
            diagnostics.append(.error(at: here, "unexpected text after the closing quote of a cell",
                                      hints: ["put the whole cell in quotes, writing each `\"` inside it twice: `\"5\"\"\"`"]))
            _ = plainCell()
        }
        return CSVCell(text: String(decoding: content, as: UTF8.self), location: start,
                       sourceMap: SourceMap(file: path, segments: segments))
    }

    // MARK: - Position

    private var here: SourceLocation { SourceLocation(file: path, line: line, column: column) }

    /// Moves past ASCII bytes (each one scalar).
    private mutating func advance(scalars count: Int) {
        index += count
        column += count
    }

    /// Moves past CRLF, LF or CR.
    private mutating func skipLineBreak() {
        if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed { index += 1 }
        index += 1
        line += 1
        column = 1
    }

    private let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
}
