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
/// that found an error, since later stages would only repeat it.
struct BuildPipeline {
    var templateDirectory: String
    var dataFiles: [String]
    var fontManifest: String?
    var creationDate: String?

    /// What the stages before layout produce: the bound document and the fonts it uses, opened.
    struct Prepared {
        var document: Document
        var library: FontLibrary
    }

    func run(diagnostics: inout Diagnostics) -> [UInt8]? {
        guard let prepared = prepare(diagnostics: &diagnostics) else { return nil }
        let document = prepared.document

        // Pictures and QR codes are measured by AyumiRender (file headers, libqrencode): layout reads no files.
        let layout = DocumentLayout(shaper: FontShaper(library: prepared.library), assets: RenderAssets()).layout(document)
        diagnostics.append(contentsOf: layout.diagnostics)
        guard !layout.diagnostics.hasErrors else { return nil }

        do {
            let drawn = try PDFRenderer().render(layout, metadata: document.metadata)
            // /Lang, DisplayDocTitle, D: dates, /ID, form fields (fillable rendition), structure
            // links, tab order and print boxes, in one incremental update.
            let fonts = FormFonts(manifest: prepared.library.manifest, families: FormFonts.families(needing: layout)) {
                FileManager.default.contents(atPath: $0).map { [UInt8]($0) }
            }
            let finisher = PDFFinisher(options: .init(creationDate: document.metadata.creationDate))
            let finished = try finisher.finish(drawn, layout: layout, fonts: fonts)
            for (field, character) in finished.missingCharacters {
                let location = layout.fieldWidgets.first { $0.name == field }?.location
                diagnostics.append(.warning(at: location, "the form font has no U+\(String(character.value, radix: 16, uppercase: true)) in the value of field `\(field)`",
                                            hints: ["the field shows an empty box there until the resident types it again"]))
            }
            return finished.bytes
        } catch {
            diagnostics.append(.error(at: nil, "internal error: \(error); please report this"))
            return nil
        }
    }

    /// Everything before layout, which `ayumi check` runs on its own: find and read the font
    /// manifest, load the template, bind the data, open the fonts the document uses.
    func prepare(diagnostics: inout Diagnostics) -> Prepared? {
        guard let manifestPath = FontManifestLocator.locate(explicit: fontManifest, templateDirectory: templateDirectory,
                                                            diagnostics: &diagnostics),
              let manifest = FontManifestLoader.load(manifestPath, diagnostics: &diagnostics),
              let template = Template.load(directory: templateDirectory, diagnostics: &diagnostics)
        else { return nil }

        let binder = TemplateBinder(knownFamilies: manifest.familyNames, creationDate: creationDate)
        guard let document = binder.bind(template, dataFiles: dataFiles, diagnostics: &diagnostics) else { return nil }

        let library = FontLibrary(manifest: manifest, families: Self.fontsUsed(by: document), diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        return Prepared(document: document, library: library)
    }

    /// Both weights of every family the document's styles name: `**bold**` inline text asks
    /// for the bold face of whatever family it is set in.
    static func fontsUsed(by document: Document) -> Set<FontRequestKey> {
        Set(document.allTextStyles.flatMap { style in
            FontWeight.allCases.map { FontRequestKey(family: style.family, weight: $0) }
        })
    }
}

/// Finds `fonts/manifest.yaml` when the command line does not name one.
enum FontManifestLocator {
    /// The first of: the explicit path; `$AYUMI_FONT_MANIFEST`; `fonts/manifest.yaml` in the
    /// template's folder or any folder above it; the same above the current folder.
    static func locate(explicit: String?, templateDirectory: String, diagnostics: inout Diagnostics) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = ProcessInfo.processInfo.environment["AYUMI_FONT_MANIFEST"] { return fromEnvironment }
        let current = FileManager.default.currentDirectoryPath
        let templateURL = URL(fileURLWithPath: templateDirectory, relativeTo: URL(fileURLWithPath: current + "/"))
        for start in [templateURL.standardizedFileURL, URL(fileURLWithPath: current)] {
            var folder = start
            while true {
                let candidate = folder.appendingPathComponent("fonts/manifest.yaml").path
                if FileManager.default.fileExists(atPath: candidate) { return relative(candidate, to: current) }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        diagnostics.append(.error(at: nil, "cannot find the font manifest fonts/manifest.yaml",
                                  hints: ["run ayumi inside the Ayumi folder, or give --font-manifest PATH"]))
        return nil
    }

    private static func relative(_ path: String, to folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }
}
