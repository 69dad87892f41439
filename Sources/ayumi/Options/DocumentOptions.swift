import ArgumentParser
import AyumiModel

/// What every command that makes a document needs: the template's folder, its data, the fonts.
struct DocumentOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(tr(.helpTemplateDirectory), valueName: "template-dir"),
              completion: .directory)
    var templateDirectory: String

    @Option(name: .long, help: ArgumentHelp(tr(.helpData), valueName: "file.yaml"), completion: .file(extensions: ["yaml", "yml"]))
    var data: [String] = []

    @Option(name: .customLong("font-manifest"), help: ArgumentHelp(tr(.helpFontManifest), valueName: "file"),
            completion: .file(extensions: ["yaml"]))
    var fontManifest: String?

    func validate() throws {
        if data.isEmpty { throw ValidationError(tr(.needsData)) }
    }
}

/// `--quiet` and `--verbose`, which every command takes.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: ArgumentHelp(tr(.helpQuiet)))
    var quiet = false

    @Flag(name: [.short, .long], help: ArgumentHelp(tr(.helpVerbose)))
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError(tr(.quietAndVerbose)) }
    }

    var console: Console {
        Console(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
    }

    /// The console, never showing the lines of a resident's answers under a message.
    func console(private rendition: RenditionOptions) -> Console {
        var console = self.console
        if let fill = rendition.fill { console.privateFiles = [fill] }
        return console
    }
}

/// `--rendition` and `--fill`: which form of the template to make.
struct RenditionOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr(.helpRendition), valueName: "rendition"))
    var rendition: Rendition?

    @Option(help: ArgumentHelp(tr(.helpFill), valueName: "resident.yaml"), completion: .file(extensions: ["yaml", "yml"]))
    var fill: String?

    func validate() throws {
        switch (rendition, fill) {
        case (.filled?, nil):
            throw ValidationError(tr(.filledNeedsFill))
        case (.blank?, _?):
            throw ValidationError(tr(.fillNeedsAnswerRendition(Rendition.blank.rawValue)))
        default:
            break
        }
    }

    /// `--fill` alone means the filled rendition, `--rendition fillable --fill` a fillable PDF
    /// with the answers already in its fields; nothing at all means the blank booklet.
    var resolved: Rendition {
        if fill != nil { return rendition == .fillable ? .fillable : .filled }
        return rendition ?? .blank
    }
}

extension Rendition: ExpressibleByArgument {}
