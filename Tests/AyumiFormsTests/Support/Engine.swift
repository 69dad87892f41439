import AyumiTestSupport
import Foundation
import Testing

/// The four engines residents fill the note in, each driven by a script in `Scripts/` the way a
/// person drives the viewer built on it: pdf.js (Firefox), PDFium (Chrome, Edge), MuPDF
/// (SumatraPDF, MuPDF's apps) and poppler (Evince, Okular).
///
/// Every script speaks the same two commands, so a value typed in one engine can be read back in
/// all four: `type PDF OUT ANSWERS.json` types `{full name: value}` and saves (a button's value
/// is the state to choose: "Yes"/"Off", or a radio button's position "0", "1", …), and
/// `values PDF` prints `{full name: value}` of every field as that engine reads it.
enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case pdfjs = "pdf.js"
    case pdfium = "PDFium"
    case mupdf = "MuPDF"
    case poppler = "poppler"

    var testDescription: String { rawValue }

    /// The command that runs this engine's script, before the script's own arguments.
    private var command: (tool: String, arguments: [String]) {
        switch self {
        case .pdfjs: ("node", [Readers.scripts + "/pdfjs.js"])
        case .pdfium: ("python3", [Readers.scripts + "/pdfium-forms.py"])
        case .mupdf: ("mutool", ["run", Readers.scripts + "/mutool-forms.js"])
        // python3-gi is importable only by Debian's own python3 (a pyenv one may come first on PATH).
        case .poppler: ("/usr/bin/python3", [Readers.scripts + "/poppler-forms.py"])
        }
    }

    /// Whether the engine is installed; `ReadersAvailableTests` fails when one is not.
    var installed: Bool {
        switch self {
        case .pdfjs: Readers.pdfjs
        case .pdfium: Readers.python
        case .mupdf: Readers.mutool
        case .poppler: Readers.popplerGLib
        }
    }

    /// What to install when the engine is missing.
    var install: String {
        switch self {
        case .pdfjs: Readers.installPDFJS
        case .pdfium: Readers.installPython
        case .mupdf: "apt-get install mupdf-tools"
        case .poppler: Readers.installPopplerGLib
        }
    }

    /// Types `answers` (a JSON file) into `pdf` and saves the result as `out`; returns the names
    /// of the fields the engine found and set.
    func type(_ pdf: String, answers: String, saveAs out: String) throws -> [String] {
        let result = try run(["type", pdf, out, answers]) as? [String: Any]
        return result?["typed"] as? [String] ?? []
    }

    /// Every field's value as this engine reads it.
    func values(_ pdf: String) throws -> [String: String] {
        try run(["values", pdf]) as? [String: String] ?? [:]
    }

    private func run(_ arguments: [String]) throws -> Any {
        let command = self.command
        if command.tool.hasPrefix("/") {
            let result = try Run.program(command.tool, command.arguments + arguments)
            guard result.status == 0 else {
                throw Readers.ReaderFailure(tool: "\(rawValue) \(arguments[0])", status: result.status,
                                            message: result.standardError + result.standardOutput)
            }
            return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        }
        return try Readers.json(command.tool, command.arguments + arguments)
    }
}
