/// Field flags (`/Ff`, ISO 32000-1 §12.7.3.1), with bit positions written 1-based as the spec
/// prints them.
public struct PDFFieldFlags: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    private static func bit(_ position: Int) -> PDFFieldFlags { PDFFieldFlags(rawValue: 1 << (position - 1)) }

    // Table 221, all fields.
    /// Bit 1: the user may not change the value.
    public static let readOnly = bit(1)
    /// Bit 2: the field must have a value when the form is submitted.
    public static let required = bit(2)
    /// Bit 3: the field is not exported by a submit-form action.
    public static let noExport = bit(3)

    // Table 226, buttons.
    /// Bit 15: exactly one radio button is on at all times (clicking the one on does not turn it off).
    public static let noToggleToOff = bit(15)
    /// Bit 16: a set of radio buttons, not check boxes.
    public static let radio = bit(16)
    /// Bit 17: a push button, which keeps no value.
    public static let pushButton = bit(17)

    // Table 228, text fields.
    /// Bit 13: the text may span several lines.
    public static let multiline = bit(13)
    /// Bit 14: a password, not shown as typed.
    public static let password = bit(14)
    /// Bit 23: no spell checking (names, numbers, dates).
    public static let doNotSpellCheck = bit(23)
    /// Bit 24: no scrolling past the box: typing stops when the box is full.
    public static let doNotScroll = bit(24)
    /// Bit 25: `/MaxLen` equal cells, one character each (with Multiline, Password and FileSelect off).
    public static let comb = bit(25)
}
