import AyumiLayout
import AyumiModel

/// Finishes the PDF cairo wrote, with one incremental update that fixes what cairo 1.16 cannot
/// do or does wrong. Cairo's bytes are kept exactly; the update is appended after them.
///
/// The steps, and why each exists:
/// 1. **Catalog `/Lang`** (ISO 32000-1 §14.9.2): cairo has no API for it. Without it screen
///    readers guess the language and read Japanese with the wrong voice; PDF/UA requires it.
/// 2. **`/ViewerPreferences << /DisplayDocTitle true >>`** (§12.2 Table 150): viewers show the
///    document's title (「わたしの人生ノート」) in the window bar instead of a file name; PDF/UA
///    requires it too.
/// 3. **Dates**, when one is given: cairo 1.16 writes `/CreationDate (20260401000000Z)`, without
///    the `D:` prefix and the closing `'` (reference/cairo-harfbuzz-notes.md §5). Poppler
///    forgives it, PDF/A validators do not; the Info dictionary gets a new version with
///    `/CreationDate` and `/ModDate` in the form of §7.9.4.
/// 4. **Trailer `/ID`** (§14.4): cairo writes none. Ayumi derives it from the first 16 bytes of
///    the SHA-256 of cairo's output, never from the clock, so the same input gives the same bytes
///    while different documents get different identifiers.
///
/// ```swift
/// let finished = try PDFFinisher(options: .init(creationDate: "2026-04-01T00:00:00Z")).finish(cairoBytes)
/// ```
public struct PDFFinisher: Sendable {
    /// What the finished PDF says about itself.
    public struct Options: Hashable, Sendable {
        /// The document's natural language as a BCP 47 tag (§14.9.2.1); Ayumi's documents are Japanese.
        public var language: String
        /// The creation (and modification) date in ISO 8601 (see `PDFDate.pdfDateString(iso8601:)`),
        /// or `nil` to leave the Info dictionary as cairo wrote it.
        public var creationDate: String?
        /// The template the document was made from (`template:` in its template.yaml). A PDF
        /// with form fields records it as `/AyumiTemplate` in the Info dictionary (§14.3.3
        /// allows keys of one's own there, and viewers keep the Info dictionary when they save),
        /// so `ayumi answers` can refuse a filled note of another template.
        public var template: String?

