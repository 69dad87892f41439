import AyumiTestSupport
import Foundation

/// What a person sees in a field of a saved note, without a screen: the file's widgets are
/// flattened into the pages (`qpdf --flatten-annotations=all`), so what shows is exactly what the
/// saved appearance streams draw, and then the field's rectangle is read two ways — its text
/// with `pdftotext` and its pixels with `pdftoppm` and tesseract's Japanese model.
///
/// Text extraction is exact (it catches a wrong code, a substitute, a vertical form ︵) but trusts
/// the appearance's ToUnicode map; OCR trusts only the drawn glyphs (it catches garbage that maps
/// back to the right text), but is fuzzy, so it is used on a few short fields only.
struct FieldView {
    /// Where a widget is drawn: its page (from 0) and rectangle in PDF points (origin bottom left).
    struct Place: Sendable {
        var name: String
        var kind: String
        var page: Int
        var rect: [Double]
        var pageHeight: Double
    }

    /// The saved file with its fields flattened into the pages.
    let flattened: String

    /// How many text widgets carried an `/AS` that had to go before qpdf could flatten them.
    let textStatesDropped: Int

    /// poppler-glib saves text widgets with `/AS /N`, which viewers ignore and qpdf 11.3's
    /// flattening does not (it then drops the appearance: `getAppearanceStream` returns a stream
    /// /N only when there is no state), so that key is removed first (`readers.py drop-text-states`).
    init(saved pdf: String) throws {
        let folder = Repository.temporaryFolder()
        let cleaned = folder + "/without-text-states.pdf"
        let dropped = try Readers.python(["drop-text-states", pdf, cleaned])
        textStatesDropped = dropped["dropped"] as? Int ?? -1
        flattened = folder + "/flattened.pdf"
        let flatten = try Run.tool("qpdf", ["--flatten-annotations=all", cleaned, flattened])
        // 3: qpdf succeeded with warnings (a viewer's save is not always tidy).
        guard flatten.status == 0 || flatten.status == 3 else {
            throw Readers.ReaderFailure(tool: "qpdf --flatten-annotations", status: flatten.status,
                                        message: flatten.standardError)
        }
    }

    /// Every widget of `pdf`, as poppler places them.
    static func places(_ pdf: String) throws -> [Place] {
        let result = try Run.program("/usr/bin/python3", [Readers.scripts + "/poppler-forms.py", "widgets", pdf])
        guard result.status == 0, let list = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
            as? [[String: Any]] else {
            throw Readers.ReaderFailure(tool: "poppler-forms.py widgets", status: result.status, message: result.standardError)
        }
        return list.map {
            Place(name: $0["name"] as? String ?? "", kind: $0["kind"] as? String ?? "", page: $0["page"] as? Int ?? 0,
                  rect: $0["rect"] as? [Double] ?? [], pageHeight: $0["pageHeight"] as? Double ?? 0)
        }
    }

    /// The field's rectangle shrunk by `inset` points on every side (so the label printed beside
    /// a box and the box's own frame stay out), scaled to `dpi`, from the page's top left.
    private func crop(_ place: Place, dpi: Double, inset: Double) -> [String] {
        let scale = dpi / 72
        let x0 = place.rect[0] + inset, x1 = place.rect[2] - inset
        let top = place.pageHeight - place.rect[3] + inset, bottom = place.pageHeight - place.rect[1] - inset
        return ["-f", String(place.page + 1), "-l", String(place.page + 1),
                "-x", String(Int((x0 * scale).rounded())), "-y", String(Int((top * scale).rounded())),
                "-W", String(Int(((x1 - x0) * scale).rounded())), "-H", String(Int(((bottom - top) * scale).rounded()))]
    }

    /// The text inside the field, as pdftotext extracts it from the flattened page.
    func text(_ place: Place) throws -> String {
        let result = try Run.tool("pdftotext", ["-enc", "UTF-8", "-r", "144"] + crop(place, dpi: 144, inset: 2)
            + [flattened, "-"])
        guard result.status == 0 else {
            throw Readers.ReaderFailure(tool: "pdftotext", status: result.status, message: result.standardError)
        }
        return result.standardOutput
    }

    /// The dark pixels inside each widget's rectangle (shrunk by a pixel) on the flattened page,
    /// rendered at 100 dpi: a chosen radio button or a ticked check box has its mark there.
    func ink(_ places: [Place]) throws -> [Int] {
        guard let page = places.first?.page, places.allSatisfy({ $0.page == page }) else { return [] }
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let render = try Run.tool("pdftoppm", ["-r", "100", "-gray", "-singlefile", "-png", "-f", String(page + 1),
                                               "-l", String(page + 1), flattened, folder + "/page"])
        guard render.status == 0 else {
            throw Readers.ReaderFailure(tool: "pdftoppm", status: render.status, message: render.standardError)
        }
        let scale = 100.0 / 72
        let rects = places.map { place in
            [place.rect[0] * scale + 1, (place.pageHeight - place.rect[3]) * scale + 1,
             place.rect[2] * scale - 1, (place.pageHeight - place.rect[1]) * scale - 1]
                .map { String(Int($0.rounded())) }.joined(separator: ",")
        }
        return try Readers.python(["ink", folder + "/page.png"] + rects)["dark"] as? [Int] ?? []
    }

    /// What tesseract's Japanese model reads in the field rendered at 300 dpi, as one line.
    func ocr(_ place: Place) throws -> String {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let render = try Run.tool("pdftoppm", ["-r", "300", "-gray", "-singlefile", "-png"]
            + crop(place, dpi: 300, inset: 1.5) + [flattened, folder + "/field"])
        guard render.status == 0 else {
            throw Readers.ReaderFailure(tool: "pdftoppm", status: render.status, message: render.standardError)
        }
        return try Self.readLine(folder + "/field.png")
    }

    /// What tesseract's Japanese model reads in a picture of one line of text.
    static func readLine(_ png: String) throws -> String {
        let read = try Run.tool("tesseract", [png, "-", "-l", "jpn", "--psm", "7"])
        guard read.status == 0 else {
            throw Readers.ReaderFailure(tool: "tesseract", status: read.status, message: read.standardError)
        }
        return read.standardOutput
    }
}
