/// One entry of a cross-reference table (ISO 32000-1 §7.5.4): where an object is, or that its
/// number is free.
public enum PDFCrossReferenceEntry: Hashable, Sendable {
    /// `nnnnnnnnnn ggggg n`: the object starts at this byte offset.
    case inUse(offset: Int, generation: Int)
    /// `nnnnnnnnnn ggggg f`: the number is free (the offset field links the free list).
    case free(nextFree: Int, generation: Int)
}

/// One classic cross-reference section (`xref` and its subsections) with the trailer that follows
/// it (ISO 32000-1 §7.5.4 and §7.5.5). A file changed by incremental updates (§7.5.6) has one
/// section per revision, linked newest to oldest by the trailer's `/Prev`.
public struct PDFCrossReferenceSection: Hashable, Sendable {
    /// The byte offset of the `xref` keyword (what `startxref` or `/Prev` gives).
    public var offset: Int
    /// The entries of this section only, by object number.
    public var entries: [Int: PDFCrossReferenceEntry]
    public var trailer: PDFDictionary

    public init(offset: Int, entries: [Int: PDFCrossReferenceEntry], trailer: PDFDictionary) {
        self.offset = offset
        self.entries = entries
        self.trailer = trailer
    }

    /// The `/Prev` offset of the section before this one, if any.
    public var previousOffset: Int? { trailer["Prev"]?.integer }

    /// Reads the section at `offset`, refusing cross-reference streams (§7.5.8), hybrid files
    /// (`/XRefStm`) and encrypted files (`/Encrypt`) with their own errors.
    ///
    /// Entries are read as tokens rather than as fixed 20-byte records, so a section whose lines
    /// end in a single LF (19 bytes, a common writer mistake) still reads.
    static func read(in bytes: [UInt8], at offset: Int) throws(PDFError) -> PDFCrossReferenceSection {
        guard offset >= 0, offset < bytes.count else { throw .notACrossReferenceSection(offset: offset) }
        var parser = PDFParser(bytes: bytes, position: offset)
        let first = try? parser.nextToken()
        guard first == .keyword("xref") else {
            if case .integer? = first, Self.isCrossReferenceStream(in: bytes, at: offset) {
                throw .crossReferenceStream(offset: offset)
            }
            throw .notACrossReferenceSection(offset: offset)
        }

        var entries: [Int: PDFCrossReferenceEntry] = [:]
        while true {
            let token = try parser.nextToken()
            let tokenStart = parser.lexer.tokenStart
            switch token {
            case .keyword("trailer")?:
                let trailerStart = parser.lexer.position
                guard case .dictionary(let trailer) = try parser.parseObject() else {
                    throw .syntax(offset: trailerStart, "`trailer` is not followed by a dictionary")
                }
                if trailer["Encrypt"] != nil { throw .encrypted }
                if trailer["XRefStm"] != nil { throw .hybridCrossReference(offset: offset) }
                return PDFCrossReferenceSection(offset: offset, entries: entries, trailer: trailer)
            case .integer(let start)?:
                guard start >= 0, case .integer(let count)? = try parser.nextToken(), count >= 0 else {
                    throw .syntax(offset: tokenStart,
                                  "a cross-reference subsection must start with two numbers: first object, count")
                }
                // Each entry takes at least 18 bytes, so a larger count cannot be right (and could overflow).
                guard count <= bytes.count / 18, start <= bytes.count else {
                    throw .syntax(offset: tokenStart, "a cross-reference subsection of \(count) entries from object \(start)"
                                  + " does not fit in the file")
                }
                for number in start..<(start + count) {
                    let entryStart = parser.lexer.position
                    guard case .integer(let field1)? = try parser.nextToken(),
                          case .integer(let generation)? = try parser.nextToken(),
                          case .keyword(let kind)? = try parser.nextToken(), kind == "n" || kind == "f"
                    else {
                        throw .syntax(offset: entryStart,
                                      "cross-reference entry for object \(number) is not `offset generation n|f`")
                    }
                    // Within one section the first entry for a number counts (there should be only one).
                    if entries[number] == nil {
                        entries[number] = kind == "n" ? .inUse(offset: field1, generation: generation)
                                                      : .free(nextFree: field1, generation: generation)
                    }
                }
            default:
                throw .syntax(offset: tokenStart, "expected a cross-reference subsection or `trailer`")
            }
        }
    }

    /// Whether `n g obj << … /Type /XRef … >>` starts at `offset` (a PDF 1.5 cross-reference stream).
    private static func isCrossReferenceStream(in bytes: [UInt8], at offset: Int) -> Bool {
        var parser = PDFParser(bytes: bytes, position: offset)
        guard case .integer? = try? parser.nextToken(), case .integer? = try? parser.nextToken(),
              case .keyword("obj")? = try? parser.nextToken(),
              case .dictionary(let dictionary)? = try? parser.parseObject()
        else { return false }
        return dictionary.type == "XRef"
    }
}
