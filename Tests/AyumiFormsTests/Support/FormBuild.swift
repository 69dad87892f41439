import AyumiCompose
import AyumiFonts
import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiRender
import AyumiTemplate
import AyumiTestSupport
import Foundation

/// Builds PDFs the way `ayumi build` does (template → document → layout → cairo → AyumiPDF),
/// in this process, so the tests can choose the rendition and pre-fill the fillable one with a
/// resident's answers, and look at the layout next to the PDF.
enum FormBuild {
    struct Built {
        var layout: LayoutResult
        var finished: PDFFinisher.Finished
        var pdf: [UInt8] { finished.bytes }

        /// The PDF written to a fresh temporary folder.
        func write(_ name: String = "out.pdf") throws -> String {
            let path = Repository.temporaryFolder() + "/" + name
            try Data(pdf).write(to: URL(fileURLWithPath: path))
            return path
        }

        /// The fillable rendition's widgets.
        var widgets: [FieldWidget] { layout.fieldWidgets.filter { $0.rendition == .fillable } }
    }

    static let manifest: FontManifest = {
        var diagnostics = Diagnostics()
        return FontManifestLoader.load(Repository.path("fonts/manifest.yaml"), diagnostics: &diagnostics)!
    }()

    static let library: FontLibrary = {
        var diagnostics = Diagnostics()
        return FontLibrary(manifest: manifest, diagnostics: &diagnostics)
    }()

    /// A template folder with data (and answers), in a rendition.
    static func template(_ directory: String, data: [String], answers: String? = nil, rendition: Rendition,
                         creationDate: String? = nil, transform: (inout LayoutResult) -> Void = { _ in }) throws -> Built {
        var diagnostics = Diagnostics()
        guard let template = Template.load(directory: directory, diagnostics: &diagnostics) else {
            throw BuildFailure(diagnostics: diagnostics)
        }
        let binder = TemplateBinder(knownFamilies: manifest.familyNames, creationDate: creationDate)
        guard let document = binder.bind(template, dataFiles: data, answersFile: answers, rendition: rendition,
                                         diagnostics: &diagnostics), !diagnostics.hasErrors else {
            throw BuildFailure(diagnostics: diagnostics)
        }
        return try self.document(document, transform: transform)
    }

    /// A document from the model.
    /// `tagged: false` draws without structure tags (`PDFRenderer.render(_ pages:metadata:)`).
    static func document(_ document: Document, tagged: Bool = true, transform: (inout LayoutResult) -> Void = { _ in })
        throws -> Built {
        var layout = DocumentLayout(shaper: FontShaper(library: library), assets: RenderAssets()).layout(document)
        guard !layout.diagnostics.hasErrors else { throw BuildFailure(diagnostics: layout.diagnostics) }
        transform(&layout)
        let drawn = tagged ? try PDFRenderer().render(layout, metadata: document.metadata)
            : try PDFRenderer().render(layout.pages, metadata: document.metadata)
        let fonts = FormFonts.isNeeded(by: layout) ? try formFonts.get() : FormFonts(compressor: ZlibCompressor.standard)
        let finished = try PDFFinisher(options: .init(creationDate: document.metadata.creationDate))
            .finish(drawn, layout: layout, fonts: fonts)
        return Built(layout: layout, finished: finished)
    }

    /// The form fonts, made once per test run (the typing font comes from the cache folder after the first).
    static let formFonts = Result { () throws(FontSubsetError) -> FormFonts in try FormFonts.gothic(manifest: manifest) }

    struct BuildFailure: Error, CustomStringConvertible {
        var diagnostics: Diagnostics
        var description: String { diagnostics.all.map { "\($0)" }.joined(separator: "\n") }
    }

    // MARK: - The fixtures

    static let noteFolder = Repository.path("Tests/AyumiFormsTests/Fixtures/note")

    /// The test note, fillable, pre-filled with 山田花子's answers.
    static func note(_ rendition: Rendition = .fillable, answers: Bool = true, creationDate: String? = "2026-04-01",
                     transform: (inout LayoutResult) -> Void = { _ in }) throws -> Built {
        try template(noteFolder, data: [noteFolder + "/data.yaml"], answers: answers ? noteFolder + "/answers.yaml" : nil,
                     rendition: rendition, creationDate: creationDate, transform: transform)
    }

    /// Whether a real note and its edition data are in the repository (or in `AYUMI_NOTES_ROOT`).
    static func hasRealNote(_ name: String) -> Bool {
        let root = ProcessInfo.processInfo.environment["AYUMI_NOTES_ROOT"] ?? Repository.root
        return FileManager.default.fileExists(atPath: root + "/templates/\(name)/template.yaml")
            && FileManager.default.fileExists(atPath: root + "/examples/\(name)/edition.yaml")
    }

    /// A real note of the project (templates/NAME with examples/NAME/edition.yaml), or `nil`
    /// when it has not landed yet.
    ///
    /// `AYUMI_NOTES_ROOT` points at another checkout to take them from (for trying a branch
    /// where they are being written).
    static func realNote(_ name: String, rendition: Rendition, resident: Bool = false) throws -> Built? {
        let root = ProcessInfo.processInfo.environment["AYUMI_NOTES_ROOT"] ?? Repository.root
        let folder = root + "/templates/" + name
        let edition = root + "/examples/\(name)/edition.yaml"
        guard FileManager.default.fileExists(atPath: folder + "/template.yaml"),
              FileManager.default.fileExists(atPath: edition) else { return nil }
        var answers: String?
        if resident {
            let residents = root + "/examples/\(name)/residents"
            answers = (try? FileManager.default.contentsOfDirectory(atPath: residents))?
                .filter { $0.hasSuffix(".yaml") }.sorted().first.map { residents + "/" + $0 }
        }
        return try template(folder, data: [edition], answers: answers, rendition: rendition, creationDate: "2026-04-01")
    }
}

extension FormBuild {
    /// The test note, fillable and pre-filled, built once for the tests that only read it.
    static let fillableNote: Built = try! note()
    /// Its PDF on disk.
    static let fillableNotePath: String = try! fillableNote.write("note-fillable.pdf")
}
