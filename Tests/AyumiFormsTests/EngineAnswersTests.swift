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

    @Test("ayumi answers reads each engine's save; the fillable copy made from it holds every answer, read by pdf.js",
          arguments: Engine.allCases)
    func roundTrip(typedIn engine: Engine) throws {
        try #require(engine.installed && Readers.pdfjs, "\(engine.install); \(Readers.installPDFJS)")
        let saved = try TypedNote.saved(by: engine).path
        let folder = Repository.temporaryFolder()
        let answers = folder + "/answers.yaml", refilled = folder + "/refilled.pdf"
        let read = try Run.ayumi(["answers", saved, "--template", Self.template, "--data", Self.edition, "-o", answers])
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
}
