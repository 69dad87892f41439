import AyumiCompose
import AyumiFonts
import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiRender
import AyumiTemplate
import Foundation

/// The whole build, stage by stage: template and data → document → pages → PDF bytes.
///
/// Each stage adds what it finds to `diagnostics`; the pipeline stops after the first stage
/// that found an error, since later stages would only repeat it. A stage that fails because of
/// a bug (not the input) throws `InternalError`, which the command line answers with exit 3.
struct BuildPipeline {
    var templateDirectory: String
    var dataFiles: [String]
    /// The resident's answers, for the filled rendition.
    var answersFile: String?
    var rendition: Rendition = .blank
    var fontManifest: String?
    var creationDate: String?
    var printing = PrintSettings()
    /// Where `--verbose` says what each stage did.
    var console = Console(verbosity: .quiet)

    /// What the stages before layout produce: the bound document and the fonts it uses, opened.
    struct Prepared {
        var document: Document
        var library: FontLibrary
    }

    /// A finished PDF.
    struct Output: Sendable {
        var pdf: [UInt8]
        var pageCount: Int
    }

    func run(diagnostics: inout Diagnostics) throws(InternalError) -> Output? {
        guard let prepared = prepare(diagnostics: &diagnostics) else { return nil }
        return try Self.make(prepared.document, library: prepared.library, printing: printing, console: console,
                             diagnostics: &diagnostics)
    }

    /// Everything before layout, which `ayumi check` runs on its own: find and read the font
    /// manifest, load the template, bind the data, open the fonts the document uses.
    func prepare(diagnostics: inout Diagnostics) -> Prepared? {
        guard Preflight.check(templateDirectory: templateDirectory, dataFiles: dataFiles, answersFile: answersFile,
                              diagnostics: &diagnostics),
              let manifest = loadManifest(diagnostics: &diagnostics),
              let template = console.timed("template", { Template.load(directory: templateDirectory, diagnostics: &diagnostics) })
        else { return nil }
        guard let document = bind(template, manifest: manifest, diagnostics: &diagnostics) else { return nil }
        let library = console.timed("fonts") {
            FontLibrary(manifest: manifest, families: Self.fontsUsed(by: document), diagnostics: &diagnostics)
        }
        guard !diagnostics.hasErrors else { return nil }
        return Prepared(document: document, library: library)
    }

    /// Finds and reads the font manifest.
    func loadManifest(diagnostics: inout Diagnostics) -> FontManifest? {
        guard let path = FontManifestLocator.locate(explicit: fontManifest, templateDirectory: templateDirectory,
                                                    diagnostics: &diagnostics) else { return nil }
        console.detail(tr(.verboseManifest(path)))
        return FontManifestLoader.load(path, diagnostics: &diagnostics)
    }

    /// Binds the template to this build's data (and answers) in this build's rendition.
    func bind(_ template: Template, manifest: FontManifest, diagnostics: inout Diagnostics) -> Document? {
        let binder = TemplateBinder(knownFamilies: manifest.familyNames, creationDate: creationDate)
        return console.timed("binding") {
            binder.bind(template, dataFiles: dataFiles, answersFile: answersFile, rendition: rendition,
                        diagnostics: &diagnostics)
        }
    }

