import AyumiLayout

/// The appearance streams of a form, each written once however many widgets show it (an
/// XObject may be used by several annotations; ISO 32000-1 §8.10): the check boxes of one size
/// share their four appearances, the empty text fields of one size their empty one. A 41-page
/// note has some 1,100 appearances, fewer than 200 of them different.
///
/// A button's appearances depend only on its kind, its state's name and its size, so they are
/// drawn, compressed and looked up once per such key rather than once per widget: drawing and
/// compressing four streams for each of the note's radio buttons was most of the form's cost.
/// The same streams are still matched by content, so two keys that draw the same bytes (an
/// empty check box and an empty radio button of one size) share one object, in the order they
/// first appear: the output is the same as when every widget drew its own.
struct AppearanceStreams {
    enum Button: Hashable {
        case checkBox, radioButton
    }

    private struct ButtonKey: Hashable {
        var button: Button
        var state: String
        var width: Double
        var height: Double
    }

    private struct SizeKey: Hashable {
        var width: Double
        var height: Double
    }

    private var byContent: [PDFObject: PDFReference] = [:]
    private var buttons: [ButtonKey: PDFObject] = [:]
    private var emptyTexts: [SizeKey: PDFReference] = [:]

    /// The reference of `stream`, added to `update` the first time these bytes are seen.
    mutating func shared(_ stream: PDFObject, in update: inout PDFIncrementalUpdate) -> PDFReference {
        if let reference = byContent[stream] { return reference }
        let reference = update.add(stream)
        byContent[stream] = reference
        return reference
    }

    /// `/N` and `/D` (normal and down), each with the `state` (on) and `/Off` appearances.
    mutating func button(_ button: Button, state: String, appearance: FieldAppearance,
                         in update: inout PDFIncrementalUpdate) -> PDFObject {
        let key = ButtonKey(button: button, state: state, width: appearance.width, height: appearance.height)
        if let known = buttons[key] { return known }
        let draw = button == .checkBox ? appearance.checkBox : appearance.radioButton
        var normal = PDFDictionary(), down = PDFDictionary()
        for (name, on) in [(state, true), ("Off", false)] {
            normal[PDFName(name)] = .reference(shared(appearance.stream(draw(on, false), fonts: nil), in: &update))
            down[PDFName(name)] = .reference(shared(appearance.stream(draw(on, true), fonts: nil), in: &update))
        }
        let dictionary: PDFObject = ["N": .dictionary(normal), "D": .dictionary(down)]
        buttons[key] = dictionary
        return dictionary
    }

    /// The appearance of an empty text field (`/Tx BMC EMC`), which depends only on its size.
    mutating func emptyText(_ appearance: FieldAppearance, kind: FieldWidget.Kind, size: Double,
                            in update: inout PDFIncrementalUpdate) -> PDFReference {
        let key = SizeKey(width: appearance.width, height: appearance.height)
        if let known = emptyTexts[key] { return known }
        let stream = appearance.stream(appearance.text(nil, kind: kind, size: size, fonts: nil).content, fonts: nil)
        let reference = shared(stream, in: &update)
        emptyTexts[key] = reference
        return reference
    }
}
