import AyumiModel
import AyumiTestSupport
import Foundation
import Testing

/// The answers typed in each engine come back through `ayumi answers`, and a fillable copy
/// pre-filled from them (`--rendition fillable --fill`) holds every one: a resident who filled
/// the note in any viewer can be handed it again, or next year's edition, with the answers in.
@Suite("Answers typed in the real engines, read back by ayumi")
struct EngineAnswersTests {
    static let template = Repository.path("templates/jinsei-note")
    static let edition = Repository.path("examples/jinsei-note/edition.yaml")

    /// What the pre-filled copy holds for a typed answer: what the engine stored, a comb field in
    /// the one spelling answers files use for it, without `-` and spaces (docs/templates.md).
    static func refilled(_ stored: String, in field: String) -> String {
        Engine.combFields.contains(field) ? stored.filter { $0 != "-" && !$0.isWhitespace } : stored
    }

    /// `ayumi answers` run once on each engine's save (both tests below read its file): the
    /// answers file and how the command ended.
    static func answers(typedIn engine: Engine) throws -> (path: String, read: ProcessResult) {
        if let done = answered.withLock({ $0[engine] }) { return done }
        let saved = try TypedNote.saved(by: engine).path
        let path = Repository.temporaryFolder() + "/answers.yaml"
        let read = try Run.ayumi(["answers", saved, "--template", template, "--data", edition, "-o", path])
        answered.withLock { $0[engine] = (path, read) }
        return (path, read)
    }

    private static let answered = Locked<[Engine: (path: String, read: ProcessResult)]>([:])

    @Test("ayumi answers reads each engine's save; the fillable copy made from it holds every answer, read by pdf.js",
          arguments: Engine.allCases)
    func roundTrip(typedIn engine: Engine) throws {
        try #require(engine.installed && Readers.pdfjs, "\(engine.install); \(Readers.installPDFJS)")
        let (answers, read) = try Self.answers(typedIn: engine)
        let refilled = Repository.temporaryFolder() + "/refilled.pdf"
        #expect(read.status == 0, "\(engine): \(read.standardError)")
        let build = try Run.ayumi(["build", Self.template, "--data", Self.edition, "--rendition", "fillable",
                                   "--fill", answers, "-o", refilled])
        try #require(build.status == 0, "\(engine): \(build.standardError)")
        let values = try Engine.pdfjs.values(refilled)
        #expect(values.count == (try TypedNote.blankValues(readBy: .pdfjs)).count, "\(engine): the same fields")
        for (name, value) in values {
            if let typed = TypedNote.answers[name] {
                let expected = Self.refilled(engine.stored(typed, in: name), in: name)
                #expect(EngineTypingTests.normalised(value) == expected, "typed in \(engine), refilled: \(name)")
            } else {
                #expect(value == "" || value == "Off", "typed in \(engine), refilled: \(name) is left empty")
            }
        }
    }

    /// The typed answers that are text (the others choose a button or are a date's parts, which
    /// the filled note prints as 「昭和22年4月1日」 and its marks).
    static let buttonsAndDateParts: Set<String> = ["birthday.era", "birthday.year", "birthday.month", "birthday.day",
                                                   "care_place", "care_by.1", "end_cpr"]

    @Test("the answers read from each engine's save print whole in the filled rendition (build --fill), letter included",
          arguments: Engine.allCases)
    func filledPrint(typedIn engine: Engine) throws {
        try #require(engine.installed && Readers.poppler, "\(engine.install); apt-get install poppler-utils")
        let (answers, read) = try Self.answers(typedIn: engine)
        let filled = Repository.temporaryFolder() + "/filled.pdf"
        try #require(read.status == 0, "\(engine): \(read.standardError)")
        let build = try Run.ayumi(["build", Self.template, "--data", Self.edition, "--fill", answers, "-o", filled])
        try #require(build.status == 0, "\(engine): \(build.standardError)")
        // In drawing order (-raw): reading order puts a run in the fallback font (𠮷) or the
        // cells of a comb beside whatever line sits nearest, though the page shows them in place.
        let text = try Run.tool("pdftotext", ["-raw", "-enc", "UTF-8", filled, "-"]).standardOutput.filter { !$0.isWhitespace }
        let typed = TypedNote.answers.filter { !Self.buttonsAndDateParts.contains($0.key) }
        #expect(typed.count == 17, "the text answers of Fixtures/typing/answers.json")
        for (name, value) in typed {
            let expected = Self.refilled(engine.stored(value, in: name), in: name).filter { !$0.isWhitespace }
            #expect(text.contains(expected), "typed in \(engine), printed: \(name)")
        }
    }
}
