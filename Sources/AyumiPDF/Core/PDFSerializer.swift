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
        var output: [UInt8] = []
        try appendIndirectObject(object, as: reference, to: &output)
        return output
    }

    /// `indirectObject(_:as:)` appended to `output` in place, so a font program of megabytes
    /// is copied once, not once into a buffer of its own and again into the file.
    static func appendIndirectObject(_ object: PDFObject, as reference: PDFReference,
                                     to output: inout [UInt8]) throws(PDFError) {
        PDFNumberFormat.appendDecimal(UInt64(reference.objectNumber), to: &output)
        output.append(UInt8(ascii: " "))
        PDFNumberFormat.appendDecimal(UInt64(reference.generation), to: &output)
        output += " obj\n".utf8
        try write(object, into: &output)
        output += "\nendobj\n".utf8
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
            output += "null".utf8
        case .boolean(let value):
            output += (value ? "true" : "false").utf8
        case .integer(let value):
            if value < 0 { output.append(UInt8(ascii: "-")) }
            PDFNumberFormat.appendDecimal(UInt64(value.magnitude), to: &output)
        case .real(let value):
            try PDFNumberFormat.append(value, to: &output)
        case .string(let string):
            write(string, into: &output)
        case .name(let name):
            write(name, into: &output)
        case .reference(let reference):
            PDFNumberFormat.appendDecimal(UInt64(reference.objectNumber), to: &output)
            output.append(UInt8(ascii: " "))
            PDFNumberFormat.appendDecimal(UInt64(reference.generation), to: &output)
            output += " R".utf8
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
            output += "\nstream\n".utf8
            output += stream.data
            output += "\nendstream".utf8
        }
    }

    private static func write(_ dictionary: PDFDictionary, into output: inout [UInt8]) throws(PDFError) {
        output += "<<".utf8
        for (key, value) in dictionary {
            output.append(UInt8(ascii: " "))
            write(key, into: &output)
            output.append(UInt8(ascii: " "))
            try write(value, into: &output)
        }
        output += " >>".utf8
    }

    private static func write(_ name: PDFName, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "/"))
        for byte in name.bytes {
            if (0x21...0x7E).contains(byte), byte != UInt8(ascii: "#"), !PDFCharacter.isDelimiter(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "#"))
                appendHexDigits(byte, to: &output)
            }
        }
    }

    private static func write(_ string: PDFString, into output: inout [UInt8]) {
        switch string.format {
        case .hexadecimal:
            output.append(UInt8(ascii: "<"))
            for byte in string.bytes { appendHexDigits(byte, to: &output) }
            output.append(UInt8(ascii: ">"))
        case .literal:
            output.append(UInt8(ascii: "("))
            for byte in string.bytes { appendLiteral(byte, to: &output) }
            output.append(UInt8(ascii: ")"))
        }
    }

    /// One byte of a literal string as written (§7.3.4.2 Table 3), appended in place: a form's
    /// names and labels are thousands of bytes.
    private static func appendLiteral(_ byte: UInt8, to output: inout [UInt8]) {
        let escaped: UInt8? = switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): byte
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        default: nil
        }
        if let escaped {
            output.append(UInt8(ascii: "\\"))
            output.append(escaped)
        } else if (0x20...0x7E).contains(byte) {
            output.append(byte)
        } else {
            output.append(UInt8(ascii: "\\"))
            output.append(UInt8(ascii: "0") + byte >> 6)
            output.append(UInt8(ascii: "0") + (byte >> 3) & 7)
            output.append(UInt8(ascii: "0") + byte & 7)
        }
    }

    private static func appendHexDigits(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(hexDigit(byte >> 4))
        output.append(hexDigit(byte & 0x0F))
    }

    /// An upper-case hexadecimal digit, like cairo's.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
