import AyumiTestSupport
import Foundation

/// A saved note opened in another engine and drawn there, as a person who receives the file sees
/// it: MuPDF (`mutool draw`) and PDFium (pypdfium2 with its form layer, as Chrome draws) render
/// the widgets' saved appearances themselves. (pdf.js has no renderer under Node without a
/// canvas; poppler's drawing is what `FieldView` reads.)
enum OtherViewer: String, CaseIterable, Sendable {
    case mupdf = "MuPDF"
    case pdfium = "PDFium"

    /// What tesseract reads in the field, drawn by this viewer at 300 dpi (the field's rectangle
    /// shrunk by 1.5 pt, as `FieldView.ocr` does).
    func ocr(_ pdf: String, _ place: FieldView.Place) throws -> String {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/page.png"
        let render = switch self {
        case .mupdf: try Run.tool("mutool", ["draw", "-q", "-r", "300", "-c", "gray", "-o", page, pdf, String(place.page + 1)])
        case .pdfium: try Run.tool("python3", [Readers.scripts + "/readers.py", "pdfium-render", pdf, String(place.page), "300", page])
        }
        guard render.status == 0 else {
            throw Readers.ReaderFailure(tool: "\(rawValue) render", status: render.status, message: render.standardError)
        }
        let scale = 300.0 / 72, inset = 1.5
        let rect = [place.rect[0] + inset, place.pageHeight - place.rect[3] + inset,
                    place.rect[2] - inset, place.pageHeight - place.rect[1] - inset]
            .map { String(Int(($0 * scale).rounded())) }.joined(separator: ",")
        _ = try Readers.python(["crop", page, rect, folder + "/field.png"])
        return try FieldView.readLine(folder + "/field.png")
    }
}
