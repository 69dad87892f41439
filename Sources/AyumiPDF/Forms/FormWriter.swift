import AyumiLayout

/// Writes a `FormFieldTree` into an incremental update: the field and widget dictionaries, their
/// appearance streams, the fonts, and the interactive form dictionary (ISO 32000-1 §12.7).
///
/// The fonts follow the hybrid plan of reference/pdf-forms.md §0.3:
/// - appearances use an **embedded subset** of the field's own font (BIZ UDGothic for Ayumi's
///   fields), named `/FAP0`, `/FAP1` … in each appearance's resources, so pre-filled values show
///   exactly as set in every viewer;
/// - `/DA` and `/DR` name a **non-embedded Adobe-Japan1 font** with the `UniJIS-UTF16-H` CMap
///   (`/KozGoPr6N-Medium`, or `/KozMinPr6N-Regular` for a Mincho field), which a viewer uses for
///   what the resident types: any Japanese character can be typed, without putting a 3 MB font
///   in every file. No `/NeedAppearances` (§2.5 there: it would throw the appearances away).
///
/// Writing happens in two steps, because the structure tree and the widgets point at each
/// other: `reserve` gives every field and widget its object number, then, once the structure
/// update has given each widget its `/StructParent` key, `write` fills them in.
struct FormWriter {
    /// One page of the PDF, as the widgets need it.
    struct PageInfo {
        var reference: PDFReference
        /// The MediaBox's height, to turn the layout's y-down rectangles into PDF user space.
        var height: Double
        var originY: Double
        var originX: Double
    }

    /// A character a field's value has and its appearance font lacks (drawn as `.notdef`).
    struct MissingCharacter: Hashable {
        var field: String
        var scalar: Unicode.Scalar
    }

    let tree: FormFieldTree
    let fonts: FormFonts
    /// Object numbers, once reserved: each widget (in `tree.widgets` order), and each field node by full name.
    private(set) var widgetReferences: [PDFReference] = []
    private var fieldReferences: [String: PDFReference] = [:]
    private(set) var missing: [MissingCharacter] = []
    /// Appearance streams already written (`AppearanceStreams`).
    private var appearances = AppearanceStreams()

    init(tree: FormFieldTree, fonts: FormFonts) {
        self.tree = tree
        self.fonts = fonts
    }

    /// Gives every field and widget an object number (written as `null` until `write`).
    mutating func reserve(in update: inout PDFIncrementalUpdate) {
        func visit(_ node: FormFieldTree.Node) {
            switch node {
            case .group(let group):
                fieldReferences[group.fullName] = update.add(.null)
                group.children.forEach(visit)
            case .terminal(let terminal):
                // A terminal with one widget is merged with it (§12.7.3.1): one object for both.
                if terminal.widgets.count > 1 || terminal.kind == .radio {
                    fieldReferences[terminal.fullName] = update.add(.null)
                }
            }
        }
        tree.roots.forEach(visit)
        for (_, fieldName, position) in tree.widgets {
            if fieldReferences[fieldName] == nil, position == 0 {
                let reference = update.add(.null)
                fieldReferences[fieldName] = reference
                widgetReferences.append(reference)
            } else {
                widgetReferences.append(update.add(.null))
            }
        }
    }

