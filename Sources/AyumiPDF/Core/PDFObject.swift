/// A PDF object: one of the eight basic types of ISO 32000-1 §7.3, plus the indirect reference
/// (§7.3.10) that stands for an object stored elsewhere in the file.
///
/// Values are plain and comparable, so tests can compare what the reader found with what they
/// expect. Streams are kept as their dictionary and their still-encoded bytes.
///
/// ```swift
/// let catalog: PDFObject = .dictionary(["Type": .name("Catalog"), "Pages": .reference(PDFReference(1))])
/// ```
public enum PDFObject: Hashable, Sendable {
    /// `null` (§7.3.9).
    case null
    /// `true` or `false` (§7.3.2).
    case boolean(Bool)
    /// An integer such as `-98` (§7.3.3).
    case integer(Int)
    /// A real number such as `34.5` (§7.3.3); written without an exponent (see `PDFSerializer`).
    case real(Double)
    /// A string, literal `(…)` or hexadecimal `<…>` (§7.3.4).
    case string(PDFString)
    /// A name such as `/Type` (§7.3.5).
    case name(PDFName)
    /// An array `[…]` (§7.3.6).
    case array([PDFObject])
    /// A dictionary `<< … >>` with its keys in the order they were read or set (§7.3.7).
    case dictionary(PDFDictionary)
    /// A stream: a dictionary and its bytes, still encoded by its `/Filter` (§7.3.8).
    /// Only an indirect object can be a stream.
    case stream(PDFStream)
    /// A reference `n g R` to an indirect object (§7.3.10).
    case reference(PDFReference)
}

// MARK: - Reading values

extension PDFObject {
    /// The dictionary, or a stream's dictionary; `nil` for anything else.
    public var dictionary: PDFDictionary? {
        switch self {
        case .dictionary(let dictionary): dictionary
        case .stream(let stream): stream.dictionary
        default: nil
        }
    }

    public var integer: Int? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// An integer or real, as a `Double` (§7.3.3: the two are interchangeable where a number is expected).
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    public var boolean: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    public var name: PDFName? {
        if case .name(let value) = self { value } else { nil }
    }

    public var string: PDFString? {
        if case .string(let value) = self { value } else { nil }
    }

    public var array: [PDFObject]? {
        if case .array(let value) = self { value } else { nil }
    }

    public var reference: PDFReference? {
        if case .reference(let value) = self { value } else { nil }
    }

    public var stream: PDFStream? {
        if case .stream(let value) = self { value } else { nil }
    }

    /// A short description of the kind of object, for error messages: "a dictionary", "an integer".
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .boolean: "a boolean"
        case .integer: "an integer"
        case .real: "a real number"
        case .string: "a string"
        case .name: "a name"
        case .array: "an array"
        case .dictionary: "a dictionary"
        case .stream: "a stream"
        case .reference: "an indirect reference"
        }
    }
}

// MARK: - Literals

extension PDFObject: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(arrayLiteral elements: PDFObject...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (PDFName, PDFObject)...) {
        self = .dictionary(PDFDictionary(elements))
    }
}
