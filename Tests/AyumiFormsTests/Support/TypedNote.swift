import AyumiTestSupport
import Foundation

/// The real fillable 人生ノート with a resident's realistic answers typed into it in each engine
/// and saved: built once, typed once per engine, shared by the engine tests.
///
/// The answers (`Fixtures/typing/answers.json`) are what residents really write: kana, common
/// and rare kanji, 髙 﨑 𠮷, full-width brackets （）［］, ～ and －, half-width digits, a postal
/// code typed with its hyphen, a long 「その他」 write-in, a letter of about 300 characters with
/// line breaks, a date, radio choices and a check box.
enum TypedNote {
    static let answersPath = Repository.path("Tests/AyumiFormsTests/Fixtures/typing/answers.json")

    /// `{full name: value}`; a button's value is the state chosen.
    static let answers: [String: String] = {
        let data = FileManager.default.contents(atPath: answersPath) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: String] ?? [:]
    }()

    /// The fillable note as Ayumi builds it, on disk.
    static let blank = Result<String, any Error> {
        guard let built = try FormBuild.realNote("jinsei-note", rendition: .fillable) else {
            throw Missing(what: "templates/jinsei-note with examples/jinsei-note/edition.yaml")
        }
        return try built.write("jinsei-note-fillable.pdf")
    }

    /// Where poppler places every widget of the fillable note.
    static let places = Result<[FieldView.Place], any Error> { try FieldView.places(blank.get()) }

    /// The one widget of a text field (a test fails when the note has none or several).
    static func place(of name: String) throws -> FieldView.Place {
        let found = try places.get().filter { $0.name == name }
        guard found.count == 1 else { throw Missing(what: "one widget named \(name) (found \(found.count))") }
        return found[0]
    }

    /// The note saved by `engine` after typing every answer, with the fields it reported setting.
    static func saved(by engine: Engine) throws -> (path: String, typed: [String]) {
        switch engine {
        case .pdfjs: try typedInPDFJS.get()
        case .pdfium: try typedInPDFium.get()
        case .mupdf: try typedInMuPDF.get()
        case .poppler: try typedInPoppler.get()
        }
    }

    private static let typedInPDFJS = Result<(path: String, typed: [String]), any Error> { try type(in: .pdfjs) }
    private static let typedInPDFium = Result<(path: String, typed: [String]), any Error> { try type(in: .pdfium) }
    private static let typedInMuPDF = Result<(path: String, typed: [String]), any Error> { try type(in: .mupdf) }
    private static let typedInPoppler = Result<(path: String, typed: [String]), any Error> { try type(in: .poppler) }

    private static func type(in engine: Engine) throws -> (path: String, typed: [String]) {
        let out = Repository.temporaryFolder() + "/typed-in-\(engine).pdf"
        let typed = try engine.type(try blank.get(), answers: answersPath, saveAs: out)
        return (out, typed)
    }

    /// Every field's value in the fillable note as `reader` reads it before anything is typed.
    static func blankValues(readBy reader: Engine) throws -> [String: String] {
        switch reader {
        case .pdfjs: try blankInPDFJS.get()
        case .pdfium: try blankInPDFium.get()
        case .mupdf: try blankInMuPDF.get()
        case .poppler: try blankInPoppler.get()
        }
    }

    private static let blankInPDFJS = Result<[String: String], any Error> { try Engine.pdfjs.values(blank.get()) }
    private static let blankInPDFium = Result<[String: String], any Error> { try Engine.pdfium.values(blank.get()) }
    private static let blankInMuPDF = Result<[String: String], any Error> { try Engine.mupdf.values(blank.get()) }
    private static let blankInPoppler = Result<[String: String], any Error> { try Engine.poppler.values(blank.get()) }

    struct Missing: Error, CustomStringConvertible {
        var what: String
        var description: String { "missing: \(what)" }
    }
}
