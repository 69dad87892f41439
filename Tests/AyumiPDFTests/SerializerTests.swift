import AyumiPDF
import Testing

func written(_ object: PDFObject) throws(PDFError) -> String {
    String(decoding: try PDFSerializer.bytes(of: object), as: UTF8.self)
}

@Suite("PDFSerializer")
struct SerializerTests {
    static let objects: [(PDFObject, String)] = [
        (.null, "null"),
        (true, "true"),
        (-98, "-98"),
        (.name("Type"), "/Type"),
        (.reference(PDFReference(12)), "12 0 R"),
        ([1, 2.5, .string("x"), .name("N"), true, .null, [], .dictionary(PDFDictionary())],
         "[1 2.5 (x) /N true null [] << >>]"),
        (["Type": .name("Catalog"), "Pages": .reference(PDFReference(1)), "Lang": .string("ja-JP")],
         "<< /Type /Catalog /Pages 1 0 R /Lang (ja-JP) >>"),
        (["ViewerPreferences": ["DisplayDocTitle": true]], "<< /ViewerPreferences << /DisplayDocTitle true >> >>"),
        (.string("氏名"), "<FEFF6C0F540D>"),
        (.string(PDFString(bytes: Array("a(b)c\\d\ne\r\t".utf8) + [0x08, 0x0C, 0x00, 0x80, 0xFF, 0x7F])),
         #"(a\(b\)c\\d\ne\r\t\b\f\000\200\377\177)"#),
        (.string(PDFString(bytes: [0x00, 0xAB], format: .hexadecimal)), "<00AB>"),
        (.name(PDFName("A B")), "/A#20B"),
        (.name(PDFName("F#")), "/F#23"),
        (.name(PDFName("(x)/[y]%")), "/#28x#29#2F#5By#5D#25"),
        (.name(PDFName("氏")), "/#E6#B0#8F"),
        (.name(PDFName("")), "/"),
    ]

    @Test("objects are written byte for byte as expected", arguments: objects)
    func bytes(object: PDFObject, expected: String) throws {
        #expect(try written(object) == expected)
    }

    @Test("reals: fixed point, six decimals at most, trailing zeros trimmed, no exponent, no -0", arguments: [
        (0.5, "0.5"),
        (1.0, "1"),
        (-1.5, "-1.5"),
        (595.275591, "595.275591"),
        (841.8897637795, "841.889764"),
        (2.9999999, "3"),
        (0.000001, "0.000001"),
        (0.00001, "0.00001"),
        (1e-7, "0"),
        (-1e-7, "0"),
        (-0.0, "0"),
        (123456.7, "123456.7"),
        (1e20, "100000000000000000000"),
        (-2.5e15, "-2500000000000000"),
        (1.8446744073709552e19, "18446744073709551616"),
    ])
    func reals(value: Double, expected: String) throws {
        #expect(try PDFNumberFormat.string(for: value) == expected)
        #expect(try written(.real(value)) == expected)
    }

    @Test("NaN and infinities are refused")
    func nonFinite() {
        #expect(throws: PDFError.nonFiniteReal(.infinity)) { try written(.real(.infinity)) }
        #expect(throws: PDFError.self) { try written([.real(.nan)]) }
    }

    @Test("a stream gets its /Length from its data, in place or at the end")
    func stream() throws {
        let stream = PDFStream(dictionary: ["Length": .reference(PDFReference(5)), "Filter": .name("FlateDecode")],
                               data: Array("abc".utf8))
        #expect(try written(.stream(stream)) == "<< /Length 3 /Filter /FlateDecode >>\nstream\nabc\nendstream")
        let bare = PDFStream(dictionary: ["Type": .name("XObject")], data: [])
        #expect(try written(.stream(bare)) == "<< /Type /XObject /Length 0 >>\nstream\n\nendstream")
    }

    @Test("an indirect object")
    func indirectObject() throws {
        let bytes = try PDFSerializer.indirectObject(["A": 1], as: PDFReference(12))
        #expect(String(decoding: bytes, as: UTF8.self) == "12 0 obj\n<< /A 1 >>\nendobj\n")
    }

    static let values: [PDFObject] = [
        .dictionary(["Kids": [.reference(PDFReference(2, generation: 3))], "Count": 1, "Box": [0, 0.25, -3.5]]),
        .string(PDFString(bytes: Array(0...255))),
        .string(PDFString(bytes: Array(0...255), format: .hexadecimal)),
        .name(PDFName(bytes: Array(1...255))),
        .string("わたしの人生ノート～これまでとこれからの歩み～"),
        [[[["deep": [.null, false]]]]],
    ]

    @Test("what is written reads back as the same value", arguments: values)
    func roundTrip(object: PDFObject) throws {
        let text = try PDFSerializer.bytes(of: object)
        var parser = PDFParser(bytes: text)
        #expect(try parser.parseObject() == object)
        #expect(text.allSatisfy { $0 < 0x80 }, "written as 7-bit ASCII")
    }

    @Test("text strings: ASCII stays literal, other text is UTF-16BE with a byte-order mark")
    func textStrings() {
        #expect(PDFString(text: "ja-JP") == PDFString(bytes: Array("ja-JP".utf8), format: .literal))
        #expect(PDFString(text: "𠮷").bytes == [0xFE, 0xFF, 0xD8, 0x42, 0xDF, 0xB7])
        #expect(PDFString(text: "𠮷").text == "𠮷")
        #expect(PDFString(bytes: [0x80, 0x84, 0xA0, 0xE9]).text == "•—€é", "PDFDocEncoding")
        #expect(PDFString(bytes: [0xEF, 0xBB, 0xBF, 0xE6, 0xB0, 0x8F]).text == "氏", "UTF-8 with a BOM (ISO 32000-2)")
    }
}