    /// Writes the fields, widgets, appearances and fonts; returns the AcroForm dictionary.
    /// `structParents[i]` is the `/StructParent` of widget `i`, when the document is tagged.
    mutating func write(in update: inout PDFIncrementalUpdate, pages: [PageInfo],
                        structParents: [Int]?) throws(PDFError) -> PDFDictionary {
        let appearanceFonts = try embedFonts(in: &update)
        var resources = DefaultResources()

        // Widgets, one by one, in reading order.
        var terminalsByName: [String: FormFieldTree.Terminal] = [:]
        func collect(_ node: FormFieldTree.Node) {
            switch node {
            case .group(let group): group.children.forEach(collect)
            case .terminal(let terminal): terminalsByName[terminal.fullName] = terminal
            }
        }
        tree.roots.forEach(collect)

        for (index, entry) in tree.widgets.enumerated() {
            let widget = entry.widget
            guard let terminal = terminalsByName[entry.fieldName] else { continue }
            guard widget.pageIndex >= 0, widget.pageIndex < pages.count else {
                throw .unexpectedObject("the page of field `\(widget.name)`", expected: "one of the PDF's \(pages.count) pages",
                                        found: "page \(widget.pageIndex + 1)")
            }
            let page = pages[widget.pageIndex]
            let rect = widget.pdfRect(pageHeight: page.height)
            var dictionary: PDFDictionary = [
                "Type": .name("Annot"), "Subtype": .name("Widget"),
                "Rect": [.real(rect.lowerLeftX + page.originX), .real(rect.lowerLeftY + page.originY),
                         .real(rect.upperRightX + page.originX), .real(rect.upperRightY + page.originY)],
                "F": 4, "P": .reference(page.reference),
            ]
            let merged = fieldReferences[entry.fieldName] == widgetReferences[index]
            let parentOfField = parentReference(of: terminal.fullName)
            if merged {
                dictionary.merge(try fieldEntries(terminal, resources: &resources))
                if let parentOfField { dictionary["Parent"] = .reference(parentOfField) }
            } else {
                dictionary["Parent"] = fieldReferences[entry.fieldName].map(PDFObject.reference)
            }
            let appearance = FieldAppearance(width: widget.rect.width, height: widget.rect.height)
            switch widget.kind {
            case .text, .comb:
                let font = appearanceFonts[widget.fontFamily] ?? appearanceFonts.values.first
                let value = terminal.widgets.first(where: { $0.value != nil })?.value
                if let value, let font { noteMissing(in: value, field: terminal.fullName, font: font.font) }
                let stream: PDFReference
                if let value {
                    stream = appearances.shared(appearance.stream(appearance.text(value, kind: widget.kind, size: widget.fontSize,
                                                                                  font: font, centred: Self.isCentred(widget)),
                                                                  fontResource: font.map { ($0.resource, $0.reference) }),
                                                in: &update)
                } else {
                    stream = appearances.emptyText(appearance, kind: widget.kind, size: widget.fontSize, in: &update)
                }
                dictionary["AP"] = ["N": .reference(stream)]
            case .checkBox:
                let on = widget.value != nil
                dictionary["AS"] = .name(on ? "Yes" : "Off")
                dictionary["MK"] = ["CA": .string("4")]
                dictionary["AP"] = appearances.button(.checkBox, state: "Yes", appearance: appearance, in: &update)
            case .radioButton:
                let state = String(entry.position)
                let on = widget.value != nil
                dictionary["TU"] = .string(PDFString(text: radioLabel(widget)))
                dictionary["AS"] = .name(on ? PDFName(state) : "Off")
                dictionary["MK"] = ["CA": .string("l")]
                dictionary["AP"] = appearances.button(.radioButton, state: state, appearance: appearance, in: &update)
            }
            if let key = structParents?[index] { dictionary["StructParent"] = .integer(key) }
            update.replace(widgetReferences[index], with: .dictionary(dictionary))
        }

        // Fields that are not merged with a widget: groups, radio groups, text shown twice.
        func writeFields(_ node: FormFieldTree.Node) throws(PDFError) {
            switch node {
            case .group(let group):
                var dictionary: PDFDictionary = ["T": .string(PDFString(text: group.partialName))]
                if !group.label.isEmpty { dictionary["TU"] = .string(PDFString(text: group.label)) }
                if let parent = parentReference(of: group.fullName) { dictionary["Parent"] = .reference(parent) }
                dictionary["Kids"] = .array(group.children.compactMap { reference(of: $0) }.map(PDFObject.reference))
                update.replace(fieldReferences[group.fullName]!, with: .dictionary(dictionary))
                for child in group.children { try writeFields(child) }
            case .terminal(let terminal):
                guard let reference = fieldReferences[terminal.fullName],
                      !widgetReferences.contains(reference) else { return }
                var dictionary = try fieldEntries(terminal, resources: &resources)
                if let parent = parentReference(of: terminal.fullName) { dictionary["Parent"] = .reference(parent) }
                let kids = tree.widgets.indices.filter { tree.widgets[$0].fieldName == terminal.fullName }.map { widgetReferences[$0] }
                dictionary["Kids"] = .array(kids.map(PDFObject.reference))
                update.replace(reference, with: .dictionary(dictionary))
            }
        }
        for root in tree.roots { try writeFields(root) }

        return [
            "Fields": .array(tree.roots.compactMap { reference(of: $0) }.map(PDFObject.reference)),
            "DR": ["Font": .dictionary(resources.add(to: &update))],
            "DA": .string(PDFString(text: "/\(DefaultResources.gothic) 12 Tf 0 g")),
        ]
    }

    // MARK: - Field dictionaries

