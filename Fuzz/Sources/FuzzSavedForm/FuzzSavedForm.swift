import AyumiAnswers
import AyumiModel
import AyumiQPDF
import FuzzSupport

/// Declarations of every kind, so whatever fields a mutated PDF holds meet each mapping.
let declarations = FormDeclarations(declarations: [
    .text(name: "full_name", combCells: nil),
    .text(name: "postal_code", combCells: 7),
    .date(name: "birthday", eras: [.taisho, .showa, .heisei, .reiwa, .western]),
    .date(name: "written_on", eras: [.reiwa]),
    .choice(name: "cpr", options: ["希望する", "希望しない", "わからない"], multiple: false, other: true),
    .choice(name: "places", options: ["自宅", "病院"], multiple: true, other: true),
    .table(name: "medications", keys: ["drug", "dose"], keyed: true),
    .table(name: "history", keys: ["1", "2"], keyed: false),
], templateName: "jinsei-note")

/// Any bytes as a viewer's saved PDF: qpdf reads it or says why not, the field tree is walked
/// without looping, and the answers map and serialise; never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSavedForm(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let form = try? SavedFormReader.read(Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    guard let read = try? AnswersReading(declarations: declarations).read(form) else { return 0 }
    _ = AnswersYAML.text(of: read.answers)
    return 0
}

@_cdecl("FuzzSavedForm_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzSavedForm)
}