        public init(language: String = "ja-JP", creationDate: String? = nil, template: String? = nil) {
            self.language = language
            self.creationDate = creationDate
            self.template = template
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Cairo's PDF with the update appended: the catalog, dates and `/ID` steps only (for a
    /// PDF drawn without a layout at hand).
    ///
    /// Throws when the bytes are not a PDF this reader understands (see `PDFReader`), or when
    /// `creationDate` is not a date `PDFDate.pdfDateString(iso8601:)` accepts.
    public func finish(_ pdf: [UInt8]) throws(PDFError) -> [UInt8] {
        try finish(pdf, layout: nil, fonts: FormFonts()).bytes
    }

    /// What `finish(_:layout:fonts:)` made.
    public struct Finished: Sendable {
        public var bytes: [UInt8]
        /// The AcroForm fields written (terminal fields: a radio group is one).
        public var fieldCount: Int
        /// The widgets written.
        public var widgetCount: Int
        /// Characters of pre-filled values that no appearance font has (the typing font and
        /// the fallback chain), by field name; they show as an empty box until the resident
        /// retypes the field.
        public var missingCharacters: [(field: String, character: Unicode.Scalar)]
        /// Fields whose pre-filled value does not fit its box even set at 7 pt: the print cuts it.
        public var overflowingFields: [String] = []
    }

    /// Cairo's PDF of `layout`, finished: every step above, and from the layout
    ///
    /// 5. **AcroForm fields** for the widgets of the fillable rendition, with appearance streams
    ///    set in `fonts` (`FormWriter`);
    /// 6. **structure**: `/Alt` on figures, `/Contents` on links, a `Form` element per widget
    ///    with `/StructParent` and ParentTree entries (`StructureUpdate`), `/MarkInfo`;
    /// 7. **pages**: the widgets in `/Annots` in reading order, `/Tabs /S` on pages with fields,
    ///    `/TrimBox` and `/BleedBox` where the layout gives them (§14.11.2).
    ///
    /// The layout must be the one cairo drew (`PDFRenderer.render(_:metadata:)`), so the
    /// structure tree follows its `structureTagging`; pass the plan cairo drew with as `tagging`
    /// to save working it out again.
    public func finish(_ pdf: [UInt8], layout: LayoutResult?, tagging: StructureTagging? = nil,
                       fonts: FormFonts) throws(PDFError) -> Finished {
        let original = try PDFReader(bytes: pdf)
        var update = PDFIncrementalUpdate(original)
        var catalog = try original.catalog()
        setLanguageAndViewerPreferences(in: &catalog, update: &update)
        var pdfDate: String?
        if let date = options.creationDate {
            guard let converted = PDFDate.pdfDateString(iso8601: date) else { throw .invalidDate(date) }
            pdfDate = converted
        }
        var finished = Finished(bytes: [], fieldCount: 0, widgetCount: 0, missingCharacters: [])
        if let layout {
            finished = try addForm(of: layout, tagging: tagging, fonts: fonts, catalog: &catalog, update: &update)
        }
        let template = finished.fieldCount > 0 ? options.template : nil
        if pdfDate != nil || template != nil {
            try updateInfo(date: pdfDate, template: template, in: &update)
        }
        update.replace(try rootReference(of: original), with: .dictionary(catalog))
        update.trailer["ID"] = Self.fileIdentifier(of: pdf, previous: original.trailer["ID"])
        finished.bytes = try update.write()
        return finished
    }

    // MARK: - Steps

    /// Steps 5–7: the form, the structure around it, the pages.
    private func addForm(of layout: LayoutResult, tagging: StructureTagging?, fonts: FormFonts,
                         catalog: inout PDFDictionary, update: inout PDFIncrementalUpdate) throws(PDFError) -> Finished {
        let original = update.original
        let pages = try original.pages()
        let tree = FormFieldTree(Self.fillableWidgets(of: layout))
        var writer = FormWriter(tree: tree, fonts: fonts)
        if !tree.isEmpty { writer.reserve(in: &update) }
        let pageOf = { (widget: FieldWidget) throws(PDFError) -> PDFReference in
            guard widget.pageIndex >= 0, widget.pageIndex < pages.count else {
                throw .unexpectedObject("the page of field `\(widget.name)`", expected: "one of the PDF's \(pages.count) pages",
                                        found: "page \(widget.pageIndex + 1)")
            }
            return pages[widget.pageIndex].reference
        }

        // The structure: what cairo could not write, and a Form element per widget.
        var structParents: [Int]?
        if !layout.structure.isEmpty,
           var structure = try StructureUpdate(reader: original, tagging: tagging ?? layout.structureTagging,
                                               structure: layout.structure) {
            try structure.describeFiguresAndLinks(in: &update)
            var linked: [(widget: FieldWidget, reference: PDFReference, page: PDFReference)] = []
            for (index, entry) in tree.widgets.enumerated() {
                linked.append((entry.widget, writer.widgetReferences[index], try pageOf(entry.widget)))
            }
            structParents = try structure.linkWidgets(linked, in: &update)
            if catalog["MarkInfo"] == nil { catalog["MarkInfo"] = ["Marked": true] }
        }

        // The fields, their widgets and appearances.
        var finished = Finished(bytes: [], fieldCount: 0, widgetCount: 0, missingCharacters: [])
        if !tree.isEmpty {
            var pageInfo: [FormWriter.PageInfo] = []
            for page in pages {
                let box = try Self.mediaBox(of: page.dictionary, in: original)
                pageInfo.append(FormWriter.PageInfo(reference: page.reference, height: box.upperY - box.lowerY,
                                                    originY: box.lowerY, originX: box.lowerX))
            }
            let form = try writer.write(in: &update, pages: pageInfo, structParents: structParents)
            catalog["AcroForm"] = .reference(update.add(.dictionary(form)))
            finished.fieldCount = writer.fieldCount
            finished.widgetCount = tree.widgets.count
            finished.missingCharacters = writer.missing.map { ($0.field, $0.scalar) }
            finished.overflowingFields = writer.overflowing
        }
        let placed = tree.widgets.indices.map { index in
            (tree.widgets[index].widget, writer.widgetReferences.isEmpty ? nil : writer.widgetReferences[index])
        }
        try updatePages(pages, layout: layout, widgets: placed, tagged: structParents != nil, in: &update)
        return finished
    }

    /// The fillable rendition's widgets, each on the page that holds it: print production
    /// (imposition) may move items to other pages without renumbering a widget's `pageIndex`.
    static func fillableWidgets(of layout: LayoutResult) -> [FieldWidget] {
        layout.pages.enumerated().flatMap { index, page in
            page.items.compactMap { item -> FieldWidget? in
                guard case .fieldWidget(var widget) = item, widget.rendition == .fillable else { return nil }
                widget.pageIndex = index
                return widget
            }
        }
    }

    /// `/Lang` and `/ViewerPreferences /DisplayDocTitle true` on the catalog. Existing viewer
    /// preferences are kept; when they are an indirect object, that object gets the new version.
    private func setLanguageAndViewerPreferences(in catalog: inout PDFDictionary,
                                                 update: inout PDFIncrementalUpdate) {
        catalog["Lang"] = .string(PDFString(text: options.language))
        switch catalog["ViewerPreferences"] {
        case .reference(let preferencesReference)?:
            if case .dictionary(var preferences)? = try? update.original.object(at: preferencesReference) {
                preferences["DisplayDocTitle"] = true
                update.replace(preferencesReference, with: .dictionary(preferences))
            }
        case .dictionary(var preferences)?:
            preferences["DisplayDocTitle"] = true
            catalog["ViewerPreferences"] = .dictionary(preferences)
        default:
            catalog["ViewerPreferences"] = ["DisplayDocTitle": true]
        }
    }

    private func rootReference(of original: PDFReader) throws(PDFError) -> PDFReference {
        guard case .reference(let root)? = original.trailer["Root"] else {
            throw .unexpectedObject("the trailer's /Root", expected: "a reference to the catalog",
                                    found: original.trailer["Root"]?.kindDescription ?? "missing")
        }
        return root
    }

    /// New versions of the pages that get widgets (`/Annots` in reading order, `/Tabs /S`) or
    /// print boxes (`/TrimBox`, `/BleedBox` from the layout's page, in PDF user space).
    private func updatePages(_ pages: [(reference: PDFReference, dictionary: PDFDictionary)], layout: LayoutResult,
                             widgets: [(FieldWidget, PDFReference?)], tagged: Bool,
                             in update: inout PDFIncrementalUpdate) throws(PDFError) {
        for (index, page) in pages.enumerated() {
            var dictionary = page.dictionary
            let annotations = widgets.filter { $0.0.pageIndex == index }.compactMap(\.1)
            if !annotations.isEmpty {
                var existing: [PDFObject] = []
                if let current = dictionary["Annots"], case .array(let array) = try update.original.resolve(current) {
                    existing = array
                }
                dictionary["Annots"] = .array(existing + annotations.map(PDFObject.reference))
                // Tab order follows the structure tree (ISO 32000-1 Table 30, PDF 1.5); without
                // one, the rows of the page.
                dictionary["Tabs"] = .name(tagged ? "S" : "R")
            }
            if index < layout.pages.count {
                let box = try Self.mediaBox(of: page.dictionary, in: update.original)
                let height = box.upperY - box.lowerY
                for (key, rect) in [("TrimBox", layout.pages[index].trimBox), ("BleedBox", layout.pages[index].bleedBox)] {
                    guard let rect else { continue }
                    dictionary[PDFName(key)] = [.real(box.lowerX + rect.minX), .real(box.lowerY + height - rect.maxY),
                                                .real(box.lowerX + rect.maxX), .real(box.lowerY + height - rect.minY)]
                }
            }
            if dictionary != page.dictionary { update.replace(page.reference, with: .dictionary(dictionary)) }
        }
    }

    /// A page's `/MediaBox` (inherited from the page tree when the page has none; §7.7.3.4).
    static func mediaBox(of page: PDFDictionary, in reader: PDFReader) throws(PDFError)
        -> (lowerX: Double, lowerY: Double, upperX: Double, upperY: Double) {
        var current: PDFDictionary? = page
        var depth = 0
        while let dictionary = current, depth < 32 {
            if let box = dictionary["MediaBox"], case .array(let numbers) = try reader.resolve(box), numbers.count == 4,
               let values = Optional(numbers.compactMap(\.number)), values.count == 4 {
                return (min(values[0], values[2]), min(values[1], values[3]), max(values[0], values[2]), max(values[1], values[3]))
            }
            current = try dictionary["Parent"].map { object throws(PDFError) in try reader.resolve(object).dictionary } ?? nil
            depth += 1
        }
        throw .unexpectedObject("a page's /MediaBox", expected: "four numbers", found: "missing")
    }

    /// A new version of the Info dictionary (§14.3.3) with both dates and the template's name,
    /// where given; a new Info object when the trailer names none.
    private func updateInfo(date pdfDate: String?, template: String?, in update: inout PDFIncrementalUpdate) throws(PDFError) {
        var info = try update.original.info() ?? PDFDictionary()
        if let pdfDate {
            info["CreationDate"] = .string(PDFString(text: pdfDate))
            info["ModDate"] = .string(PDFString(text: pdfDate))
        }
        if let template { info["AyumiTemplate"] = .string(PDFString(text: template)) }
        if case .reference(let reference)? = update.original.trailer["Info"] {
            update.replace(reference, with: .dictionary(info))
        } else {
            update.trailer["Info"] = .reference(update.add(.dictionary(info)))
        }
    }

    /// `/ID [<h> <h>]` (§14.4): `h` is the first 16 bytes of the SHA-256 of the original bytes.
    ///
    /// Cairo writes no `/ID`, so both parts are the same. If the PDF already has one (Ayumi's own
    /// output, finished again), its first part is kept, as §14.4 says the first part is
    /// permanent, and only the second changes.
    static func fileIdentifier(of pdf: [UInt8], previous: PDFObject?) -> PDFObject {
        var hash = SHA256()
        pdf.withUnsafeBytes { hash.update($0) }
        let hex = Array(hash.finish().utf8.prefix(32)).map { PDFCharacter.hexValue($0) ?? 0 }
        let bytes = stride(from: 0, to: hex.count, by: 2).map { hex[$0] << 4 | hex[$0 + 1] }
        let current = PDFObject.string(PDFString(bytes: bytes, format: .hexadecimal))
        if case .array(let parts)? = previous, parts.count == 2, case .string = parts[0] {
            return .array([parts[0], current])
        }
        return .array([current, current])
    }

    private func dictionary(_ object: PDFObject, _ what: String) throws(PDFError) -> PDFDictionary {
        guard case .dictionary(let dictionary) = object else {
            throw .unexpectedObject(what, expected: "a dictionary", found: object.kindDescription)
        }
        return dictionary
    }
}
