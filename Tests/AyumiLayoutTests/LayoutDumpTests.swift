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

    @Test("each sample document lays out as recorded", arguments: [
        ("form-blank", Samples.form(.blank)),
        ("form-fillable", Samples.form(.fillable)),
        ("form-filled", Samples.form(.filled)),
        ("booklet", Samples.booklet()),
        ("vertical-flyer", Samples.verticalFlyer()),
        ("figures", Samples.figures(png: "shapes.png", jpeg: "gradient.jpg")),
    ])
    func dumps(name: String, document: Document) {
        Golden.check(Self.dump(document), file: "\(name).layout.txt", folder: Self.folder)
    }
}
