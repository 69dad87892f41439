/// A form field: a labelled place for the resident to write or choose.
///
/// The same field is drawn as an empty box in the blank rendition, carries an AcroForm widget
/// in the fillable one (named `name`, described by `label`), and shows `value` in the filled one.
public struct FieldBlock: Hashable, Sendable {
    /// ASCII identifier: the PDF field's `/T` and the key in the resident's data.
    public var name: String
    /// Japanese label, shown beside the field and read aloud by screen readers (`/TU`).
    public var label: [Inline]
    public var kind: FieldKind
    public var value: FieldValue?
    public var style: TextStyle
    public var location: SourceLocation?

    public init(name: String, label: [Inline], kind: FieldKind, value: FieldValue? = nil, style: TextStyle,
                location: SourceLocation? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.value = value
        self.style = style
        self.location = location
    }
}

/// What kind of answer a field takes.
public enum FieldKind: Hashable, Sendable {
    /// Free text on one line, or on `lines` lines; `width` as a share of the 版面 (1 = full).
    case text(lines: Int, width: Double)
    /// One character per box: postal codes, phone numbers.
    case comb(count: Int)
    /// 「令和　　年　　月　　日」: a date, written with one of `eras`.
    case date(eras: [Era])
    /// A group of options: check one (radio) or several; `other` adds 「その他（　　）」.
    case choice(options: [String], multiple: Bool, other: Bool)
}

/// Calendars a date field may be written in.
public enum Era: String, CaseIterable, Hashable, Sendable {
    /// For residents born before 25 December 1926 (a hundred years old in the 令和8年度 edition).
    case taisho = "大正"
    case showa = "昭和"
    case heisei = "平成"
    case reiwa = "令和"
    case western = "西暦"
}

/// A resident's answer, for the filled rendition.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    /// A date as the resident gave it, with the era label it is shown in (`令和8年4月1日`).
    case date(label: String, year: String, month: String, day: String)
    /// The chosen options, and the write-in text of 「その他」 if any.
    case choices([String], other: String?)
}
