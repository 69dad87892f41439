import AyumiTestSupport
import Foundation
import Testing

/// A resident types realistic answers into the real fillable 人生ノート in each engine (pdf.js,
/// PDFium, MuPDF, poppler), saves, and the saved file is judged as a person would judge it:
/// every engine reads back what was typed, and the saved appearances show it — exact text of the
/// flattened fields, and OCR of a few rendered ones. What an engine does wrong by itself is
/// expected precisely (`EngineBehaviour.swift`), so any change is seen.
@Suite("Typing in the real engines")
struct EngineTypingTests {
    /// Line breaks as a person sees them: PDFium stores Return as "\r\n".
    static func normalised(_ value: String) -> String {
        value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The text fields among the answers.
    static var textAnswers: [(name: String, value: String)] {
        get throws {
            let kinds = Dictionary(try TypedNote.places.get().map { ($0.name, $0.kind) }) { first, _ in first }
            return TypedNote.answers.filter { kinds[$0.key] == "text" }.sorted { $0.key < $1.key }
                .map { ($0.key, $0.value) }
        }
    }

    @Test("the engine finds every answered field of the note and sets it", arguments: Engine.allCases)
    func typesEveryField(engine: Engine) throws {
        try #require(engine.installed, "\(engine.install)")
        #expect(TypedNote.answers.count == 24, "the answers fixture loads")
        let saved = try TypedNote.saved(by: engine)
        #expect(Set(saved.typed) == Set(TypedNote.answers.keys))
        let check = try Run.tool("qpdf", ["--check", saved.path])
        #expect(check.status == 0, "\(engine): \(check.standardOutput)")
    }

    @Test("every engine reads back what was typed in this one, and every other field as it was",
          arguments: Engine.allCases)
    func readBack(typedIn engine: Engine) throws {
        let missing = Engine.allCases.filter { !$0.installed }
        try #require(missing.isEmpty, "\(missing.map(\.install).joined(separator: "; "))")
        let saved = try TypedNote.saved(by: engine)
        for reader in Engine.allCases {
            let values = try reader.values(saved.path)
            let before = try TypedNote.blankValues(readBy: reader)
            #expect(Set(values.keys) == Set(before.keys), "typed in \(engine), read by \(reader): the same fields")
            for (name, value) in values {
                let expected = TypedNote.answers[name].map { engine.stored($0, in: name) } ?? before[name]
                #expect(Self.normalised(value) == expected, "typed in \(engine), read by \(reader): \(name)")
            }
        }
    }

    @Test("flattened, each field's appearance extracts as typed", arguments: Engine.allCases)
    func flattenedText(typedIn engine: Engine) throws {
        try #require(engine.installed && Readers.qpdf && Readers.poppler, "\(engine.install); apt-get install qpdf poppler-utils")
        let view = try FieldView(saved: try TypedNote.saved(by: engine).path)
        let textAnswers = try Self.textAnswers
        // poppler marks every text widget it fills with a meaningless /AS /N (see FieldView).
        #expect(view.textStatesDropped == (engine == .poppler ? textAnswers.count : 0))
        for (name, value) in textAnswers {
            let shown = try view.text(try TypedNote.place(of: name))
            #expect(shown.withoutWhitespace == engine.shown(value, in: name).withoutWhitespace,
                    "typed in \(engine): \(name)")
        }
    }

    @Test("the saved appearances use the typing font of /DR, or the engine's own fonts", arguments: Engine.allCases)
    func appearanceFonts(typedIn engine: Engine) throws {
        try #require(engine.installed && Readers.python, "\(engine.install); \(Readers.installPython)")
        let saved = try TypedNote.saved(by: engine).path
        for (field, japanese) in [("full_name", true), ("phone", false)] {
            let appearance = try Readers.python(["appearance-fonts", saved, field])
            let fonts = try #require(appearance["fonts"] as? [String: [String: String]])
            let used = Set(fonts.values.map { "\($0["baseFont"] ?? "") \($0["encoding"] ?? "")" })
            #expect(used == engine.appearanceFonts(japanese: japanese), "typed in \(engine): \(field)")
        }
    }

    @Test("flattened, the chosen radio buttons and the ticked check box are drawn so, and no other button changes",
          arguments: Engine.allCases)
    func buttonsShown(typedIn engine: Engine) throws {
        try #require(engine.installed && Readers.python && Readers.poppler, "\(engine.install); \(Readers.installPython)")
        let saved = try FieldView(saved: try TypedNote.saved(by: engine).path)
        let blank = try FieldView(saved: try TypedNote.blank.get())
        let places = try TypedNote.places.get()
        let buttons = TypedNote.answers.filter { answer in places.contains { $0.name == answer.key && $0.kind != "text" } }
        #expect(buttons.count == 4, "the fixture chooses an era, two other radio options and a check box")
        for (name, state) in buttons.sorted(by: { $0.key < $1.key }) {
            let group = places.filter { $0.name == name }
            let before = try blank.ink(group), after = try saved.ink(group)
            for (position, place) in group.enumerated() {
                let chosen = place.kind == "checkbox" ? state == "Yes" : String(position) == state
                let added = after[position] - before[position]
                // A mark is 30–40 dark pixels at 100 dpi; an untouched button has none added.
                #expect(chosen ? added >= 25 : added == 0, "typed in \(engine): \(name) button \(position) gained \(added)")
            }
        }
    }

    /// Fields with short Japanese text at the note's 12pt that tesseract reads right in every
    /// engine's save, run after run. (It reads 美空ひばり as 雲空 or ひびばり, 父へ as 父人, 髙 as
    /// 高, and a write-in touching the printed ）after it with a stray stroke.)
    static let readFields = ["name_kana", "medications.1.drug", "medications.1.dose"]

    /// OCR cannot tell full-width digits and letters from half-width ones: both sides are
    /// compared in compatibility form (５ → 5), without whitespace.
    static func comparable(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.withoutWhitespace
    }

    @Test("OCR of the rendered, flattened fields finds the typed words", arguments: Engine.allCases)
    func ocr(typedIn engine: Engine) throws {
        try #require(engine.installed && Readers.tesseractJapanese, "\(engine.install); \(Readers.installTesseract)")
        let view = try FieldView(saved: try TypedNote.saved(by: engine).path)
        for name in Self.readFields {
            let typed = try #require(TypedNote.answers[name])
            let read = try view.ocr(try TypedNote.place(of: name))
            #expect(Self.comparable(read) == Self.comparable(engine.shown(typed, in: name)), "typed in \(engine): \(name)")
        }
    }

    @Test("opened in MuPDF and in PDFium and drawn there, the save shows the typed kana to OCR", arguments: Engine.allCases)
    func ocrInOtherViewers(typedIn engine: Engine) throws {
        try #require(Readers.mutool && Readers.python && Readers.tesseractJapanese, "\(Readers.installTesseract)")
        let saved = try TypedNote.saved(by: engine).path
        // Only the kana line reads right in every viewer's drawing run after run; tesseract
        // confuses ピ and ビ, １ and ] in some of them.
        let name = "name_kana", typed = try #require(TypedNote.answers[name])
        for viewer in OtherViewer.allCases {
            let read = try viewer.ocr(saved, try TypedNote.place(of: name))
            #expect(Self.comparable(read) == Self.comparable(engine.shown(typed, in: name)),
                    "typed in \(engine), drawn by \(viewer.rawValue): \(name)")
        }
    }
}
