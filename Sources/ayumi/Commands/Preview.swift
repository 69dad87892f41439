import ArgumentParser
import AyumiModel
import Foundation

/// `ayumi preview`: pictures of pages, so staff can look before printing.
struct Preview: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: tr(.previewAbstract), discussion: tr(.previewDiscussion))
    }

    @OptionGroup var document: DocumentOptions
    @OptionGroup var rendition: RenditionOptions
    @OptionGroup(title: tr(.groupPreview)) var preview: PreviewOptions
    @OptionGroup(title: tr(.groupPrintProduction)) var printing: PrintOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(tr(.helpOutputPNG), valueName: "out.png"),
            completion: .file(extensions: ["png"]))
    var output: String

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if !output.lowercased().hasSuffix(".png") { throw ValidationError(tr(.previewNeedsPNG(output))) }
    }

    func run() throws {
        let console = outputOptions.console(private: rendition)
        try refuseUnavailable(printing.settings, console: console)
        try OutputTarget.refuseEarly(output, console: console)
        let rasterizer: PDFRasterizer
        do {
            rasterizer = try PDFRasterizer.locate()
        } catch {
            console.error(tr(.pdftoppmMissing), hints: [tr(.hintInstallPoppler)])
            throw ExitCode(1)
        }
        var diagnostics = Diagnostics()
        let pipeline = try BuildPipeline.from(document, rendition: rendition, printing: printing.settings, console: console)
        let written = try Self.preview(pipeline, selection: preview.selection, dpi: preview.dpi, output: output,
                                       rasterizer: rasterizer, console: console, diagnostics: &diagnostics)
        console.report(diagnostics)
        guard let written else { throw ExitCode(1) }
        console.note(tr(.wrotePreview(written)))
    }

    /// Builds the document and draws the selected pages; `nil` (with diagnostics) on an input error.
    static func preview(_ pipeline: BuildPipeline, selection: PageSelection, dpi: Int, output: String,
                        rasterizer: PDFRasterizer, console: Console, diagnostics: inout Diagnostics) throws -> [String]? {
        guard let built = try pipeline.runOrExit(diagnostics: &diagnostics) else { return nil }
        guard let pages = selection.pages(of: built.pageCount) else {
            diagnostics.append(.error(at: nil, tr(.pageOutOfRange(selection.first, pageCount: built.pageCount))))
            return nil
        }
        do {
            return try console.timed("preview") { () throws(PDFRasterizer.Failure) -> [String] in
                try rasterizer.rasterize(built.pdf, pages: pages, pageCount: built.pageCount, dpi: dpi, output: output,
                                         private: pipeline.answersFile != nil)
            }
        } catch .output(let error) {
            diagnostics.append(error.diagnostic)
            return nil
        } catch .notInstalled {
            diagnostics.append(.error(at: nil, tr(.pdftoppmMissing), hints: [tr(.hintInstallPoppler)]))
            return nil
        } catch .failed(let status, let message) {
            console.report(diagnostics)
            throw internalFailure(InternalError(description: "pdftoppm exited with \(status): \(message)"), console: console)
        }
    }
}
