import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// `metadata: date:` — the edition's date as the PDF's date.
@Suite("The metadata date")
struct MetadataDateTests {
    func bind(date: String, creationDate: String? = nil) throws -> (Document?, [Diagnostic]) {
        let folder = Repository.temporaryFolder()
        try """
            template: dated
            data:
              published: {type: date}
            metadata:
              title: お知らせ
              date: \(date)
            styles:
              paragraph: {font: mincho, size: 10pt}
            body:
              - paragraph: 本文
            """.write(toFile: folder + "/template.yaml", atomically: true, encoding: .utf8)
        try "published: 2026-04-01\n".write(toFile: folder + "/data.yaml", atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let template = try #require(Template.load(directory: folder, diagnostics: &diagnostics))
        let document = TemplateBinder(knownFamilies: ["mincho"], creationDate: creationDate)
            .bind(template, dataFiles: [folder + "/data.yaml"], diagnostics: &diagnostics)
        return (document, diagnostics.all)
    }

    @Test("a date of the data dates the document; SOURCE_DATE_EPOCH (the binder's creation date) wins")
    func date() throws {
        #expect(try bind(date: "\"{{ published }}\"").0?.metadata.creationDate == "2026-04-01")
        #expect(try bind(date: "2025-12-24").0?.metadata.creationDate == "2025-12-24")
        #expect(try bind(date: "\"{{ published }}\"", creationDate: "2030-01-02T00:00:00Z").0?.metadata.creationDate
                == "2030-01-02T00:00:00Z")
    }

    @Test("a date that is not one is an error at its place, with the form to write")
    func notADate() throws {
        let (document, diagnostics) = try bind(date: "来年の春")
        #expect(document == nil)
        let error = try #require(diagnostics.first)
        #expect(error.message == "the metadata `date` is not a date")
        #expect(error.location?.line == 6)
        #expect(error.hints.first?.contains("YYYY-MM-DD") == true)
    }
}
