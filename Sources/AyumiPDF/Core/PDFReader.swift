/// Reads a PDF with classic cross-reference tables: finds its objects and reads any one by number.
///
/// The steps follow ISO 32000-1 §7.5:
/// 1. find the **last** `startxref` (§7.5.5; an incremental update adds one after the first, and
///    taking the first would read a stale revision);
/// 2. read that `xref` section and its trailer, then each older section through `/Prev` (§7.5.6);
///    for each object number the newest section's entry wins;
/// 3. read an object by seeking to its offset, checking `n g obj`, and parsing one object; a
///    stream's bytes are taken by its `/Length`, which cairo writes as an indirect reference.
///
/// Cross-reference streams (§7.5.8), hybrid files and encryption are refused with typed errors:
/// Ayumi reads only cairo 1.16's output and its own, and both use classic tables.
///
/// ```swift
/// let reader = try PDFReader(bytes: pdf)
/// let catalog = try reader.catalog()
/// print(catalog["Lang"] ?? "no /Lang")
/// ```
public struct PDFReader: Sendable {
    public let bytes: [UInt8]
    /// The cross-reference sections, newest first; `sections[0]` is the one `startxref` names.
    public let sections: [PDFCrossReferenceSection]
    /// The entry for every object number, taken from the newest section that lists it.
    public let entries: [Int: PDFCrossReferenceEntry]

    public init(bytes: [UInt8]) throws(PDFError) {
        self.bytes = bytes
        var sections: [PDFCrossReferenceSection] = []
        var visited: Set<Int> = []
        var next: Int? = try Self.lastStartXRef(in: bytes)
        while let offset = next {
            guard visited.insert(offset).inserted else { throw .crossReferenceLoop(offset: offset) }
            let section = try PDFCrossReferenceSection.read(in: bytes, at: offset)
            sections.append(section)
            next = section.previousOffset
        }
        self.sections = sections
        var entries: [Int: PDFCrossReferenceEntry] = [:]
        for section in sections {
            entries.merge(section.entries) { newer, _ in newer }
        }
        self.entries = entries
    }

    /// The newest trailer (§7.5.5).
    public var trailer: PDFDictionary { sections[0].trailer }

    /// The offset `startxref` gives: where the newest cross-reference section starts.
    public var startXRef: Int { sections[0].offset }

    /// The numbers of all objects in use, ascending.
    public var objectNumbers: [Int] {
        entries.compactMap { number, entry in
            if case .inUse = entry { number } else { nil }
        }.sorted()
    }

    /// The document catalog, found through the trailer's `/Root` (§7.7.2).
    public func catalog() throws(PDFError) -> PDFDictionary {
        guard let root = trailer["Root"] else {
            throw .unexpectedObject("the trailer's /Root", expected: "a reference to the catalog", found: "missing")
        }
        return try dictionary(root, "the catalog (/Root)")
    }

    /// The document information dictionary (§14.3.3), if the trailer names one.
    public func info() throws(PDFError) -> PDFDictionary? {
        guard let info = trailer["Info"] else { return nil }
        return try dictionary(info, "the document information dictionary (/Info)")
    }

    /// The object a reference points at, or the object itself when it is not a reference.
    ///
    /// Follows a reference to a reference too, a few levels deep.
    public func resolve(_ object: PDFObject) throws(PDFError) -> PDFObject {
        var current = object
        for _ in 0..<8 {
            guard case .reference(let reference) = current else { return current }
            current = try self.object(at: reference)
        }
        throw .unexpectedObject("a chain of references", expected: "at most 8 long", found: "longer")
    }

    /// The object a reference points at; its generation must match the cross-reference entry.
    public func object(at reference: PDFReference) throws(PDFError) -> PDFObject {
        try readObject(reference.objectNumber, generation: reference.generation, withStreamData: true)
    }

    /// Indirect object `number`, with whatever generation the cross-reference table gives it.
    public func object(_ number: Int) throws(PDFError) -> PDFObject {
        try readObject(number, generation: nil, withStreamData: true)
    }

    // MARK: - Steps

