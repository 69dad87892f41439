import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Testing

/// Layout dumps of the sample documents (fake shaper: ideographs 1 em, Latin ½ em), compared
/// with golden files; `AYUMI_RECORD=1` rewrites them.
@Suite("Layout dumps")
struct LayoutDumpTests {
    static let folder = Repository.path("Tests/AyumiLayoutTests")
    static let assets = FakeAssets(images: [
        "shapes.png": ImageInfo(format: .png, pixelWidth: 120, pixelHeight: 80),
        "gradient.jpg": ImageInfo(format: .jpeg, pixelWidth: 160, pixelHeight: 120),
    ])

    static func dump(_ document: Document) -> String {
        LayoutDump.text(DocumentLayout(shaper: FakeShaper(), assets: assets).layout(document))
    }

    static func document(_ name: String) -> Document {
        switch name {
        case "form-blank": Samples.form(.blank)
        case "form-fillable": Samples.form(.fillable)
        case "form-filled": Samples.form(.filled)
        case "booklet": Samples.booklet()
        case "vertical-flyer": Samples.verticalFlyer()
        case "figures": Samples.figures(png: "shapes.png", jpeg: "gradient.jpg")
        case "contents": Samples.withContents(numbering: .kanji)
        case "booklet-large-print": Samples.booklet().largePrint()
        default: fatalError("no sample \(name)")
        }
    }

    @Test("each sample document lays out as recorded", arguments: [
        "form-blank", "form-fillable", "form-filled", "booklet", "vertical-flyer", "figures", "contents", "booklet-large-print",
    ])
    func dumps(name: String) {
        Golden.check(Self.dump(Self.document(name)), file: "\(name).layout.txt", folder: Self.folder)
    }
}
