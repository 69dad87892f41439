import ArgumentParser
import AyumiModel
import Foundation

/// `ayumi watch`: build again (and draw the preview again) whenever the template or data change.
struct Watch: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: tr(.watchAbstract), discussion: tr(.watchDiscussion))
    }

    @OptionGroup var document: DocumentOptions
    @OptionGroup var rendition: RenditionOptions
    @OptionGroup(title: tr(.groupPrintProduction)) var printing: PrintOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(tr(.helpOutputPDF), valueName: "out.pdf"),
            completion: .file(extensions: ["pdf"]))
    var output: String

    @Option(name: .customLong("preview"), help: ArgumentHelp(tr(.helpWatchPreview), valueName: "out.png"),
            completion: .file(extensions: ["png"]))
    var previewOutput: String?

    @OptionGroup(title: tr(.groupPreview)) var preview: PreviewOptions

    @Option(help: ArgumentHelp(tr(.helpInterval), valueName: "seconds"))
    var interval: Double = 0.5

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if !(0.1...60).contains(interval) { throw ValidationError(tr(.intervalInvalid(String(interval)))) }
        if let previewOutput, !previewOutput.lowercased().hasSuffix(".png") {
            throw ValidationError(tr(.previewNeedsPNG(previewOutput)))
        }
    }

    func run() async throws {
        let console = outputOptions.console(private: rendition)
        try refuseUnavailable(printing.settings, console: console)
        let rasterizer: PDFRasterizer?
        if previewOutput != nil {
            do {
                rasterizer = try PDFRasterizer.locate()
            } catch {
                console.error(tr(.pdftoppmMissing), hints: [tr(.hintInstallPoppler)])
                throw ExitCode(1)
            }
        } else {
            rasterizer = nil
        }
        let stop = StopRequest()
        stop.catchSignals()

        var manifest = Diagnostics()
        let manifestPath = FontManifestLocator.locate(explicit: document.fontManifest, templateDirectory: document.templateDirectory,
                                                      diagnostics: &manifest)
        let outputs = ([output, previewOutput].compactMap { $0 }).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let watcher = FileWatcher(folders: [document.templateDirectory],
                                  files: document.data + [rendition.fill, manifestPath].compactMap { $0 },
                                  ignored: Set(outputs))
        console.note(tr(.watchStarted(document.templateDirectory, files: document.data.count)))
        var last = watcher.snapshot()
        try build(console: console, rasterizer: rasterizer)
        let pause = Duration.milliseconds(Int(interval * 1000))
        while !stop.isRequested {
            try? await Task.sleep(for: pause)
            var now = watcher.snapshot()
            guard now != last else { continue }
            // Editors save in steps (write, rename, touch): wait until the files are still.
            while !stop.isRequested {
                try? await Task.sleep(for: pause)
                let settled = watcher.snapshot()
                if settled == now { break }
                now = settled
            }
            for path in FileWatcher.changes(from: last, to: now) { console.detail(tr(.watchChanged(path))) }
            last = now
            if stop.isRequested { break }
            try build(console: console, rasterizer: rasterizer)
        }
        console.note(tr(.watchStopped))
    }

    /// One build (and preview); problems are printed and the watch goes on.
    private func build(console: Console, rasterizer: PDFRasterizer?) throws {
        let time = Self.clock()
        var diagnostics = Diagnostics()
        let pipeline = try BuildPipeline.from(document, rendition: rendition, printing: printing.settings, console: console)
        let built: BuildPipeline.Output?
        do {
            built = try pipeline.run(diagnostics: &diagnostics)
        } catch {
            console.report(diagnostics)
            console.error(tr(.internalError("\(error)")))
            return
        }
        guard let built else {
            console.report(diagnostics)
            console.note(tr(.watchFailed(time: time, errors: diagnostics.errors.count)))
            return
        }
        do {
            try AtomicFile.write(built.pdf, to: output, private: rendition.fill != nil)
        } catch {
            console.report(Diagnostics([OutputError.diagnostic(for: error, path: output)]))
            return
        }
        var shown = [output]
        if let rasterizer, let previewOutput, let pages = preview.selection.pages(of: built.pageCount) {
            do {
                shown += try rasterizer.rasterize(built.pdf, pages: pages, pageCount: built.pageCount, dpi: preview.dpi,
                                                  output: previewOutput, private: rendition.fill != nil)
            } catch .output(let error) {
                console.report(Diagnostics([error.diagnostic]))
            } catch {
                console.error(tr(.watchPreviewFailed("\(error)")))
            }
        }
        console.report(diagnostics)
        console.note(tr(.watchBuilt(time: time, files: shown, pages: built.pageCount)))
    }

    /// The time of day for messages (never written into a document).
    static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