    /// The offset after the last `startxref` in the file.
    static func lastStartXRef(in bytes: [UInt8]) throws(PDFError) -> Int {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        while index >= 0 {
            if bytes[index] == keyword[0], bytes[index..<index + keyword.count].elementsEqual(keyword) {
                var lexer = PDFLexer(bytes: bytes, position: index + keyword.count)
                guard case .integer(let offset)? = try? lexer.next() else {
                    throw .syntax(offset: index, "`startxref` is not followed by a byte offset")
                }
                return offset
            }
            index -= 1
        }
        throw .noStartXRef
    }

    private func readObject(_ number: Int, generation expected: Int?, withStreamData: Bool) throws(PDFError) -> PDFObject {
        guard case .inUse(let offset, let generation)? = entries[number], expected == nil || expected == generation else {
            throw .objectNotFound(number)
        }
        let reference = PDFReference(number, generation: generation)
        guard offset >= 0, offset < bytes.count else { throw .objectMismatch(reference, offset: offset) }
        var parser = PDFParser(bytes: bytes, position: offset)
        guard case .integer(number)? = try? parser.nextToken(), case .integer(generation)? = try? parser.nextToken(),
              case .keyword("obj")? = try? parser.nextToken()
        else { throw .objectMismatch(reference, offset: offset) }

        let value = try parser.parseObject()
        var after = parser.lexer
        let token = try after.next()
        if token == .keyword("stream"), case .dictionary(let dictionary) = value {
            guard withStreamData else { return value }
            return .stream(try readStream(dictionary, keywordEnd: after.position, of: reference))
        }
        guard token == .keyword("endobj") else {
            throw .syntax(offset: after.tokenStart, "object \(number) \(generation) is not closed with `endobj`")
        }
        return value
    }

    /// A stream's bytes: after `stream` and its end of line (CR LF or LF, §7.3.8.1), `/Length`
    /// bytes, then `endstream` and `endobj`.
    private func readStream(_ dictionary: PDFDictionary, keywordEnd: Int, of reference: PDFReference)
        throws(PDFError) -> PDFStream
    {
        var start = keywordEnd
        if start + 1 < bytes.count, bytes[start] == 0x0D, bytes[start + 1] == 0x0A {
            start += 2
        } else if start < bytes.count, bytes[start] == 0x0A {
            start += 1
        } else {
            throw .syntax(offset: keywordEnd, "`stream` must be followed by an end of line (CR LF or LF)")
        }
        let length = try streamLength(dictionary["Length"], of: reference)
        guard length >= 0, start + length <= bytes.count else {
            throw .syntax(offset: start,
                          "the stream of object \(reference.objectNumber) has /Length \(length), past the end of the file")
        }
        var lexer = PDFLexer(bytes: bytes, position: start + length)
        guard try lexer.next() == .keyword("endstream") else {
            throw .syntax(offset: start + length,
                          "no `endstream` after the \(length) bytes that /Length gives object \(reference.objectNumber)")
        }
        guard try lexer.next() == .keyword("endobj") else {
            throw .syntax(offset: lexer.tokenStart, "object \(reference.objectNumber) is not closed with `endobj`")
        }
        return PDFStream(dictionary: dictionary, data: Array(bytes[start..<start + length]))
    }

    /// `/Length`, direct or indirect. An indirect length is read without stream data, so a
    /// length that points at a stream fails instead of recursing.
    private func streamLength(_ length: PDFObject?, of reference: PDFReference) throws(PDFError) -> Int {
        var value = length
        if case .reference(let target)? = length {
            value = try readObject(target.objectNumber, generation: target.generation, withStreamData: false)
        }
        guard let integer = value?.integer else {
            throw .unexpectedObject("the /Length of object \(reference.objectNumber)'s stream", expected: "an integer",
                                    found: value?.kindDescription ?? "missing")
        }
        return integer
    }

    private func dictionary(_ object: PDFObject, _ what: String) throws(PDFError) -> PDFDictionary {
        let resolved = try resolve(object)
        guard case .dictionary(let dictionary) = resolved else {
            throw .unexpectedObject(what, expected: "a dictionary", found: resolved.kindDescription)
        }
        return dictionary
    }
}
