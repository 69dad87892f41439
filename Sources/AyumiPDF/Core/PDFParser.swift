/// Reads PDF objects from tokens (ISO 32000-1 §7.3): arrays, dictionaries, and `n g R`
/// references, which need two tokens of lookahead after an integer.
///
/// It reads direct objects only; `PDFReader` handles what surrounds an indirect object
/// (`n g obj … endobj`) and the bytes of a stream.
public struct PDFParser: Sendable {
    public var lexer: PDFLexer

    /// Nesting deeper than this is refused, so a hostile file cannot exhaust the stack.
    static let maximumDepth = 256

    public init(bytes: [UInt8], position: Int = 0) {
        lexer = PDFLexer(bytes: bytes, position: position)
    }

    /// The next object; a syntax error if the bytes end first or a token cannot start an object.
    public mutating func parseObject() throws(PDFError) -> PDFObject {
        guard let token = try lexer.next() else {
            throw .syntax(offset: lexer.position, "the data ends where an object should start")
        }
        return try parseObject(startingWith: token, depth: 0)
    }

    /// The next token, unchanged (for keywords such as `obj`, `stream`, `trailer`).
    public mutating func nextToken() throws(PDFError) -> PDFToken? { try lexer.next() }

    private mutating func parseObject(startingWith token: PDFToken, depth: Int) throws(PDFError) -> PDFObject {
        guard depth < Self.maximumDepth else {
            throw .syntax(offset: lexer.tokenStart, "arrays and dictionaries nested more than \(Self.maximumDepth) deep")
        }
        switch token {
        case .integer(let value):
            return referenceAfter(value).map(PDFObject.reference) ?? .integer(value)
        case .real(let value):
            return .real(value)
        case .string(let value):
            return .string(value)
        case .name(let value):
            return .name(value)
        case .arrayStart:
            return .array(try parseArrayElements(depth: depth))
        case .dictionaryStart:
            return .dictionary(try parseDictionaryEntries(depth: depth))
        case .keyword("true"):
            return .boolean(true)
        case .keyword("false"):
            return .boolean(false)
        case .keyword("null"):
            return .null
        case .keyword(let word):
            throw .syntax(offset: lexer.tokenStart, "`\(word)` where an object should start")
        case .arrayEnd:
            throw .syntax(offset: lexer.tokenStart, "`]` that closes no array")
        case .dictionaryEnd:
            throw .syntax(offset: lexer.tokenStart, "`>>` that closes no dictionary")
        }
    }

    /// `n g R` after the integer `n` has been read: the reference, consuming `g R`; otherwise
    /// `nil`, consuming nothing.
    private mutating func referenceAfter(_ objectNumber: Int) -> PDFReference? {
        var probe = lexer
        guard objectNumber >= 0,
              case .integer(let generation)? = try? probe.next(), generation >= 0,
              case .keyword("R")? = try? probe.next()
        else { return nil }
        lexer = probe
        return PDFReference(objectNumber, generation: generation)
    }

    private mutating func parseArrayElements(depth: Int) throws(PDFError) -> [PDFObject] {
        var elements: [PDFObject] = []
        while true {
            guard let token = try lexer.next() else {
                throw .syntax(offset: lexer.position, "an array that is never closed with `]`")
            }
            if token == .arrayEnd { return elements }
            elements.append(try parseObject(startingWith: token, depth: depth + 1))
        }
    }

    /// Entries in the order they appear; a key given twice keeps its last value.
    private mutating func parseDictionaryEntries(depth: Int) throws(PDFError) -> PDFDictionary {
        var dictionary = PDFDictionary()
        while true {
            guard let token = try lexer.next() else {
                throw .syntax(offset: lexer.position, "a dictionary that is never closed with `>>`")
            }
            if token == .dictionaryEnd { return dictionary }
            guard case .name(let key) = token else {
                throw .syntax(offset: lexer.tokenStart, "a dictionary key must be a name")
            }
            guard let valueToken = try lexer.next() else {
                throw .syntax(offset: lexer.position, "the dictionary key \(key) has no value")
            }
            if valueToken == .dictionaryEnd { throw .syntax(offset: lexer.tokenStart, "the dictionary key \(key) has no value") }
            dictionary[key] = try parseObject(startingWith: valueToken, depth: depth + 1)
        }
    }
}