    /// `/FT`, `/T`, `/TU`, `/Ff`, `/MaxLen`, `/V`, `/DA`, `/Q`, `/Opt` of a terminal field
    /// (ISO 32000-1 Tables 220, 222, 226–229).
    private func fieldEntries(_ terminal: FormFieldTree.Terminal, resources: inout DefaultResources)
        throws(PDFError) -> PDFDictionary {
        let first = terminal.widgets[0]
        var dictionary: PDFDictionary = [:]
        switch terminal.kind {
        case .text:
            dictionary["FT"] = .name("Tx")
            dictionary["T"] = .string(PDFString(text: terminal.partialName))
            dictionary["TU"] = .string(PDFString(text: terminal.label))
            var flags = PDFFieldFlags()
            var maximumLength = first.maximumLength
            switch first.kind {
            case .text(multiline: true): flags.insert(.multiline)
            case .comb(let cells):
                flags.insert(.comb)
                flags.insert(.doNotScroll)
                maximumLength = cells
            default: flags.insert(.doNotScroll)
            }
            flags.insert(.doNotSpellCheck)
            dictionary["Ff"] = .integer(flags.rawValue)
            if let maximumLength { dictionary["MaxLen"] = .integer(maximumLength) }
            if let value = terminal.widgets.first(where: { $0.value != nil })?.value {
                dictionary["V"] = .string(PDFString(text: value))
            }
            let font = resources.use(family: first.fontFamily, fonts: fonts)
            dictionary["DA"] = .string(PDFString(text: "/\(font) \(try PDFNumberFormat.string(for: first.fontSize)) Tf 0 g"))
            dictionary["Q"] = Self.isCentred(first) ? 1 : 0
        case .checkBox:
            dictionary["FT"] = .name("Btn")
            dictionary["T"] = .string(PDFString(text: terminal.partialName))
            dictionary["TU"] = .string(PDFString(text: terminal.label))
            dictionary["V"] = .name(first.value != nil ? "Yes" : "Off")
            dictionary["DA"] = .string(PDFString(text: "/\(resources.useDingbats()) 0 Tf 0 g"))
        case .radio:
            dictionary["FT"] = .name("Btn")
            dictionary["T"] = .string(PDFString(text: terminal.partialName))
            dictionary["TU"] = .string(PDFString(text: terminal.label))
            // Radio only, not NoToggleToOff: a question may be left unanswered (§12.7.4.2.4).
            dictionary["Ff"] = .integer(PDFFieldFlags.radio.rawValue)
            let chosen = terminal.widgets.firstIndex { $0.value != nil }
            dictionary["V"] = .name(chosen.map { PDFName(String($0)) } ?? "Off")
            // The option each button stands for; its appearance state is its position (§12.7.4.2.4, /Opt).
            dictionary["Opt"] = .array(terminal.widgets.map { .string(PDFString(text: Self.option(of: $0))) })
            dictionary["DA"] = .string(PDFString(text: "/\(resources.useDingbats()) 0 Tf 0 g"))
        }
        return dictionary
    }

    /// Whether a text field's value is centred (`/Q 1`): the short single-line parts of a date
    /// (年, 月, 日 take at most four characters), which the printed form centres in their gaps.
    static func isCentred(_ widget: FieldWidget) -> Bool {
        guard case .text(multiline: false) = widget.kind, let length = widget.maximumLength else { return false }
        return length <= 4
    }

    /// The option a button stands for: its text in `options`, or its label.
    static func option(of widget: FieldWidget) -> String {
        switch widget.kind {
        case .checkBox(let index), .radioButton(let index):
            index >= 0 && index < widget.options.count ? widget.options[index] : widget.label
        default: widget.label
        }
    }

    /// A radio button's own `/TU`: its label, with its option when the label does not say it.
    private func radioLabel(_ widget: FieldWidget) -> String {
        let option = Self.option(of: widget)
        return widget.label.hasSuffix(option) ? widget.label : "\(widget.label)：\(option)"
    }

    // MARK: - References

    private func reference(of node: FormFieldTree.Node) -> PDFReference? {
        switch node {
        case .group(let group): fieldReferences[group.fullName]
        case .terminal(let terminal): fieldReferences[terminal.fullName]
        }
    }

    /// The non-terminal field above a full name (`birthday` for `birthday.year`).
    private func parentReference(of fullName: String) -> PDFReference? {
        guard let dot = fullName.lastIndex(of: ".") else { return nil }
        return fieldReferences[String(fullName[..<dot])]
    }

    // MARK: - Fonts

