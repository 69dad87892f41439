import AyumiCompose
import AyumiLayout
import AyumiModel
import AyumiRender
import AyumiTestSupport
import Foundation
import Testing

@Suite("Pictures, QR codes and forms in the PDF")
struct FiguresRenderTests {
    static let fixtures = Repository.path("Tests/AyumiRenderTests/Fixtures")

    func layout(_ document: Document) -> LayoutResult {
        DocumentLayout(shaper: RenderFixture.shaper, assets: RenderAssets()).layout(document)
    }

    func writePDF(_ result: LayoutResult, title: String = "test") throws -> String {
        let path = Repository.temporaryFolder() + "/out.pdf"
        let bytes = try PDFRenderer().render(result.pages, metadata: DocumentMetadata(title: title))
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let data = "https://example.jp/acp?id=12345&名前=山田太郎"

    func qrDocument() -> Document {
        Document(metadata: DocumentMetadata(title: "QR"), page: Samples.page(.a5),
                 blocks: [.qrCode(QRCodeBlock(data: Self.data, size: .cm(2), caption: Samples.text("申込み"),
                                              captionStyle: Samples.small))])
    }

    @Test("a QR code drawn 2 cm wide decodes to its data from a 200 dpi PNG of our own renderer")
    func qrFromPNG() throws {
        let result = layout(qrDocument())
        #expect(result.diagnostics.isEmpty)
        guard case .qrCode(let code)? = result.pages[0].items.first(where: { if case .qrCode = $0 { true } else { false } })
        else { Issue.record("no QR code on the page"); return }
        #expect(abs(code.rect.width - Length.cm(2).points) < 1e-9)
        let path = Repository.temporaryFolder() + "/qr.png"
        try Data(try PNGRenderer().render(result.pages[0], dpi: 200)).write(to: URL(fileURLWithPath: path))
        let decoded = try Run.tool("zbarimg", ["--raw", "-q", path])
        #expect(decoded.status == 0)
        #expect(decoded.standardOutput.trimmingCharacters(in: .newlines) == Self.data)
    }

    @Test("the same QR code decodes from the PDF rendered at 200 dpi by pdftoppm")
    func qrFromPDF() throws {
        let pdf = try writePDF(layout(qrDocument()))
        let prefix = Repository.temporaryFolder() + "/page"
        try Run.tool("pdftoppm", ["-r", "200", "-png", "-singlefile", pdf, prefix])
        let decoded = try Run.tool("zbarimg", ["--raw", "-q", prefix + ".png"])
        #expect(decoded.standardOutput.trimmingCharacters(in: .newlines) == Self.data)
    }

    @Test("a JPEG reaches the PDF untouched (DCT), a PNG as pixels; both at their sizes")
    func pictures() throws {
        let document = Samples.figures(png: Self.fixtures + "/shapes.png", jpeg: Self.fixtures + "/gradient.jpg")
        let result = layout(document)
        #expect(result.diagnostics.isEmpty)
        let images = result.pages[0].items.compactMap { if case .image(let image) = $0 { image } else { nil } }
        #expect(images.map(\.format) == [.png, .jpeg])
        #expect(images.map(\.pixelWidth) == [120, 160])
        // Heights follow the pictures' proportions.
        for image in images {
            #expect(abs(image.rect.height / image.rect.width - Double(image.pixelHeight) / Double(image.pixelWidth)) < 1e-9)
        }
        let list = try Run.tool("pdfimages", ["-list", try writePDF(result)]).standardOutput
        let rows = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(rows.contains { $0.count > 8 && $0[3] == "160" && $0[4] == "120" && $0[8] == "jpeg" }, "\(list)")
        #expect(rows.contains { $0.count > 8 && $0[3] == "120" && $0[4] == "80" })
        #expect(result.structure.filter { $0.role == .figure }.compactMap(\.alternativeText).first == "丸と四角の図")
    }

    @Test("a missing picture is a located error")
    func missingPicture() throws {
        let result = layout(Document(metadata: DocumentMetadata(title: "t"), page: Samples.page(),
                                     blocks: [.image(ImageBlock(path: "nowhere/none.png", alternativeText: "なし", width: 1,
                                                                location: SourceLocation(file: "t.yaml", line: 5, column: 3)))]))
        #expect(result.diagnostics.errors.map(\.description) == ["t.yaml:5:3: error: cannot read the picture `nowhere/none.png` as PNG or JPEG"])
    }

    @Test("picture headers: PNG IHDR and JPEG SOF give format and size")
    func headers() throws {
        let png = try #require(FileManager.default.contents(atPath: Self.fixtures + "/shapes.png"))
        let jpeg = try #require(FileManager.default.contents(atPath: Self.fixtures + "/gradient.jpg"))
        #expect(ImageInfo(header: [UInt8](png)) == ImageInfo(format: .png, pixelWidth: 120, pixelHeight: 80))
        #expect(ImageInfo(header: [UInt8](jpeg)) == ImageInfo(format: .jpeg, pixelWidth: 160, pixelHeight: 120))
        #expect(ImageInfo(header: Array("GIF89a".utf8)) == nil)
    }

    @Test("the filled form's text reaches the PDF: labels, options, answers")
    func formText() throws {
        let result = layout(Samples.form(.filled))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.all)")
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", try writePDF(result), "-"]).standardOutput.withoutWhitespace
        for expected in ["氏名", "山田花子", "1234567", "昭和", "21", "希望しない", "民生委員の田中さん", "家族への手紙は机の引き出しにあります。"] {
            #expect(text.contains(expected), "\(expected) is missing from the PDF's text")
        }
        let blank = try Run.tool("pdftotext", ["-enc", "UTF-8", try writePDF(layout(Samples.form(.blank))), "-"]).standardOutput
        #expect(!blank.contains("山田"))
    }
}
