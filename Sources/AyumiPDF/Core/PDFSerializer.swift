/// Writes PDF objects as bytes, the same way every time (ISO 32000-1 §7.3).
///
/// The same value always gives the same bytes, whatever the machine or its locale:
/// - dictionaries keep their keys in stored order: `<< /Type /Catalog /Pages 1 0 R >>`;
/// - arrays are `[1 2 3]`; references `12 0 R`;
/// - reals have no exponent and at most six decimals, trailing zeros trimmed (`PDFNumberFormat`);
/// - names escape with `#xx` every byte outside `!`…`~`, and `#` and the delimiters (§7.3.5);
/// - literal strings escape `(`, `)` and `\`, and write control and non-ASCII bytes as
///   three-digit octal, so everything Ayumi appends to a PDF is 7-bit ASCII outside stream data;
/// - hexadecimal strings use upper-case digits, like cairo;
/// - a stream's `/Length` is set to the length of its data, as a direct integer.
public enum PDFSerializer {
    /// The bytes of one direct object (or stream).
    public static func bytes(of object: PDFObject) throws(PDFError) -> [UInt8] {
        var output: [UInt8] = []
        try write(object, into: &output)
        return output
    }

    /// `n g obj`, the object, `endobj` (§7.3.10), each on its own line.
    public static func indirectObject(_ object: PDFObject, as reference: PDFReference) throws(PDFError) -> [UInt8] {
        var output = Array("\(reference.objectNumber) \(reference.generation) obj\n".utf8)
        try write(object, into: &output)
        output += Array("\nendobj\n".utf8)
        return output
    }

    /// `/Name` with `#xx` escapes.
    public static func bytes(of name: PDFName) -> [UInt8] {
        var output: [UInt8] = []
        write(name, into: &output)
        return output
    }

    static func write(_ object: PDFObject, into output: inout [UInt8]) throws(PDFError) {
        switch object {
        case .null:
            output += Array("null".utf8)
        case .boolean(let value):
            output += Array((value ? "true" : "false").utf8)
        case .integer(let value):
            output += Array(String(value).utf8)
        case .real(let value):
            output += Array(try PDFNumberFormat.string(for: value).utf8)
        case .string(let string):
            write(string, into: &output)
        case .name(let name):
            write(name, into: &output)
        case .reference(let reference):
            output += Array(reference.description.utf8)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: " ")) }
                try write(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .dictionary(let dictionary):
            try write(dictionary, into: &output)
        case .stream(let stream):
            var dictionary = stream.dictionary
            dictionary["Length"] = .integer(stream.data.count)
            try write(dictionary, into: &output)
            output += Array("\nstream\n".utf8)
            output += stream.data
            output += Array("\nendstream".utf8)
        }
    }

    private static func write(_ dictionary: PDFDictionary, into output: inout [UInt8]) throws(PDFError) {
        output += Array("<<".utf8)
        for (key, value) in dictionary {
            output.append(UInt8(ascii: " "))
            write(key, into: &output)
            output.append(UInt8(ascii: " "))
            try write(value, into: &output)
        }
        output += Array(" >>".utf8)
    }

    private static func write(_ name: PDFName, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "/"))
        for byte in name.bytes {
            if (0x21...0x7E).contains(byte), byte != UInt8(ascii: "#"), !PDFCharacter.isDelimiter(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "#"))
                output += hexDigits(byte)
            }
        }
    }

    private static func write(_ string: PDFString, into output: inout [UInt8]) {
        switch string.format {
        case .hexadecimal:
            output.append(UInt8(ascii: "<"))
            for byte in string.bytes { output += hexDigits(byte) }
            output.append(UInt8(ascii: ">"))
        case .literal:
            output.append(UInt8(ascii: "("))
            for byte in string.bytes { output += literalEscape(byte) }
            output.append(UInt8(ascii: ")"))
        }
    }

    /// One byte of a literal string as written (§7.3.4.2 Table 3).
    private static func literalEscape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): [UInt8(ascii: "\\"), byte]
        case 0x0A: Array(#"\n"#.utf8)
        case 0x0D: Array(#"\r"#.utf8)
        case 0x09: Array(#"\t"#.utf8)
        case 0x08: Array(#"\b"#.utf8)
        case 0x0C: Array(#"\f"#.utf8)
        case 0x20...0x7E: [byte]
        default:
            [UInt8(ascii: "\\"), UInt8(ascii: "0") + byte >> 6, UInt8(ascii: "0") + (byte >> 3) & 7, UInt8(ascii: "0") + byte & 7]
        }
    }

    private static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}
