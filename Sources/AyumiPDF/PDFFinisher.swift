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

        public init(language: String = "ja-JP", creationDate: String? = nil) {
            self.language = language
            self.creationDate = creationDate
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Cairo's PDF with the update appended.
    ///
    /// Throws when the bytes are not a PDF this reader understands (see `PDFReader`), or when
    /// `creationDate` is not a date `PDFDate.pdfDateString(iso8601:)` accepts.
    public func finish(_ pdf: [UInt8]) throws(PDFError) -> [UInt8] {
        let original = try PDFReader(bytes: pdf)
        var update = PDFIncrementalUpdate(original)
        try setLanguageAndViewerPreferences(in: &update)
        if let date = options.creationDate {
            guard let pdfDate = PDFDate.pdfDateString(iso8601: date) else { throw .invalidDate(date) }
            try setDates(to: pdfDate, in: &update)
        }
        update.trailer["ID"] = Self.fileIdentifier(of: pdf, previous: original.trailer["ID"])
        return try update.write()
    }

    // MARK: - Steps

    /// A new version of the Catalog with `/Lang` and `/ViewerPreferences /DisplayDocTitle true`.
    /// Existing viewer preferences are kept; when they are an indirect object, that object gets
    /// the new version instead.
    private func setLanguageAndViewerPreferences(in update: inout PDFIncrementalUpdate) throws(PDFError) {
        let original = update.original
        guard case .reference(let root)? = original.trailer["Root"] else {
            throw .unexpectedObject("the trailer's /Root", expected: "a reference to the catalog",
                                    found: original.trailer["Root"]?.kindDescription ?? "missing")
        }
        var catalog = try original.catalog()
        catalog["Lang"] = .string(PDFString(text: options.language))

        switch catalog["ViewerPreferences"] {
        case .reference(let preferencesReference)?:
            var preferences = try dictionary(original.object(at: preferencesReference), "the catalog's /ViewerPreferences")
            preferences["DisplayDocTitle"] = true
            update.replace(preferencesReference, with: .dictionary(preferences))
        case let existing?:
            var preferences = try dictionary(existing, "the catalog's /ViewerPreferences")
            preferences["DisplayDocTitle"] = true
            catalog["ViewerPreferences"] = .dictionary(preferences)
        case nil:
            catalog["ViewerPreferences"] = ["DisplayDocTitle": true]
        }
        update.replace(root, with: .dictionary(catalog))
    }

    /// A new version of the Info dictionary (§14.3.3) with both dates; a new Info object when
    /// the trailer names none.
    private func setDates(to pdfDate: String, in update: inout PDFIncrementalUpdate) throws(PDFError) {
        var info = try update.original.info() ?? PDFDictionary()
        info["CreationDate"] = .string(PDFString(text: pdfDate))
        info["ModDate"] = .string(PDFString(text: pdfDate))
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
