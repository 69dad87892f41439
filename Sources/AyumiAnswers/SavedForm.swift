/// The fields of a saved PDF form as plain values: what a viewer left in the file after a
/// resident typed and saved, independent of how the file was read.
///
/// AyumiQPDF fills it from any viewer's save (through qpdf); tests and the fuzz target can make
/// one by hand. Nothing here knows about templates: `AnswersReading` maps it to answers.
public struct SavedForm: Hashable, Sendable {
    /// The terminal fields (those holding values), in the order of `/AcroForm /Fields` and `/Kids`.
    public var fields: [SavedField]
    /// The template the PDF was made from, as Ayumi's finisher records it (`/AyumiTemplate` in
    /// the Info dictionary); `nil` for a PDF from elsewhere, or when a viewer dropped it.
    public var templateIdentifier: String?

    public init(fields: [SavedField], templateIdentifier: String? = nil) {
        self.fields = fields
        self.templateIdentifier = templateIdentifier
    }
}

/// One terminal field of a saved form (ISO 32000-1 §12.7.3), with inherited entries resolved.
public struct SavedField: Hashable, Sendable {
    /// `/FT`: the field type.
    public enum FieldType: Hashable, Sendable {
        /// `/Tx`: text.
        case text
        /// `/Btn`: a check box, radio group or push button (`flags` tells which).
        case button
        /// `/Ch`: a list or combo box.
        case choice
        /// `/Sig`, or no type at all.
        case other
    }

    /// `/V`: what the field holds.
    public enum Value: Hashable, Sendable {
        /// A text string (a text field's contents, a choice's export value).
        case text(String)
        /// A name: a button's appearance state (`Yes`, `Off`, a radio button's `0`, `1` …).
        case name(String)
        /// Several strings (a multiple-selection list box).
        case texts([String])
    }

    /// The full name: the partial names `/T` from the root down, joined by dots (§12.7.3.2).
    public var fullName: String
    public var type: FieldType
    public var value: Value?
    /// `/Opt`: the options; for a radio group or check box the export value of each state by
    /// its position (§12.7.4.2.4). A pair `[export display]` gives its export value.
    public var options: [String]
    /// `/TU`: the name a screen reader says.
    public var label: String?
    /// `/Ff`: the field flags.
    public var flags: Int
    /// Each widget's current appearance state (`/AS`), in `/Kids` order (`nil` where absent):
    /// some viewers update a button's `/AS` without its `/V`.
    public var widgetStates: [String?]
    /// Each widget's on-state (the name in `/AP /N` other than `Off`), in `/Kids` order.
    public var onStates: [String?]

    public init(fullName: String, type: FieldType, value: Value? = nil, options: [String] = [], label: String? = nil,
                flags: Int = 0, widgetStates: [String?] = [], onStates: [String?] = []) {
        self.fullName = fullName
        self.type = type
        self.value = value
        self.options = options
        self.label = label
        self.flags = flags
        self.widgetStates = widgetStates
        self.onStates = onStates
    }

    /// The text of a text field; `nil` when `/V` holds no text.
    public var text: String? {
        switch value {
        case .text(let text)?: text
        case .texts(let texts)?: texts.joined(separator: "\n")
        default: nil
        }
    }

    /// The state a button is in: `/V` when it is a name, else the first widget's `/AS` that is
    /// not `Off`; `nil` when off (`Off`, or nothing).
    public var buttonState: String? {
        var state: String?
        switch value {
        case .name(let name)?: state = name
        case .text(let text)?: state = text
        default: state = widgetStates.compactMap { $0 }.first { $0 != "Off" }
        }
        guard let state, !state.isEmpty, state != "Off" else { return nil }
        return state
    }
}
