import AyumiPDF
import Testing

func parse(_ text: String) throws(PDFError) -> PDFObject {
    var parser = PDFParser(bytes: Array(text.utf8))
    return try parser.parseObject()
}

@Suite("PDFParser")
struct ParserTests {
    @Test("`n g R` is a reference, found with two tokens of lookahead")
    func references() throws {
        #expect(try parse("12 0 R") == .reference(PDFReference(12)))
        #expect(try parse("[1 2 R 3]") == [.reference(PDFReference(1, generation: 2)), 3])
        #expect(try parse("[1 2 3]") == [1, 2, 3])
        #expect(try parse("[1 2]") == [1, 2])
        #expect(try parse("[ 2 0 R ]") == [.reference(PDFReference(2))])
    }

    @Test("a dictionary keeps its keys in file order")
    func dictionaryOrder() throws {
        let object = try parse("<< /Type /Page /Parent 1 0 R /MediaBox [0 0 595.275591 841.889764] /A true /B null >>")
        let dictionary = try #require(object.dictionary)
        #expect(dictionary.keys == ["Type", "Parent", "MediaBox", "A", "B"])
        #expect(dictionary["MediaBox"] == [0, 0, .real(595.275591), .real(841.889764)])
        #expect(dictionary["A"] == true)
        #expect(dictionary["B"] == .null)
        #expect(dictionary.type == "Page")
    }

    @Test("nested containers and every kind of value")
    func nesting() throws {
        #expect(try parse("<< /K [ << /S /P >> (x) <41> -1.5 false ] /D << >> /E [] >>") == [
            "K": [["S": .name("P")], .string(PDFString(bytes: [0x78])), .string(PDFString(bytes: [0x41], format: .hexadecimal)),
                  -1.5, false],
            "D": .dictionary(PDFDictionary()),
            "E": [],
        ])
    }

    @Test("a key given twice keeps its last value, in its first place")
    func repeatedKey() throws {
        #expect(try parse("<< /A 1 /B 2 /A 3 >>").dictionary?.entries.map(\.key) == ["A", "B"])
        #expect(try parse("<< /A 1 /B 2 /A 3 >>").dictionary?["A"] == 3)
    }

    @Test("malformed objects are errors", arguments: [
        ("<< 1 2 >>", "a dictionary key must be a name"),
        ("<< /A >>", "has no value"),
        ("<< /A 1", "never closed with `>>`"),
        ("[1 2", "never closed with `]`"),
        ("]", "`]` that closes no array"),
        ("endobj", "`endobj` where an object should start"),
        ("[1 -2 R]", "`R` where an object should start"),
        ("", "ends where an object should start"),
    ])
    func errors(text: String, message: String) {
        #expect {
            try parse(text)
        } throws: { error in
            guard case .syntax(_, let problem) = error as? PDFError else { return false }
            return problem.contains(message)
        }
    }

    @Test("nesting too deep is refused instead of exhausting the stack")
    func depthLimit() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: PDFError.self) { try parse(text) }
        #expect(throws: Never.self) { try parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200)) }
    }
}
