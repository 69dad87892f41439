import ArgumentParser
import AyumiModel
import Foundation

/// `ayumi check`: every check a build makes before layout, without writing anything.
///
/// Staff run it after editing an edition's YAML: it reads the font manifest, the template and
/// the data, binds them and opens the fonts, reports every problem with its place, and ends
/// with a one-line summary. The exit status is 0 when there is no error (warnings alone do
/// not fail it) and 1 otherwise, so scripts can run it before a build.
///
/// What it does not see: problems only layout finds, such as a character no font has
/// (reported by `ayumi build`, with its place).
struct Check: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: tr(.checkAbstract), discussion: tr(.checkDiscussion))
    }

    @OptionGroup var document: DocumentOptions
    @OptionGroup var rendition: RenditionOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let console = outputOptions.console(private: rendition)
        var diagnostics = Diagnostics()
        let pipeline = try BuildPipeline.from(document, rendition: rendition, console: console)
        _ = pipeline.prepare(diagnostics: &diagnostics)
        console.report(diagnostics)
        console.note(Self.summary(of: diagnostics))
        if diagnostics.hasErrors { throw ExitCode(1) }
    }

    /// `no problems found`, `1 warning`, `2 errors, 1 warning` (and the same in Japanese).
    static func summary(of diagnostics: Diagnostics) -> String {
        tr(.checkSummary(errors: diagnostics.errors.count, warnings: diagnostics.warnings.count))
    }
}
