import AyumiModel
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// Every PDF the project's templates and examples make, in every rendition, read back with
/// AyumiPDF's own reader and checked by qpdf: the round trip of the issue's "done when".
@Suite("Every PDF the project produces")
struct ProjectPDFTests {
    /// Each template with each of its example data files, and its first resident's answers if any.
    struct Case: CustomTestStringConvertible, Sendable {
        var template: String
        var data: String
        var answers: String?
        var testDescription: String { "\(template) \(URL(fileURLWithPath: data).lastPathComponent)" }
    }

    static let cases: [Case] = {
        let manager = FileManager.default
        let templates = (try? manager.contentsOfDirectory(atPath: Repository.path("templates"))) ?? []
        return templates.sorted().flatMap { name -> [Case] in
            let examples = Repository.path("examples/" + name)
            let data = ((try? manager.contentsOfDirectory(atPath: examples)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            let residents = ((try? manager.contentsOfDirectory(atPath: examples + "/residents")) ?? [])
                .filter { $0.hasSuffix(".yaml") }.sorted()
            return data.map { Case(template: name, data: examples + "/" + $0,
                                   answers: residents.first.map { examples + "/residents/" + $0 }) }
        }
    }()

    @Test("reads back object by object, qpdf finds nothing wrong, the structure tree matches the layout",
          .enabled(if: Readers.qpdf, "apt-get install qpdf"), arguments: cases)
    func roundTrip(_ example: Case) throws {
        let folder = Repository.path("templates/" + example.template)
        var renditions: [(Rendition, String?)] = [(.blank, nil), (.fillable, nil)]
        if let answers = example.answers { renditions += [(.fillable, answers), (.filled, answers)] }
        for (rendition, answers) in renditions {
            let built = try FormBuild.template(folder, data: [example.data], answers: answers, rendition: rendition,
                                               creationDate: "2026-04-01")
            let what = "\(example.testDescription) \(rendition.rawValue)\(answers == nil ? "" : " with answers")"
            let reader = try PDFReader(bytes: built.pdf)
            #expect(reader.sections.count == 2, "\(what)")
            for number in reader.objectNumbers { _ = try reader.object(number) }
            #expect(try reader.pages().count == built.layout.pages.count, "\(what)")
            #expect(try reader.catalog()["StructTreeRoot"] != nil, "\(what): tagged")
            #expect((try reader.catalog()["AcroForm"] != nil) == (rendition == .fillable && !built.widgets.isEmpty), "\(what)")
            let path = try built.write()
            let check = try Run.tool("qpdf", ["--check", path])
            #expect(check.status == 0 && !check.standardOutput.contains("WARNING"), "\(what): \(check.standardOutput)")
        }
    }
}
