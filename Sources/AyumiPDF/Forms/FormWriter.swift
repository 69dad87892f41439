import AyumiLayout

/// Writes a `FormFieldTree` into an incremental update: the field and widget dictionaries, their
/// appearance streams, the fonts, and the interactive form dictionary (ISO 32000-1 §12.7).
///
/// The fonts (docs/pdf-output.md, "Fonts"; `FormFonts`):
/// - `/DA` and `/DR` name one **embedded typing font**, a subset of BIZ UDGothic covering what
///   residents type (JIS X 0208, the NEC/IBM extensions, JIS X 0213 plane 1 as far as BIZ UD
///   has it), for every text field: a non-embedded font made poppler and pypdf write garbage and
///   pdf.js write （） as vertical forms (reference/pdf-forms.md §2.7);
/// - appearances Ayumi draws use the same font object under another resource name (`/FAP0`;
///   pdf.js would type with an appearance's font of the `/DA` name, §2.3), plus small subsets
///   of the fallback faces (`/FAP1` …) for what it lacks (𠮷).
/// No `/NeedAppearances` (§2.5 there: it would throw the appearances away).
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

    /// A character a field's value has and no appearance font has (drawn as `.notdef`).
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
    /// Fields whose pre-filled value does not fit its box even at `FieldAppearance.minimumSize`.
    private(set) var overflowing: [String] = []
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
        var resources = DefaultResources(typing: appearanceFonts.fonts.first?.reference)

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
                "Rect": [Self.coordinate(rect.lowerLeftX + page.originX), Self.coordinate(rect.lowerLeftY + page.originY),
                         Self.coordinate(rect.upperRightX + page.originX), Self.coordinate(rect.upperRightY + page.originY)],
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
                let value = terminal.widgets.first(where: { $0.value != nil })?.value
                if let value { noteMissing(in: value, field: terminal.fullName, fonts: appearanceFonts) }
                let stream: PDFReference
                if let value {
                    let text = appearance.text(value, kind: widget.kind, size: widget.fontSize, fonts: appearanceFonts,
                                               centred: Self.isCentred(widget))
                    if !text.fits, !overflowing.contains(terminal.fullName) { overflowing.append(terminal.fullName) }
                    stream = appearances.shared(appearance.stream(text.content, fonts: appearanceFonts.resources), in: &update)
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
        // Their widgets, by field, gathered in one pass (a search per field was 611 × 759).
        var kidsByField: [String: [PDFReference]] = [:]
        for (index, entry) in tree.widgets.enumerated() { kidsByField[entry.fieldName, default: []].append(widgetReferences[index]) }
        let widgetObjects = Set(widgetReferences)
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
                      !widgetObjects.contains(reference) else { return }
                var dictionary = try fieldEntries(terminal, resources: &resources)
                if let parent = parentReference(of: terminal.fullName) { dictionary["Parent"] = .reference(parent) }
                dictionary["Kids"] = .array((kidsByField[terminal.fullName] ?? []).map(PDFObject.reference))
                update.replace(reference, with: .dictionary(dictionary))
            }
        }
        for root in tree.roots { try writeFields(root) }

        return [
            "Fields": .array(tree.roots.compactMap { reference(of: $0) }.map(PDFObject.reference)),
            "DR": ["Font": .dictionary(resources.add(to: &update))],
            "DA": .string(PDFString(text: "/\(resources.typingName) 12 Tf 0 g")),
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
            // No DoNotScroll: PDFium stops taking input when the box is full (pdf-forms.md §2.7).
            // /MaxLen only where a value has a fixed length: comb cells, and the parts of a date
            // (年 4, 月 and 日 2 digits; the layout's `maximumLength`), where it stops a stray
            // third digit and never cuts a valid value. Write-ins and boxes have none.
            var flags = PDFFieldFlags()
            var maximumLength = first.maximumLength
            switch first.kind {
            case .text(multiline: true): flags.insert(.multiline)
            case .comb(let cells):
                flags.insert(.comb)
                maximumLength = cells
            default: break
            }
            flags.insert(.doNotSpellCheck)
            dictionary["Ff"] = .integer(flags.rawValue)
            if let maximumLength { dictionary["MaxLen"] = .integer(maximumLength) }
            if let value = terminal.widgets.first(where: { $0.value != nil })?.value {
                dictionary["V"] = .string(PDFString(text: value))
            }
            let font = resources.typingName
            dictionary["DA"] = .string(PDFString(text: "/\(font) \(try PDFNumberFormat.string(for: first.fontSize)) Tf 0 g"))
            // Left-aligned is the default (Table 222): written only for centred parts.
            if Self.isCentred(first) { dictionary["Q"] = 1 }
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

    /// A widget rectangle's coordinate, to a hundredth of a point (3.5 µm, far below what any
    /// screen or printer shows): six decimals on 759 widgets of the note were 12 KB of digits.
    static func coordinate(_ value: Double) -> PDFObject {
        .real((value * 100).rounded() / 100)
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

    /// The typing font (when the form has text fields) and, for characters of pre-filled values
    /// it lacks, subsets of the fallback faces in order, each holding just those characters.
    private mutating func embedFonts(in update: inout PDFIncrementalUpdate) throws(PDFError) -> AppearanceFontSet {
        guard let typing = fonts.typing, tree.widgets.contains(where: { Self.isText($0.widget) }) else {
            return AppearanceFontSet(fonts: [])
        }
        var set: [AppearanceFontSet.Font] = []
        let typingFont = PDFEmbeddedFont(typing, tagged: false)
        set.append(.init(font: typingFont, resource: "FAP0", reference: typingFont.add(to: &update, compressor: fonts.compressor)))

        var wanted = Set<Unicode.Scalar>()
        for (widget, _, _) in tree.widgets where Self.isText(widget) {
            guard let value = widget.value else { continue }
            for scalar in value.unicodeScalars where typing.glyphs[scalar] == nil && !scalar.properties.isWhitespace {
                wanted.insert(scalar)
            }
        }
        if let subsetter = fonts.subsetter {
            for face in fonts.fallbacks where !wanted.isEmpty {
                let subset: FontSubset
                do {
                    subset = try subsetter.subset(file: face.file, faceIndex: face.faceIndex,
                                                  characters: wanted.sorted { $0.value < $1.value })
                } catch {
                    throw .appearanceFont(family: face.file, error)
                }
                let found = wanted.filter { subset.glyphs[$0] != nil }
                guard !found.isEmpty else { continue }
                wanted.subtract(found)
                let font = PDFEmbeddedFont(subset, tagged: true)
                set.append(.init(font: font, resource: "FAP\(set.count)", reference: font.add(to: &update, compressor: fonts.compressor)))
            }
        }
        return AppearanceFontSet(fonts: set)
    }

    private static func isText(_ widget: FieldWidget) -> Bool {
        switch widget.kind {
        case .text, .comb: true
        case .checkBox, .radioButton: false
        }
    }

    private mutating func noteMissing(in value: String, field: String, fonts: AppearanceFontSet) {
        let missingHere = fonts.fonts.isEmpty ? value.unicodeScalars.filter { !$0.properties.isWhitespace } : fonts.missing(in: value)
        for scalar in missingHere {
            let entry = MissingCharacter(field: field, scalar: scalar)
            if !missing.contains(entry) { missing.append(entry) }
        }
    }
}

/// The fonts of `/AcroForm /DR` (§12.7.2 Table 218) and the names `/DA` gives them: the
/// embedded typing font as `/BIZGo` (one for every text field, Mincho-styled ones included:
/// a second 1.8 MB font would break the 3 MB budget), and ZapfDingbats for the buttons (their
/// appearances are vector paths; `/ZaDb` is what engines that redraw a button expect).
///
/// Without a typing font (no font files at hand: fuzzing, some tests) `/DA` names Helvetica,
/// one of the standard 14, so the form stays valid; the command line always brings one.
struct DefaultResources {
    static let dingbats = "ZaDb"
    let typing: PDFReference?
    private var usesDingbats = false

    init(typing: PDFReference?) { self.typing = typing }

    /// The `/DA` name of the typing font.
    var typingName: String { typing == nil ? "Helv" : "BIZGo" }

    mutating func useDingbats() -> String {
        usesDingbats = true
        return Self.dingbats
    }

    /// The fonts used, as `/DR /Font` entries; the typing font is always there (`/AcroForm /DA` names it).
    func add(to update: inout PDFIncrementalUpdate) -> PDFDictionary {
        var fonts = PDFDictionary()
        fonts[PDFName(typingName)] = .reference(typing ?? update.add([
            "Type": .name("Font"), "Subtype": .name("Type1"), "BaseFont": .name("Helvetica"), "Encoding": .name("WinAnsiEncoding"),
        ]))
        if usesDingbats {
            fonts[PDFName(Self.dingbats)] = .reference(update.add([
                "Type": .name("Font"), "Subtype": .name("Type1"), "BaseFont": .name("ZapfDingbats"),
            ]))
        }
        return fonts
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
