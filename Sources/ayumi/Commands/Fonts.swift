import ArgumentParser
import AyumiFonts
import AyumiModel
import AyumiTemplate
import Foundation

/// `ayumi fonts`: the fonts a document uses, where they come from, and the characters that need
/// a fallback font or that no font has.
struct Fonts: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: tr(.fontsAbstract), discussion: tr(.fontsDiscussion))
    }

    @Argument(help: ArgumentHelp(tr(.helpFontsTemplate), valueName: "template-dir"), completion: .directory)
    var templateDirectory: String?

    @Option(name: .long, help: ArgumentHelp(tr(.helpData), valueName: "file.yaml"), completion: .file(extensions: ["yaml", "yml"]))
    var data: [String] = []

    @OptionGroup var rendition: RenditionOptions

    @Option(name: .customLong("font-manifest"), help: ArgumentHelp(tr(.helpFontManifest), valueName: "file"),
            completion: .file(extensions: ["yaml"]))
    var fontManifest: String?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if templateDirectory != nil, data.isEmpty { throw ValidationError(tr(.needsData)) }
        if templateDirectory == nil, !data.isEmpty { throw ValidationError(tr(.dataNeedsTemplate)) }
    }

    func run() throws {
        let console = outputOptions.console(private: rendition)
        var diagnostics = Diagnostics()
        let pipeline = BuildPipeline(templateDirectory: templateDirectory ?? ".", dataFiles: data,
                                     answersFile: rendition.fill, rendition: rendition.resolved,
                                     fontManifest: fontManifest, console: console)
        // Everything the document needs, or (without a template) every face of the manifest.
        var document: Document?
        if let templateDirectory {
            guard Preflight.check(templateDirectory: templateDirectory, dataFiles: data, answersFile: rendition.fill,
                                  diagnostics: &diagnostics) else { throw fail(diagnostics, console) }
        }
        guard let manifestPath = FontManifestLocator.locate(explicit: fontManifest, templateDirectory: templateDirectory,
                                                            diagnostics: &diagnostics),
              let manifest = FontManifestLoader.load(manifestPath, diagnostics: &diagnostics)
        else { throw fail(diagnostics, console) }
        if let templateDirectory {
            guard let template = Template.load(directory: templateDirectory, diagnostics: &diagnostics),
                  let bound = pipeline.bind(template, manifest: manifest, diagnostics: &diagnostics)
            else { throw fail(diagnostics, console) }
            document = bound
        }
        var opening = Diagnostics()
        let wanted = document.map(BuildPipeline.fontsUsed(by:))
        let library = FontLibrary(manifest: manifest, families: wanted, diagnostics: &opening)

        console.output(tr(.fontsManifestHeading(manifestPath)))
        var anyProblem = opening.hasErrors
        for family in manifest.families {
            for (weight, faces) in family.weights where wanted?.contains(FontRequestKey(family: family.name, weight: weight)) ?? true {
                console.output("")
                console.output("\(family.name) \(weight.rawValue)")
                for (position, entry) in faces.enumerated() {
                    let status = Self.status(of: entry, opening: opening)
                    if status != .ok && status != .checksumDiffers { anyProblem = true }
                    console.output(Self.describe(entry, fallback: position > 0, status: status))
                }
            }
        }
        if let document {
            let usage = FontUsage(document: document, library: library)
            console.output("")
            if usage.fallbacks.isEmpty && usage.missing.isEmpty {
                console.output(tr(.fontsAllOwn))
            }
            if !usage.fallbacks.isEmpty {
                console.output(tr(.fontsFallbackHeading(usage.fallbacks.count)))
                for use in usage.fallbacks { console.output("  " + Self.describe(use, manifest: manifest)) }
            }
            if !usage.missing.isEmpty {
                anyProblem = true
                console.output(tr(.fontsMissingHeading(usage.missing.count)))
                for use in usage.missing { console.output("  " + Self.describe(use, manifest: manifest)) }
            }
        }
        // Problems that belong to no face (a weight the manifest lacks) are reported as diagnostics.
        let unplaced = opening.all.filter { diagnostic in
            !manifest.families.contains { $0.weights.contains { $0.faces.contains { $0.location == diagnostic.location } } }
        }
        console.report(Diagnostics(diagnostics.all + unplaced))
        if anyProblem { throw ExitCode(1) }
    }

    private func fail(_ diagnostics: Diagnostics, _ console: Console) -> ExitCode {
        console.report(diagnostics)
        return ExitCode(1)
    }

    enum Status { case ok, checksumDiffers, missing, unreadable, notOpened }

    /// A face's state, from what opening it reported at its manifest entry.
    static func status(of entry: FontFaceEntry, opening: Diagnostics) -> Status {
        if !FileManager.default.fileExists(atPath: entry.file) { return .missing }
        let here = opening.all.filter { $0.location == entry.location }
        if here.contains(where: { $0.severity == .error }) { return .unreadable }
        if here.contains(where: { $0.severity == .warning }) { return .checksumDiffers }
        return .ok
    }

    static func describe(_ entry: FontFaceEntry, fallback: Bool, status: Status) -> String {
        let statusText: String = switch status {
        case .ok: tr(.fontsChecksumOK)
        case .checksumDiffers: tr(.fontsChecksumDiffers)
        case .missing: tr(.fontsFileMissing(entry.package))
        case .unreadable: tr(.fontsFileUnreadable(entry.package))
        case .notOpened: ""
        }
        let name = (fallback ? tr(.fontsFallbackPrefix) : "") + entry.name
        let rows: [(String, String)] = [
            (tr(.fontsFieldFile), entry.file + (entry.faceIndex > 0 ? " #\(entry.faceIndex)" : "")),
            (tr(.fontsFieldVersion), entry.version),
            (tr(.fontsFieldPackage), entry.package),
            (tr(.fontsFieldLicence), entry.license),
            (tr(.fontsFieldChecksum), statusText),
        ]
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        return (["  " + name] + rows.map { label, value in
            "      " + label + String(repeating: " ", count: width - DisplayWidth.of(label)) + "  " + value
        }).joined(separator: "\n")
    }

    static func describe(_ use: FontUsage.Use, manifest: FontManifest) -> String {
        let face = use.face.map { face in
            manifest.faces(family: use.family, weight: use.weight).first { $0.file == face.file && $0.faceIndex == face.index }?.name
                ?? face.postScriptName
        }
        return tr(.fontsCharacter(CharacterName.describe(use.scalar), family: "\(use.family) \(use.weight.rawValue)",
                                  face: face, place: use.firstLocation.map { "\($0)" }, count: use.count))
    }
}

extension DisplayWidth {
    /// Terminal columns of a whole string.
    static func of(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + of($1) } }
}
