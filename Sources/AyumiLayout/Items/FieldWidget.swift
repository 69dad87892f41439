import AyumiModel

/// Where one form-field widget goes, and everything AyumiPDF needs to make it an AcroForm field.
///
/// Layout places a widget record over every box a resident writes in or clicks, in every
/// rendition (the blank one too, so a dump shows where fields are); AyumiPDF makes AcroForm
/// fields from them only for `Rendition.fillable`. Renderers draw nothing for a widget: the frame,
/// the check box and the printed value (filled rendition) are separate items.
///
/// Names follow the template's field names, with a part after a dot where one template field
/// becomes several PDF fields (AcroForm's `.`-separated hierarchy, ISO 32000-1 §12.7.3.2):
///
/// | template field | widgets |
/// |---|---|
/// | text, lines | `name` (multi-line for more than one line) |
/// | comb | `name`, `/MaxLen` = `count` with the comb flag |
/// | date | `name.era` (radio buttons, only when several eras are offered), `name.year`, `name.month`, `name.day` |
/// | choice, one answer | `name`: one radio button per option (`option` = its index in `options`) |
/// | choice, several answers | `name.1`, `name.2` …: one check box per option |
/// | 「その他（　）」 | the option as above, and `name.other` for the write-in text |
/// | named table | `name.ROW.KEY`: one single-line text field per cell of each row a resident writes in (`TableFieldCells`) |
///
/// In the PDF a name under a terminal field takes `_` for its last dot (a radio group's kids are
/// its buttons): the write-in of the radio group `cpr` is the field `cpr_other`, the second part
/// of ruled lines `memo` is `memo_2` (AyumiPDF's `FormFieldTree`).
public struct FieldWidget: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A text field; `multiline` for a box of several lines (`/Ff` bit 13).
        case text(multiline: Bool)
        /// One character per cell (`/MaxLen` = `cells`, `/Ff` comb bit 25).
        case comb(cells: Int)
        /// One check box; `option` is its index in `FieldWidget.options`.
        case checkBox(option: Int)
        /// One button of a radio group named `name`; `option` is its index in `FieldWidget.options`.
        case radioButton(option: Int)
    }

    /// The full PDF field name (`/T` path): ASCII, dot-separated.
    public var name: String
    /// The field's name in the template (the key in the resident's data).
    public var fieldName: String
    /// What a screen reader says (`/TU`): the field's Japanese label, with the part (年, 月 …).
    public var label: String
    public var kind: Kind
    /// The options of a check box or radio group, as printed beside the buttons.
    public var options: [String]
    /// The most characters the field takes (`/MaxLen`), if limited.
    public var maximumLength: Int?
    /// The value: the text of a text field, or for a button its option's text when it is on
    /// (`nil`: empty or off). In the fillable rendition this pre-fills the field.
    public var value: String?
    /// The widget's rectangle on its page (points, from the top-left corner, y down).
    public var rect: Rect
    /// The page, counted from 0.
    public var pageIndex: Int
    public var rendition: Rendition
    /// The font text is typed in (`/DA`): a family of the font manifest and a size in points.
    public var fontFamily: String
    public var fontSize: Double
    /// Where the field is declared in the template.
    public var location: SourceLocation?
    public var structure: StructureElement.ID?

    public init(name: String, fieldName: String, label: String, kind: Kind, options: [String] = [],
                maximumLength: Int? = nil, value: String? = nil, rect: Rect, pageIndex: Int = 0,
                rendition: Rendition, fontFamily: String, fontSize: Double, location: SourceLocation? = nil,
                structure: StructureElement.ID? = nil) {
        self.name = name
        self.fieldName = fieldName
        self.label = label
        self.kind = kind
        self.options = options
        self.maximumLength = maximumLength
        self.value = value
        self.rect = rect
        self.pageIndex = pageIndex
        self.rendition = rendition
        self.fontFamily = fontFamily
        self.fontSize = fontSize
        self.location = location
        self.structure = structure
    }

    /// The rectangle in PDF user space (`/Rect [llx lly urx ury]`, y upwards from the page's
    /// bottom edge) for a page `pageHeight` points tall.
    public func pdfRect(pageHeight: Double) -> (lowerLeftX: Double, lowerLeftY: Double, upperRightX: Double,
                                                upperRightY: Double) {
        (rect.minX, pageHeight - rect.maxY, rect.maxX, pageHeight - rect.minY)
    }
}
