import AyumiTestSupport
import Foundation
import Testing

/// Pictures a template names, through the real `ayumi build` (issue 14, probes 9–11): a picture
/// too large, cut short, damaged or not a picture is the user's located error (exit 1, the
/// template line), decided from the header before anything is decoded; a photo's metadata never
/// reaches the PDF.
@Suite("Pictures: limits, bad files, metadata")
struct PictureCommandTests {
    static let fixtures = Repository.path("Tests/ayumiTests/Fixtures/pictures")

    /// A template folder whose line 8 names `file` (holding `bytes`), with an empty data file.
    func template(_ file: String, _ bytes: [UInt8]) throws -> String {
        let folder = Repository.temporaryFolder()
        try """
            template: picture
            description: a picture
            page: {paper: A5, margins: 15mm}
            styles:
              paragraph: {font: mincho, size: 10.5pt, line_pitch: 1.75zw}
            body:
              - paragraph: 写真です。
              - image: \(file)
                alt: 写真
                width: 0.5
            """.write(toFile: folder + "/template.yaml", atomically: true, encoding: .utf8)
        try "{}\n".write(toFile: folder + "/data.yaml", atomically: true, encoding: .utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + file))
        return folder
    }

    func build(_ folder: String) throws -> ProcessResult {
        try Run.ayumi(["build", folder, "--data", folder + "/data.yaml", "-o", folder + "/out.pdf"])
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name)))
    }

    /// A PNG that says `width` × `height` (grey, 8 bits) and holds one row of data: what a
    /// hostile or broken file looks like to a decoder that trusts the header.
    static func png(width: Int, height: Int) -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return bigEndian(data.count, 4) + body + bigEndian(Int(crc32(body)), 4)
        }
        let header = bigEndian(width, 4) + bigEndian(height, 4) + [8, 0, 0, 0, 0]
        // zlib stream of one filter byte and eight zero pixels, stored uncompressed.
        let row: [UInt8] = [0x78, 0x01, 0x01, 0x09, 0x00, 0xF6, 0xFF] + [UInt8](repeating: 0, count: 9) + [0x00, 0x09, 0x00, 0x01]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", row) + chunk("IEND", [])
    }

    static func bigEndian(_ value: Int, _ count: Int) -> [UInt8] {
        (0..<count).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// The error, exactly, and that nothing was written or blamed on Ayumi.
    func expectError(_ result: ProcessResult, in folder: String, _ file: String, _ message: String, hint: String) {
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardError == """
            \(folder)/template.yaml:8:5: error: \(message)
               8 |   - image: \(file)
                 |     ^
              hint: \(hint)

            """, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.pdf"))
    }

    static let scaleDown = "scale the picture down in an image program: printed across a whole A4 page at 300 dpi, 2,480 × 3,508 pixels are enough"

    @Test("a 20000 × 20000 PNG is refused from its header, at once (it took 1.6 GB and 7 s)")
    func hugePNG() throws {
        let folder = try template("big.png", Self.png(width: 20000, height: 20000))
        let start = ContinuousClock.now
        let result = try build(folder)
        #expect(ContinuousClock.now - start < TimeBound.scaled(.seconds(5)))
        expectError(result, in: folder, "big.png", "the picture `\(folder)/big.png` is 20,000 × 20,000 pixels, more than Ayumi decodes: "
                    + "at most 50,000,000 pixels (imagePixels), 32,767 on a side", hint: Self.scaleDown)
    }

    @Test("a 30000 × 30000 PNG and a 65500 × 65500 JPEG are the user's errors, not Ayumi's (they were exit 3)")
    func tooLarge() throws {
        let png = try template("wide.png", Self.png(width: 30000, height: 30000))
        expectError(try build(png), in: png, "wide.png", "the picture `\(png)/wide.png` is 30,000 × 30,000 pixels, more than Ayumi decodes: "
                    + "at most 50,000,000 pixels (imagePixels), 32,767 on a side", hint: Self.scaleDown)
        // The photo with its frame header (SOF0: FF C0, length, precision, height, width) saying 65500 × 65500.
        var jpeg = try Self.fixture("exif-photo.jpg")
        let sof = try #require((0..<jpeg.count - 1).first { jpeg[$0] == 0xFF && jpeg[$0 + 1] == 0xC0 })
        jpeg.replaceSubrange(sof + 5..<sof + 9, with: [0xFF, 0xDC, 0xFF, 0xDC])
        let folder = try template("huge.jpg", jpeg)
        expectError(try build(folder), in: folder, "huge.jpg", "the picture `\(folder)/huge.jpg` is 65,500 × 65,500 pixels, more than Ayumi decodes: "
                    + "at most 50,000,000 pixels (imagePixels), 32,767 on a side", hint: Self.scaleDown)
    }

    @Test("the same in Japanese")
    func japanese() throws {
        let folder = try template("big.png", Self.png(width: 20000, height: 20000))
        let result = try Run.ayumi(["build", folder, "--data", folder + "/data.yaml", "-o", folder + "/out.pdf"],
                                   environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("""
            \(folder)/template.yaml:8:5: エラー: 画像 `\(folder)/big.png` は 20,000 × 20,000 ピクセルあり、Ayumi が扱える大きさ\
            （50,000,000 ピクセル、一辺 32,767 ピクセルまで。imagePixels）を超えています
            """), "\(result.standardError)")
        #expect(result.standardError.hasSuffix("""
            ヒント: 画像ソフトで画像を小さくしてください。A4 の紙いっぱいに 300 dpi で印刷しても、2,480 × 3,508 ピクセルあれば足ります

            """), "\(result.standardError)")
    }

    @Test("a PNG or JPEG cut short is a located error saying so (a cut PNG was exit 3)")
    func truncated() throws {
        let png = try Self.fixture("text-chunks.png")
        let cutPNG = try template("cut.png", Array(png.prefix(png.count / 2)))
        let again = "copy or save the picture again from where it came from; this copy is incomplete"
        expectError(try build(cutPNG), in: cutPNG, "cut.png", "the picture `\(cutPNG)/cut.png` is cut short: the file ends before the picture does",
                    hint: again)
        let jpeg = try Self.fixture("exif-photo.jpg")
        let cutJPEG = try template("cut.jpg", Array(jpeg.prefix(jpeg.count - 200)))
        expectError(try build(cutJPEG), in: cutJPEG, "cut.jpg", "the picture `\(cutJPEG)/cut.jpg` is cut short: the file ends before the picture does",
                    hint: again)
    }

    @Test("a PNG whose data the decoder refuses is a located error (it was exit 3)")
    func damaged() throws {
        // The right size and an end, but the data of a 1 × 1 picture for a 64 × 48 one.
        let folder = try template("damaged.png", Self.png(width: 64, height: 48))
        expectError(try build(folder), in: folder, "damaged.png",
                    "the picture `\(folder)/damaged.png` is damaged: its picture data cannot be decoded",
                    hint: "open it in an image program and save it again as PNG or JPEG")
    }

    @Test("a file named .png that is no picture")
    func notAPicture() throws {
        let folder = try template("notes.png", Array("これは写真ではありません\n".utf8))
        expectError(try build(folder), in: folder, "notes.png", "cannot read the picture `\(folder)/notes.png` as PNG or JPEG",
                    hint: "check the file's name and folder; save the picture as PNG or JPEG")
    }

    /// The PDF with every stream decompressed and no object streams, as bytes to search.
    func expandedPDF(_ folder: String) throws -> String {
        _ = try Run.tool("qpdf", ["--qdf", "--object-streams=disable", folder + "/out.pdf", folder + "/expanded.pdf"])
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/expanded.pdf")), as: UTF8.self)
    }

    @Test("a photo's EXIF (artist, description, GPS), XMP and comment stay out of the PDF; the picture is the same")
    func jpegMetadata() throws {
        let photo = try Self.fixture("exif-photo.jpg")
        // The fixture does carry them (made with Pillow: Tests/ayumiTests/Fixtures/pictures/README.md).
        let original = String(decoding: photo, as: UTF8.self)
        for text in ["Exif\0\0", "Hanako Morikawa", "Mirai-cho", "XMPCreatorMorikawa", "COMMENT: taken at Morikawa home"] {
            #expect(original.contains(text), "\(text)")
        }
        let folder = try template("photo.jpg", photo)
        let result = try build(folder)
        #expect(result.status == 0, "\(result.standardError)")
        let pdf = try expandedPDF(folder)
        for text in ["Exif", "Morikawa", "Mirai-cho", "XMPCreator", "COMMENT", "http://ns.adobe.com/xap"] {
            #expect(!pdf.contains(text), "\(text) reached the PDF")
        }
        #expect(pdf.contains("/DCTDecode"))
        // The picture itself: the same frame and scan as the file (from the frame header to the end).
        let images = try Run.tool("pdfimages", ["-list", folder + "/out.pdf"]).standardOutput
        #expect(images.contains("   1     0 image      64    48  rgb     3   8  jpeg "), "\(images)")
        let sof = try #require((0..<photo.count - 1).first { photo[$0] == 0xFF && photo[$0 + 1] == 0xDB })
        _ = try Run.tool("pdfimages", ["-j", folder + "/out.pdf", folder + "/embedded"])
        let embedded = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/embedded-000.jpg")))
        #expect(embedded.count == 2 + 18 + (photo.count - sof))   // SOI, a JFIF header without thumbnail, then the picture
        #expect(Array(embedded.suffix(photo.count - sof)) == Array(photo[sof...]))
    }

    @Test("a PNG's text chunks stay out of the PDF (cairo embeds only the decoded pixels)")
    func pngText() throws {
        let png = try Self.fixture("text-chunks.png")
        #expect(String(decoding: png, as: UTF8.self).contains("PNGAuthorMorikawa"))
        let folder = try template("chart.png", png)
        #expect(try build(folder).status == 0)
        let pdf = try expandedPDF(folder)
        #expect(!pdf.contains("PNGAuthorMorikawa") && !pdf.contains("PNGDescriptionMorikawa") && !pdf.contains("tEXt"))
    }
}
