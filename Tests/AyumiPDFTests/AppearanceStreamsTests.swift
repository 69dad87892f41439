import AyumiLayout
import Testing
@testable import AyumiPDF

/// Button appearances are made once per kind, state and size, and streams with the same bytes
/// are written once.
@Suite("Appearance streams, each written once")
struct AppearanceStreamsTests {
    func update() throws -> PDFIncrementalUpdate {
        PDFIncrementalUpdate(try PDFReader(bytes: TestPDF.make([(1, "<< /Type /Catalog >>")], trailer: "/Root 1 0 R")))
    }

    @Test("a second button of the same kind, state and size adds nothing and gets the same appearances")
    func reused() throws {
        var update = try update()
        var streams = AppearanceStreams()
        let appearance = FieldAppearance(width: 12, height: 12)
        let first = streams.button(.checkBox, state: "Yes", appearance: appearance, in: &update)
        #expect(update.objects.count == 4, "on and off, normal and down")
        let second = streams.button(.checkBox, state: "Yes", appearance: appearance, in: &update)
        #expect(second == first)
        #expect(update.objects.count == 4)
        _ = streams.button(.checkBox, state: "Yes", appearance: FieldAppearance(width: 14, height: 12), in: &update)
        #expect(update.objects.count == 8, "another size draws its own")
    }

    @Test("an empty check box and an empty radio button of one size share their bytes, so one object")
    func sharedByContent() throws {
        var update = try update()
        var streams = AppearanceStreams()
        let appearance = FieldAppearance(width: 12, height: 12)
        let check = streams.button(.checkBox, state: "Yes", appearance: appearance, in: &update)
        let radio = streams.button(.radioButton, state: "0", appearance: appearance, in: &update)
        let checkOff = check.dictionary?["N"]?.dictionary?["Off"]
        #expect(checkOff != nil && checkOff == radio.dictionary?["N"]?.dictionary?["Off"])
        #expect(update.objects.count == 7, "the radio button's on and down appearances are its own")
    }

    @Test("empty text fields of one size share one appearance")
    func emptyText() throws {
        var update = try update()
        var streams = AppearanceStreams()
        let appearance = FieldAppearance(width: 100, height: 20)
        let first = streams.emptyText(appearance, kind: .text(multiline: false), size: 10.5, in: &update)
        let second = streams.emptyText(appearance, kind: .comb(cells: 4), size: 12, in: &update)
        #expect(first == second)
        #expect(update.objects.count == 1)
    }
}
