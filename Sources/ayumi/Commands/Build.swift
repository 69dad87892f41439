import ArgumentParser
import AyumiModel
import AyumiPDF
import Foundation

/// `ayumi build`: one template and its data into one PDF.
struct Build: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: tr(.buildAbstract), discussion: tr(.buildDiscussion))
    }

    @OptionGroup var document: DocumentOptions
    @OptionGroup var rendition: RenditionOptions
    @OptionGroup(title: tr(.groupPrintProduction)) var printing: PrintOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(tr(.helpOutputPDF), valueName: "out.pdf"),
            completion: .file(extensions: ["pdf"]))
    var output: String

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let console = outputOptions.console(private: rendition)
        try refuseUnavailable(printing.settings, console: console)
        try OutputTarget.refuseEarly(output, console: console)
        var diagnostics = Diagnostics()
        let pipeline = try BuildPipeline.from(document, rendition: rendition, printing: printing.settings, console: console)
        guard let built = try pipeline.runOrExit(diagnostics: &diagnostics) else {
            console.report(diagnostics)
            throw ExitCode(1)
        }
        do {
            // A document with a resident's answers in it is private (0600), like the answers.
            try console.timed("writing") { try AtomicFile.write(built.pdf, to: output, private: rendition.fill != nil) }
        } catch {
            diagnostics.append(OutputError.diagnostic(for: error, path: output))
            console.report(diagnostics)
            throw ExitCode(1)
        }
        console.report(diagnostics)
        console.note(tr(.wrote(output, pages: built.pageCount)))
    }
}

extension BuildPipeline {
    /// A pipeline for the command line's document options, reading `SOURCE_DATE_EPOCH`.
    static func from(_ document: DocumentOptions, rendition: RenditionOptions? = nil, printing: PrintSettings = PrintSettings(),
                     console: Console) throws -> BuildPipeline {
        BuildPipeline(templateDirectory: document.templateDirectory, dataFiles: document.data,
                      answersFile: rendition?.fill, rendition: rendition?.resolved ?? .blank,
                      fontManifest: document.fontManifest, creationDate: try sourceDateEpoch(console: console),
                      printing: printing, console: console)
    }

    /// The creation date from `SOURCE_DATE_EPOCH`, if set (an empty value counts as unset).
    ///
    /// A value that is not a whole number of seconds is an error, exit 1: the specification
    /// (reproducible-builds.org/specs/source-date-epoch) says a build should stop on a malformed
    /// value, and whoever set it expects that date in the PDF, not the edition's or none.
    static func sourceDateEpoch(console: Console) throws -> String? {
        guard let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !value.isEmpty else { return nil }
        guard let date = PDFDate.iso8601(sourceDateEpoch: value) else {
            // Shown as typed, but never a control character (an escape would reach the terminal).
            let shown = String(String.UnicodeScalarView(value.unicodeScalars.prefix(40).map {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0
            }))
            console.error(tr(.sourceDateEpochInvalid(shown)), hints: [tr(.hintSourceDateEpoch)])
            throw ExitCode(1)
        }
        return date
    }
}

/// Answers a print option this version cannot make yet: a clear message and exit 2, never a
/// silent build without it.
func refuseUnavailable(_ settings: PrintSettings, console: Console) throws {
    guard let feature = settings.firstUnavailable else { return }
    console.error(tr(.featureNotAvailable(feature.rawValue)), hints: [tr(.hintFeatureNotAvailable)])
    throw ExitCode(2)
}

/// Reports a bug and gives the exit code for it (3).
func internalFailure(_ error: Error, console: Console) -> ExitCode {
    console.error(tr(.internalError("\(error)")))
    return ExitCode(3)
}

extension BuildPipeline {
    /// Runs the build for a command that stops on an internal error (`build`, `preview`): the
    /// diagnostics found so far are printed, then the command exits with 3.
    func runOrExit(diagnostics: inout Diagnostics) throws -> Output? {
        do {
            return try run(diagnostics: &diagnostics)
        } catch {
            console.report(diagnostics)
            throw internalFailure(error, console: console)
        }
    }
}
