import AyumiTestSupport
import Foundation

/// The independent PDF readers the form tests check Ayumi's output with, and whether each is
/// installed. A test that needs a missing one is skipped with a message naming what to install
/// (`Scripts/ensure-dependencies` installs them all when run as root).
enum Readers {
    static let scripts = Repository.path("Tests/AyumiFormsTests/Scripts")

    // MARK: - Availability

    static func onPath(_ tool: String) -> Bool {
        (try? Run.tool("sh", ["-c", "command -v \(tool)"]))?.status == 0
    }

    /// pypdf, pikepdf and pypdfium2 import in `python3`.
    static let python: Bool = {
        (try? Run.tool("python3", ["-c", "import pypdf, pikepdf, pypdfium2"]))?.status == 0
    }()

    /// fontTools imports in `python3`.
    static let fontTools: Bool = {
        (try? Run.tool("python3", ["-c", "import fontTools.ttLib"]))?.status == 0
    }()

    /// Node and Debian's pdf.js (libjs-pdf), with poppler-data's Adobe-Japan1 CMaps.
    static let pdfjs: Bool = {
        onPath("node") && FileManager.default.fileExists(atPath: "/usr/share/nodejs/pdfjs-dist/build/pdf.js")
            && FileManager.default.fileExists(atPath: "/usr/share/poppler/cMap/Adobe-Japan1/UniJIS-UTF16-H")
    }()

    /// poppler-glib (Debian's gir1.2-poppler-0.18) imports in Debian's own `/usr/bin/python3`,
    /// the only Python that sees python3-gi.
    static let popplerGLib: Bool = {
        (try? Run.program("/usr/bin/python3", ["-c", "import gi; gi.require_version('Poppler', '0.18'); from gi.repository import Poppler"]))?
            .status == 0
    }()

    /// tesseract with its Japanese model (Debian's tesseract-ocr-jpn), to read rendered fields.
    static let tesseractJapanese: Bool = {
        guard let languages = try? Run.tool("tesseract", ["--list-langs"]), languages.status == 0 else { return false }
        return languages.standardOutput.split(whereSeparator: \.isNewline).contains("jpn")
    }()

    static let mutool: Bool = onPath("mutool")
    static let poppler: Bool = onPath("pdftotext") && onPath("pdftoppm") && onPath("pdfinfo")
    static let qpdf: Bool = onPath("qpdf")

    static let installPython = "pip install pypdf pikepdf pypdfium2 (Scripts/ensure-dependencies does it as root)"
    static let installPDFJS = "apt-get install nodejs libjs-pdf poppler-data"
    static let installPopplerGLib = "apt-get install python3-gi gir1.2-poppler-0.18 (for Debian's /usr/bin/python3)"
    static let installTesseract = "apt-get install tesseract-ocr tesseract-ocr-jpn"

    // MARK: - Running

    /// Runs a tool and decodes its JSON output; fails the test with the tool's message otherwise.
    static func json(_ tool: String, _ arguments: [String]) throws -> Any {
        let result = try Run.tool(tool, arguments)
        guard result.status == 0 else {
            throw ReaderFailure(tool: "\(tool) \(arguments.prefix(3).joined(separator: " "))", status: result.status,
                                message: result.standardError + result.standardOutput)
        }
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    static func python(_ arguments: [String]) throws -> [String: Any] {
        try json("python3", [scripts + "/readers.py"] + arguments) as? [String: Any] ?? [:]
    }

    static func pdfjs(_ arguments: [String]) throws -> [String: Any] {
        try json("node", [scripts + "/pdfjs.js"] + arguments) as? [String: Any] ?? [:]
    }

    static func mutool(_ arguments: [String]) throws -> Any {
        try json("mutool", ["run", scripts + "/mutool-forms.js"] + arguments)
    }

    /// The text of a PDF after its form fields are flattened into the page (qpdf), as pdftotext
    /// reads it: what shows is what the appearance streams draw.
    static func flattenedText(_ pdf: String, pages: ClosedRange<Int>? = nil) throws -> String {
        let flat = Repository.temporaryFolder() + "/flat.pdf"
        let flatten = try Run.tool("qpdf", ["--flatten-annotations=all", pdf, flat])
        guard flatten.status == 0 || flatten.status == 3 else {
            throw ReaderFailure(tool: "qpdf --flatten-annotations", status: flatten.status, message: flatten.standardError)
        }
        return try text(flat, pages: pages)
    }

    static func text(_ pdf: String, pages: ClosedRange<Int>? = nil) throws -> String {
        var arguments = ["-enc", "UTF-8"]
        if let pages { arguments += ["-f", String(pages.lowerBound), "-l", String(pages.upperBound)] }
        return try Run.tool("pdftotext", arguments + [pdf, "-"]).standardOutput
    }

    struct ReaderFailure: Error, CustomStringConvertible {
        var tool: String
        var status: Int32
        var message: String
        var description: String { "\(tool) exited with \(status): \(message)" }
    }
}