    /// One embedded subset per font family that has pre-filled text, holding that text's characters.
    private mutating func embedFonts(in update: inout PDFIncrementalUpdate) throws(PDFError) -> [String: AppearanceFont] {
        var characters: [String: Set<Unicode.Scalar>] = [:]
        for (widget, _, _) in tree.widgets {
            switch widget.kind {
            case .text, .comb:
                if let value = widget.value, !value.isEmpty {
                    let family = fonts.family(for: widget.fontFamily)
                    characters[family, default: []].formUnion(value.replacingNewlines.unicodeScalars)
                }
            default: break
            }
        }
        var result: [String: AppearanceFont] = [:]
        for (index, family) in characters.keys.sorted().enumerated() {
            guard let face = fonts.faces[family] else { continue }
            let font: TrueTypeFont
            do {
                font = try TrueTypeFont(bytes: face.bytes, faceIndex: face.faceIndex)
                let embedded = try PDFEmbeddedFont(font: font, characters: characters[family]!.sorted { $0.value < $1.value })
                let reference = embedded.add(to: &update)
                result[family] = AppearanceFont(font: embedded, resource: "FAP\(index)", reference: reference)
            } catch {
                throw .appearanceFont(family: family, error)
            }
        }
        // Widgets of a family without a face use the fallback's subset.
        var byWidgetFamily: [String: AppearanceFont] = [:]
        for (widget, _, _) in tree.widgets {
            if let font = result[fonts.family(for: widget.fontFamily)] { byWidgetFamily[widget.fontFamily] = font }
        }
        return byWidgetFamily
    }

    private mutating func noteMissing(in value: String, field: String, font: PDFEmbeddedFont) {
        for scalar in font.missing(in: value) {
            let entry = MissingCharacter(field: field, scalar: scalar)
            if !missing.contains(entry) { missing.append(entry) }
        }
    }
}

/// The fonts of `/AcroForm /DR` (§12.7.2 Table 218) and the names `/DA` gives them.
struct DefaultResources {
    static let gothic = "KozGo"
    static let mincho = "KozMin"
    static let dingbats = "ZaDb"
    private var used: Set<String> = []

    /// The default-font name for a field of this family: Mincho for a family whose face is a
    /// Mincho (a serif), Gothic otherwise.
    mutating func use(family: String, fonts: FormFonts) -> String {
        let name = fonts.isMincho(family: family) ? Self.mincho : Self.gothic
        used.insert(name)
        return name
    }

    mutating func useDingbats() -> String {
        used.insert(Self.dingbats)
        return Self.dingbats
    }

    /// The fonts used, as `/DR /Font` entries; Gothic is always there (`/AcroForm /DA` names it).
    func add(to update: inout PDFIncrementalUpdate) -> PDFDictionary {
        var fonts = PDFDictionary()
        for name in [Self.gothic, Self.mincho, Self.dingbats] where name == Self.gothic || used.contains(name) {
            fonts[PDFName(name)] = .reference(Self.addFont(name, to: &update))
        }
        return fonts
    }

    /// A non-embedded font: ZapfDingbats (Type1, one of the standard 14), or an Adobe-Japan1
    /// CIDFontType0 with the `UniJIS-UTF16-H` CMap (§9.7.5.2), so typed text is encoded as
    /// UTF-16 and any viewer with a Japanese font can show it.
    private static func addFont(_ name: String, to update: inout PDFIncrementalUpdate) -> PDFReference {
        if name == dingbats {
            return update.add(["Type": .name("Font"), "Subtype": .name("Type1"), "BaseFont": .name("ZapfDingbats")])
        }
        let mincho = name == Self.mincho
        let baseFont = PDFName(mincho ? "KozMinPr6N-Regular" : "KozGoPr6N-Medium")
        let descriptor = update.add([
            "Type": .name("FontDescriptor"), "FontName": .name(baseFont), "Flags": .integer(mincho ? 6 : 4),
            "FontBBox": mincho ? [-437, -340, 1147, 1317] : [-538, -374, 1254, 1418],
            "ItalicAngle": 0, "Ascent": 880, "Descent": -120, "CapHeight": 742, "StemV": .integer(mincho ? 86 : 116),
        ])
        let descendant = update.add([
            "Type": .name("Font"), "Subtype": .name("CIDFontType0"), "BaseFont": .name(baseFont),
            "CIDSystemInfo": ["Registry": .string("Adobe"), "Ordering": .string("Japan1"), "Supplement": 6],
            "FontDescriptor": .reference(descriptor), "DW": 1000, "W": [1, 95, 500],
        ])
        return update.add([
            "Type": .name("Font"), "Subtype": .name("Type0"), "BaseFont": .name(baseFont),
            "Encoding": .name("UniJIS-UTF16-H"), "DescendantFonts": [.reference(descendant)],
        ])
    }
}

extension PDFDictionary {
    /// Sets every entry of `other`, in its order.
    mutating func merge(_ other: PDFDictionary) {
        for (key, value) in other { self[key] = value }
    }
}

extension FormWriter {
    /// The terminal fields: what holds a value (a radio group is one field).
    var fieldCount: Int {
        func count(_ node: FormFieldTree.Node) -> Int {
            switch node {
            case .group(let group): group.children.map(count).reduce(0, +)
            case .terminal: 1
            }
        }
        return tree.roots.map(count).reduce(0, +)
    }
}
