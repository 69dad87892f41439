import AyumiFonts
import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiRender
import AyumiTemplate
import ArgumentParser
import Foundation

/// `ayumi build`: one template and its data into one PDF.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a PDF from a template and its data.",
        discussion: """
            The PDF is written only when the build succeeds: a failed build leaves no file and
            never replaces a good one. Set SOURCE_DATE_EPOCH to stamp a creation date; without
            it the PDF carries none, so the same input always gives the same bytes.

            Example:
              ayumi build templates/article --data examples/article/sample.yaml -o output/article.pdf
            """
    )

    @Argument(help: ArgumentHelp("The template's folder (it holds template.yaml).", valueName: "template-dir"))
    var templateDirectory: String

    @Option(name: .long, help: ArgumentHelp("A data file (YAML); repeat for more, later files win.", valueName: "file.yaml"))
    var data: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the PDF.", valueName: "out.pdf"))
    var output: String

    @Option(name: .customLong("font-manifest"),
            help: ArgumentHelp("The font manifest (default: fonts/manifest.yaml above the template).", valueName: "file"))
    var fontManifest: String?

    func validate() throws {
        if data.isEmpty {
            throw ValidationError("Give the data with --data FILE.yaml (for example --data examples/article/sample.yaml).")
        }
    }

    func run() throws {
        let reporter = DiagnosticReporter()
        let environment = ProcessInfo.processInfo.environment
        var diagnostics = Diagnostics()
        defer { reporter.report(diagnostics) }

        let creationDate = environment["SOURCE_DATE_EPOCH"].flatMap(PDFDate.iso8601(sourceDateEpoch:))
        if environment["SOURCE_DATE_EPOCH"] != nil, creationDate == nil {
            diagnostics.append(.warning(at: nil, "SOURCE_DATE_EPOCH is not a number of seconds; the PDF gets no date"))
        }
        let pipeline = BuildPipeline(templateDirectory: templateDirectory, dataFiles: data,
                                     fontManifest: fontManifest, creationDate: creationDate)
        guard let pdf = pipeline.run(diagnostics: &diagnostics) else { throw ExitCode(1) }
        do {
            try AtomicFile.write(pdf, to: output)
        } catch {
            diagnostics.append(.error(at: nil, "cannot write \(output): \(error.localizedDescription)",
                                      hints: ["check that the folder exists and can be written"]))
            throw ExitCode(1)
        }
    }
}
