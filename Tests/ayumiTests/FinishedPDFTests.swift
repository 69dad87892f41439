import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// What AyumiPDF's incremental update adds to the PDF cairo draws, checked on real builds with
/// qpdf and poppler, and read back with AyumiPDF's own reader.
@Suite("ayumi build: the finished PDF")
struct FinishedPDFTests {
    let sample = "examples/article/sample.yaml"
    let april1 = "1775001600"  // 2026-04-01T00:00:00Z
    let april2 = "1775088000"  // 2026-04-02T00:00:00Z

    /// Builds `data` into a fresh folder and returns the PDF's path.
    func build(_ data: String? = nil, epoch: String? = nil, extra: [String: String] = [:]) throws -> String {
        let pdf = Repository.temporaryFolder() + "/out.pdf"
        var environment = extra
        if let epoch { environment["SOURCE_DATE_EPOCH"] = epoch }
        let result = try Run.ayumi(["build", "templates/article", "--data", data ?? sample, "-o", pdf], environment: environment)
        #expect(result.status == 0, "\(result.standardError)")
        return pdf
    }

    func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// `qpdf --json` (JSON v2): the trailer's value and each object's value by `n 0 R`.
    func qpdfJSON(_ path: String) throws -> (trailer: [String: Any], objects: [String: Any]) {
        let result = try Run.tool("qpdf", ["--json", "--json-key=qpdf", path])
        #expect(result.status == 0, "\(result.standardError)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let parts = try #require(root["qpdf"] as? [Any])
        let objects = try #require(parts.last as? [String: Any])
        let trailer = try #require((objects["trailer"] as? [String: Any])?["value"] as? [String: Any])
        var values: [String: Any] = [:]
        for (key, object) in objects where key.hasPrefix("obj:") {
            values[String(key.dropFirst(4))] = (object as? [String: Any])?["value"]
        }
        return (trailer, values)
    }

    @Test("qpdf finds no errors; pdfinfo shows the title; qpdf --json shows /Lang ja-JP, DisplayDocTitle and an /ID")
    func catalogAndTrailer() throws {
        let pdf = try build()
        let check = try Run.tool("qpdf", ["--check", pdf])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        #expect(check.standardOutput.contains("No syntax or stream encoding errors found"))
        #expect(!check.standardOutput.contains("WARNING") && check.standardError.isEmpty, "\(check.standardError)")

        let info = try Run.tool("pdfinfo", [pdf]).standardOutput.split(separator: "\n")
        #expect(info.contains { $0.hasPrefix("Title:") && $0.hasSuffix(" 人生会議のすすめ") }, "\(info)")
        #expect(info.contains { $0.hasPrefix("Tagged:") && $0.hasSuffix(" yes") }, "\(info)")
        let structure = try Run.tool("pdfinfo", ["-struct", pdf]).standardOutput
        #expect(structure.hasPrefix("Document\n  H1"), "\(structure.prefix(200))")

        let (trailer, objects) = try qpdfJSON(pdf)
        let root = try #require(trailer["/Root"] as? String)
        let catalog = try #require(objects[root] as? [String: Any])
        #expect(catalog["/Lang"] as? String == "u:ja-JP")
        let preferences = try #require(catalog["/ViewerPreferences"] as? [String: Any])
        #expect(preferences["/DisplayDocTitle"] as? Bool == true)

        let identifier = try #require(trailer["/ID"] as? [String])
        #expect(identifier.count == 2 && identifier[0] == identifier[1])
        #expect(identifier[0].hasPrefix("b:") && identifier[0].count == 2 + 32, "16 bytes: \(identifier)")
        #expect(trailer["/Prev"] is Int)
    }

    @Test("with SOURCE_DATE_EPOCH, pdfinfo -isodates shows the date, stored in the D: form")
    func dates() throws {
        let pdf = try build(epoch: april1)
        let info = try Run.tool("pdfinfo", ["-isodates", pdf]).standardOutput.split(separator: "\n")
        for key in ["CreationDate:", "ModDate:"] {
            #expect(info.contains { $0.hasPrefix(key) && $0.hasSuffix(" 2026-04-01T00:00:00Z") }, "\(key) in \(info)")
        }
        let reader = try PDFReader(bytes: bytes(pdf))
        let dictionary = try #require(try reader.info())
        #expect(dictionary["CreationDate"]?.string?.text == "D:20260401000000Z00'00'")
        #expect(dictionary["ModDate"]?.string?.text == "D:20260401000000Z00'00'")
    }

    @Test("two builds are byte-identical, whatever the time zone or the clock")
    func reproducible() throws {
        let first = try bytes(build(epoch: april1, extra: ["TZ": "Asia/Tokyo"]))
        let second = try bytes(build(epoch: april1, extra: ["TZ": "America/New_York"]))
        #expect(first == second)
    }

