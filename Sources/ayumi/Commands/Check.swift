import AyumiModel
import ArgumentParser
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
    static let configuration = CommandConfiguration(
        abstract: "Check a template and its data without making a PDF.",
        discussion: """
            Reports every problem in the template, the data and the font manifest, with
            file:line:column, then a summary such as "no problems found" or "2 errors, 1 warning".
            Exits with 0 when there is no error (warnings alone still give 0), 1 otherwise.

            Example:
              ayumi check templates/article --data examples/article/sample.yaml
            """
    )

    @Argument(help: ArgumentHelp("The template's folder (it holds template.yaml).", valueName: "template-dir"))
    var templateDirectory: String

    @Option(name: .long, help: ArgumentHelp("A data file (YAML); repeat for more, later files win.", valueName: "file.yaml"))
    var data: [String] = []

    @Option(name: .customLong("font-manifest"),
            help: ArgumentHelp("The font manifest (default: fonts/manifest.yaml above the template).", valueName: "file"))
    var fontManifest: String?

    func validate() throws {
        if data.isEmpty {
            throw ValidationError("Give the data with --data FILE.yaml (for example --data examples/article/sample.yaml).")
        }
    }

    func run() throws {
        var diagnostics = Diagnostics()
        let pipeline = BuildPipeline(templateDirectory: templateDirectory, dataFiles: data, fontManifest: fontManifest)
        _ = pipeline.prepare(diagnostics: &diagnostics)
        DiagnosticReporter().report(diagnostics)
        print(Self.summary(of: diagnostics))
        if diagnostics.hasErrors { throw ExitCode(1) }
    }

    /// `no problems found`, `1 warning`, `2 errors, 1 warning`.
    static func summary(of diagnostics: Diagnostics) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
        var parts: [String] = []
        if errors > 0 { parts.append(count(errors, "error")) }
        if warnings > 0 { parts.append(count(warnings, "warning")) }
        return parts.isEmpty ? "no problems found" : parts.joined(separator: ", ")
    }
}
