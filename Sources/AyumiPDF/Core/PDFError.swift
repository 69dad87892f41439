/// Everything that can go wrong reading or writing a PDF in AyumiPDF, one case per condition.
///
/// AyumiPDF reads only cairo 1.16's output and its own, so anything outside that (compressed
/// cross-references, encryption, broken offsets) is refused loudly rather than guessed at. Each
/// message says what was found and where (a byte offset), and what would fix it when that is known.
public enum PDFError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No `startxref` keyword near the end of the file (ISO 32000-1 §7.5.5).
    case noStartXRef
    /// The cross-reference section is a stream (`/Type /XRef`, ISO 32000-1 §7.5.8), as cairo ≥ 1.17.8 writes.
    case crossReferenceStream(offset: Int)
    /// The trailer has `/XRefStm` (a hybrid-reference file, ISO 32000-1 §7.5.8.4): some objects
    /// would be listed only in a stream this reader does not read.
    case hybridCrossReference(offset: Int)
    /// The trailer has `/Encrypt` (ISO 32000-1 §7.6).
    case encrypted
    /// `startxref` or `/Prev` points at bytes that are not a cross-reference section.
    case notACrossReferenceSection(offset: Int)
    /// The `/Prev` chain comes back to a section already read.
    case crossReferenceLoop(offset: Int)
    /// The bytes do not follow the PDF syntax at this offset.
    case syntax(offset: Int, String)
    /// No in-use cross-reference entry for this object number.
    case objectNotFound(Int)
    /// The cross-reference entry points at bytes that do not start `n g obj` for this object.
    case objectMismatch(PDFReference, offset: Int)
    /// An object is not of the kind its place requires (the trailer's `/Root` is not a dictionary…).
    case unexpectedObject(String, expected: String, found: String)
    /// A real number that PDF cannot express (NaN or an infinity; ISO 32000-1 §7.3.3).
    case nonFiniteReal(Double)
    /// An incremental update with no objects: §7.5.4 requires at least one cross-reference subsection.
    case emptyIncrementalUpdate
    /// A creation date that is not ISO 8601 as Ayumi accepts it.
    case invalidDate(String)
    /// The font for form-field appearances of this family cannot be read or subset.
    case appearanceFont(family: String, FontSubsetError)
    /// The structure tree cairo wrote does not follow the tagging plan the renderer was given.
    case structureMismatch(String)

    public var description: String {
        switch self {
        case .noStartXRef:
            "no `startxref` at the end of the PDF: the file is incomplete or not a PDF"
        case .crossReferenceStream(let offset):
            "the cross-reference section at byte \(offset) is a cross-reference stream (/Type /XRef); AyumiPDF reads only"
                + " classic `xref` tables, as cairo 1.16 writes them (newer cairo writes streams unless restricted to PDF 1.4"
                + " with cairo_pdf_surface_restrict_to_version)"
        case .hybridCrossReference(let offset):
            "the trailer at byte \(offset) has /XRefStm (a hybrid-reference file); AyumiPDF reads only classic `xref` tables"
        case .encrypted:
            "the PDF is encrypted (/Encrypt in the trailer); AyumiPDF post-processes only unencrypted PDFs from cairo"
        case .notACrossReferenceSection(let offset):
            "there is no cross-reference section at byte \(offset), where `startxref` or /Prev points: the offsets are wrong"
        case .crossReferenceLoop(let offset):
            "the /Prev chain of cross-reference sections loops back to byte \(offset)"
        case .syntax(let offset, let problem):
            "malformed PDF at byte \(offset): \(problem)"
        case .objectNotFound(let number):
            "object \(number) is not in use in any cross-reference section"
        case .objectMismatch(let reference, let offset):
            "the cross-reference table puts object \(reference.objectNumber) \(reference.generation) at byte \(offset),"
                + " but `\(reference.objectNumber) \(reference.generation) obj` is not there"
        case .unexpectedObject(let what, let expected, let found):
            "\(what) is \(found), not \(expected)"
        case .nonFiniteReal(let value):
            "cannot write the number \(value): PDF real numbers are finite"
        case .emptyIncrementalUpdate:
            "an incremental update must add or replace at least one object (ISO 32000-1 §7.5.4); this is a bug in Ayumi,"
                + " please report it"
        case .appearanceFont(let family, let error):
            "cannot set form-field text in the font family `\(family)`: \(error)"
        case .structureMismatch(let problem):
            "the PDF's structure tree does not match the layout's tagging plan (\(problem)); this is a bug in Ayumi,"
                + " please report it"
        case .invalidDate(let text):
            "`\(text)` is not a date Ayumi can write into a PDF; use ISO 8601: YYYY-MM-DD, optionally followed by"
                + " THH:MM or THH:MM:SS and Z or ±HH:MM"
        }
    }
}