    /// Layout, print production, rendering and the PDF's finishing update: a bound document to bytes.
    ///
    /// Shared by `build`, `preview`, `watch` and `batch` (where many documents share one `library`).
    static func make(_ document: Document, library: FontLibrary, printing: PrintSettings, console: Console,
                     diagnostics: inout Diagnostics) throws(InternalError) -> Output? {
        let document = printing.apply(to: document)
        // Pictures and QR codes are measured by AyumiRender (file headers, libqrencode): layout reads no files.
        var layout = console.timed("layout") {
            DocumentLayout(shaper: FontShaper(library: library), assets: RenderAssets()).layout(document)
        }
        diagnostics.append(contentsOf: layout.diagnostics)
        guard !layout.diagnostics.hasErrors else { return nil }
        layout.pages = printing.apply(to: layout.pages, setup: document.page)
        let pages = layout.pages
        // Worked out once, for cairo's tags and AyumiPDF's structure tree alike.
        let tagging = layout.structureTagging
        do {
            let drawn = try console.timed("rendering") { () throws(RenderError) -> [UInt8] in
                try PDFRenderer().render(layout, metadata: document.metadata, tagging: tagging)
            }
            // /Lang, DisplayDocTitle, D: dates, /ID, form fields (fillable rendition), structure
            // links, tab order and print boxes, in one incremental update (docs/pdf-output.md).
            // The embedded typing font (cut once, then from the cache folder) when the form has text fields.
            let fonts: FormFonts
            do {
                fonts = try console.timed("form fonts") { () throws(FontSubsetError) -> FormFonts in
                    FormFonts.isNeeded(by: layout) ? try FormFonts.gothic(manifest: library.manifest)
                        : FormFonts(compressor: ZlibCompressor.standard)
                }
            } catch {
                // The manifest's `gothic` family is missing or unreadable: the input's problem, not Ayumi's.
                diagnostics.append(.error(at: nil, Message.formFontUnavailable(error.description).english,
                                          hints: [Message.hintFormFontGothic.english]))
                return nil
            }
            let finisher = PDFFinisher(options: .init(creationDate: document.metadata.creationDate,
                                                      template: document.metadata.template))
            let finished = try console.timed("finishing") { () throws(PDFError) -> PDFFinisher.Finished in
                try finisher.finish(drawn, layout: layout, tagging: tagging, fonts: fonts)
            }
            // Never the value itself: only the field and the character (a resident's answers stay out of logs).
            for (field, character) in finished.missingCharacters {
                let location = layout.fieldWidgets.first { $0.name == field }?.location
                let code = "U+" + String(character.value, radix: 16, uppercase: true)
                diagnostics.append(.warning(at: location, Message.formFontLacks(code: code, field: field).english,
                                            hints: [Message.hintFormFontLacks.english]))
            }
            for field in finished.overflowingFields {
                let location = layout.fieldWidgets.first { $0.name == field }?.location
                diagnostics.append(.warning(at: location, Message.formValueTooLong(field).english,
                                            hints: [Message.hintFormValueTooLong.english]))
            }
            return Output(pdf: finished.bytes, pageCount: pages.count)
        } catch {
            throw InternalError(description: "\(error)")
        }
    }

    /// Both weights of every family the document's styles name: `**bold**` inline text asks
    /// for the bold face of whatever family it is set in.
    static func fontsUsed(by document: Document) -> Set<FontRequestKey> {
        Set(document.allTextStyles.flatMap { style in
            FontWeight.allCases.map { FontRequestKey(family: style.family, weight: $0) }
        })
    }
}

/// A failure that is Ayumi's fault, not the input's: reported with "please report this", exit 3.
struct InternalError: Error, CustomStringConvertible {
    var description: String
}

extension PrintSettings {
    /// The document as print production changes it before layout.
    ///
    /// Each feature is one line here once `PrintFeature.available` lists it; until then the
    /// command line refuses the option before a build starts, so nothing reaches this point.
    func apply(to document: Document) -> Document {
        largePrint ? document.largePrint() : document
    }

    /// The pages as print production changes them after layout: bleed and crop marks (トンボ)
    /// first, on each page; then imposition, which puts pages on printing sheets.
    func apply(to pages: [Page], setup: PageSetup) -> [Page] {
        var pages = pages
        // Cards get their crop marks from the imposition, in the gaps between them: marks around
        // each page first would make every card larger, so fewer would fit on the sheet.
        let pageMarks = cropMarks && imposition != .cards
        if bleed != nil || pageMarks {
            pages = PrintMarks.apply(to: pages, bleed: bleed ?? .zero, cropMarks: pageMarks)
        }
        switch imposition {
        case .saddleStitch?: pages = Imposition.saddleStitch(pages, boundOnRight: setup.writingMode == .vertical)
        case .cards?:
            // A 5 mm gap leaves room for the marks and still fits ten business cards on A4; one card
            // (a one-page document) fills the sheet.
            pages = Imposition.nUp(pages, sheet: PaperSize.a4.size, gap: cropMarks ? .mm(5) : .zero,
                                   cropMarks: cropMarks, fillSheet: true)
        case nil: break
        }
        return pages
    }
}

extension Console {
    /// Runs one stage; with `--verbose`, says how long it took.
    func timed<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard verbosity >= .verbose else { return try body() }
        let start = ContinuousClock.now
        let result = try body()
        let elapsed = ContinuousClock.now - start
        detail(tr(.verboseStage(stage, milliseconds: Int((elapsed / .milliseconds(1)).rounded()))))
        return result
    }
}