    @Test("changing SOURCE_DATE_EPOCH changes only the dates and the /ID")
    func onlyDatesAndIdentifierChange() throws {
        let first = try bytes(build(epoch: april1))
        let second = try bytes(build(epoch: april2))
        try #require(first.count == second.count, "a date of the same length keeps every offset")

        // Where a difference is allowed: inside the date strings and the /ID array.
        let allowed = try PDFDateRanges.ranges(in: first)
        #expect(allowed.count == 5, "cairo's two dates, the update's two dates, the /ID: \(allowed)")
        let differing = first.indices.filter { first[$0] != second[$0] }
        #expect(!differing.isEmpty)
        let outside = differing.filter { index in !allowed.contains { $0.contains(index) } }
        #expect(outside.isEmpty, "bytes differing outside dates and /ID at \(outside.prefix(10))")
        for range in allowed {
            #expect(range.contains { first[$0] != second[$0] }, "each date and the /ID change: \(range)")
        }
    }

    @Test("ayumi build --rendition fillable makes the form: fields with /TU and appearances, tagged, qpdf-clean",
          .enabled(if: FileManager.default.fileExists(atPath: Repository.path("templates/kizuna-note/template.yaml"))))
    func fillable() throws {
        let pdf = Repository.temporaryFolder() + "/kizuna.pdf"
        let result = try Run.ayumi(["build", "templates/kizuna-note", "--data", "examples/kizuna-note/edition.yaml",
                                    "--rendition", "fillable", "-o", pdf], environment: ["SOURCE_DATE_EPOCH": april1])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Run.tool("qpdf", ["--check", pdf]).status == 0)
        let reader = try PDFReader(bytes: bytes(pdf))
        let form = try #require(try reader.catalog()["AcroForm"].flatMap { try reader.resolve($0).dictionary })
        #expect(form["NeedAppearances"] == nil)
        var terminals = 0
        func visit(_ object: PDFObject) throws {
            let field = try #require(try reader.resolve(object).dictionary)
            if field["FT"] != nil || field["Kids"] == nil {
                terminals += 1
                #expect(field["TU"] != nil)
            } else {
                for kid in field["Kids"]?.array ?? [] { try visit(kid) }
            }
        }
        for field in form["Fields"]?.array ?? [] { try visit(field) }
        #expect(terminals == 102, "\(terminals) fields: 82, and 20 in the contacts table")
        #expect(try Run.tool("pdfinfo", [pdf]).standardOutput.contains("Tagged:          yes"))
    }

    @Test("every PDF a build writes reads back with AyumiPDF's reader", arguments: [
        ("sample", nil as String?), ("sample, dated", "1775001600"), ("vertical A5", nil),
    ])
    func roundTrip(name: String, epoch: String?) throws {
        var data = sample
        if name.hasPrefix("vertical") {
            data = Repository.temporaryFolder() + "/tate.yaml"
            try """
                title: 縦書き
                body: |
                  「人生会議」について話し合います。
                writing_mode: vertical
                page_size: A5
                font_size: 14pt

                """
                .write(toFile: data, atomically: true, encoding: .utf8)
        }
        let built = try bytes(build(data, epoch: epoch))
        let reader = try PDFReader(bytes: built)

        // Every object cairo or the update wrote reads, streams included.
        #expect(reader.sections.count == 2)
        for number in reader.objectNumbers {
            _ = try reader.object(number)
        }
        #expect(try reader.catalog()["Lang"]?.string?.text == "ja-JP")
        #expect(try reader.catalog()["ViewerPreferences"] == ["DisplayDocTitle": true])
        #expect(reader.sections[0].entries.count == (epoch == nil ? 1 : 2), "the update holds the Catalog (and Info)")

        // The first revision is cairo's output, untouched: it reads alone, without /Lang or /ID,
        // and finishing it again gives exactly the built file.
        let end = try #require(TestBytes.end(ofRevisionAt: reader.sections[1].offset, in: built))
        let drawn = Array(built[..<end])
        let cairo = try PDFReader(bytes: drawn)
        #expect(cairo.sections.count == 1)
        #expect(try cairo.catalog()["Lang"] == nil)
        #expect(cairo.trailer["ID"] == nil)
        let iso = epoch.flatMap(PDFDate.iso8601(sourceDateEpoch:))
        #expect(try PDFFinisher(options: .init(creationDate: iso)).finish(drawn) == built)
    }
}

enum TestBytes {
    /// The end of the revision whose cross-reference section starts at `offset`: just after the
    /// `%%EOF` line that follows it.
    static func end(ofRevisionAt offset: Int, in bytes: [UInt8]) -> Int? {
        guard let marker = bytes[offset...].firstRange(of: Array("%%EOF".utf8)) else { return nil }
        var end = marker.upperBound
        if end < bytes.count, bytes[end] == 0x0D { end += 1 }
        if end < bytes.count, bytes[end] == 0x0A { end += 1 }
        return end
    }
}
