import AyumiPDF
import Testing

/// All the tokens in `text`.
func tokens(_ text: String) throws(PDFError) -> [PDFToken] {
    try tokens(Array(text.utf8))
}

func tokens(_ bytes: [UInt8]) throws(PDFError) -> [PDFToken] {
    var lexer = PDFLexer(bytes: bytes)
    var result: [PDFToken] = []
    while let token = try lexer.next() { result.append(token) }
    return result
}

func literal(_ text: String) -> PDFToken { .string(PDFString(bytes: Array(text.utf8), format: .literal)) }

@Suite("PDFLexer")
struct LexerTests {
    @Test("each kind of token (ISO 32000-1 §7.3)", arguments: [
        ("123", PDFToken.integer(123)),
        ("-98", .integer(-98)),
        ("+17", .integer(17)),
        ("0", .integer(0)),
        ("34.5", .real(34.5)),
        ("-3.62", .real(-3.62)),
        ("+123.6", .real(123.6)),
        ("4.", .real(4)),
        ("-.002", .real(-0.002)),
        ("0.0", .real(0)),
        ("99999999999999999999", .real(1e20)),
        ("true", .keyword("true")),
        ("null", .keyword("null")),
        ("R", .keyword("R")),
        ("endobj", .keyword("endobj")),
        ("/Type", .name("Type")),
        ("[", .arrayStart),
        ("]", .arrayEnd),
        ("<<", .dictionaryStart),
        (">>", .dictionaryEnd),
        ("{", .keyword("{")),
        ("(ja-JP)", literal("ja-JP")),
        ("<4E6F>", .string(PDFString(bytes: [0x4E, 0x6F], format: .hexadecimal))),
    ])
    func tokenKinds(text: String, expected: PDFToken) throws {
        #expect(try tokens(text) == [expected])
    }

    @Test("literal strings: nesting, escapes, octal, line continuation, ends of line", arguments: [
        ("(a (nested (twice)) b)", "a (nested (twice)) b"),
        (#"(\(unbalanced)"#, "(unbalanced"),
        (#"(close\) only)"#, "close) only"),
        (#"(\\)"#, "\\"),
        ("(line\\\ncontinued)", "linecontinued"),
        ("(line\\\r\ncontinued)", "linecontinued"),
        (#"(\n\r\t\b\f)"#, "\n\r\t\u{8}\u{C}"),
        (#"(\101\102C)"#, "ABC"),
        (#"(\53)"#, "+"),
        (#"(\0053)"#, "\u{5}3"),
        (#"(\7)"#, "\u{7}"),
        (#"(a\qb)"#, "aqb"),
        ("(CR\rLF)", "CR\nLF"),
        ("(CRLF\r\nend)", "CRLF\nend"),
        ("()", ""),
        ("(% not a comment)", "% not a comment"),
    ])
    func literalStrings(text: String, expected: String) throws {
        #expect(try tokens(text) == [literal(expected)])
    }

    @Test("an octal escape over 255 keeps its low byte")
    func octalOverflow() throws {
        #expect(try tokens(#"(\777)"#) == [.string(PDFString(bytes: [0xFF], format: .literal))])
    }

    @Test("raw bytes in a literal string are kept")
    func rawBytes() throws {
        #expect(try tokens([0x28, 0x00, 0xFE, 0xFF, 0x29]) == [.string(PDFString(bytes: [0x00, 0xFE, 0xFF], format: .literal))])
    }

    @Test("hexadecimal strings: either case, whitespace, odd digit count", arguments: [
        ("<901FA3>", [0x90, 0x1F, 0xA3] as [UInt8]),
        ("<901fa>", [0x90, 0x1F, 0xA0]),
        ("<90 1f\na3>", [0x90, 0x1F, 0xA3]),
        ("<>", []),
    ])
    func hexadecimalStrings(text: String, expected: [UInt8]) throws {
        #expect(try tokens(text) == [.string(PDFString(bytes: expected, format: .hexadecimal))])
    }

    @Test("names with #xx escapes (§7.3.5 Table 4)", arguments: [
        ("/Name1", "Name1"),
        ("/A;Name_With-Various***Characters?", "A;Name_With-Various***Characters?"),
        ("/1.2", "1.2"),
        ("/A#20B", "A B"),
        ("/lime#20Green", "lime Green"),
        ("/paired#28#29parentheses", "paired()parentheses"),
        ("/The_Key_of_F#23_Minor", "The_Key_of_F#_Minor"),
        ("/#e6#b0#8f", "氏"),
        ("/", ""),
    ])
    func names(text: String, expected: String) throws {
        #expect(try tokens(text) == [.name(PDFName(expected))])
    }

    @Test("a name ends at a delimiter")
    func nameEnds() throws {
        #expect(try tokens("/A/B(c)") == [.name("A"), .name("B"), literal("c")])
    }

    @Test("comments are skipped, even inside a dictionary as cairo writes its pages")
    func comments() throws {
        #expect(try tokens("%PDF-1.5\n<< /Type /Page % 1\n   /Parent 1 0 R\r>>% end") == [
            .dictionaryStart, .name("Type"), .name("Page"), .name("Parent"), .integer(1), .integer(0), .keyword("R"),
            .dictionaryEnd,
        ])
    }

    @Test("`12 0 R` is three tokens; the parser joins them")
    func referenceTokens() throws {
        #expect(try tokens("12 0 R") == [.integer(12), .integer(0), .keyword("R")])
    }

    @Test("all six whitespace characters separate tokens")
    func whitespace() throws {
        #expect(try tokens([0x31, 0x00, 0x32, 0x09, 0x33, 0x0A, 0x34, 0x0C, 0x35, 0x0D, 0x36, 0x20, 0x37])
            == (1...7).map { PDFToken.integer($0) })
    }

    @Test("malformed input is an error naming the byte offset", arguments: [
        ("(unclosed", 0, "never closed"),
        ("<12G4>", 3, "`G` in a hexadecimal string"),
        ("<12", 0, "never closed"),
        ("  /A#2", 4, "two hexadecimal digits"),
        ("1.2.3", 0, "`1.2.3` is not a number"),
        ("--5", 0, "not a number"),
        ("x )", 2, "closes no string"),
        ("> ", 0, "single `>`"),
    ])
    func errors(text: String, offset: Int, message: String) {
        #expect {
            try tokens(text)
        } throws: { error in
            guard case .syntax(let at, let problem) = error as? PDFError else { return false }
            return at == offset && problem.contains(message)
        }
    }
}
