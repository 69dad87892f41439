import ArgumentParser
import AyumiAnswers
import AyumiModel
import AyumiQPDF
import AyumiTemplate
import Foundation

/// `ayumi answers`: a fillable PDF a resident filled and saved, back into an answers file.
///
/// The PDF is read through qpdf (AyumiQPDF), so any viewer's save reads; the template, bound to
/// the edition data the PDF was built with, says which fields there are and what kind of answer
/// each takes (AyumiAnswers). The answers file is the resident's own data: it is written
/// atomically and private (0600), and no message shows a value from it.
struct Answers: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: tr(.answersAbstract), discussion: tr(.answersDiscussion))
    }

    @Argument(help: ArgumentHelp(tr(.helpFilledPDF), valueName: "filled.pdf"), completion: .file(extensions: ["pdf"]))
    var filledPDF: String

    @Option(name: .long, help: ArgumentHelp(tr(.helpAnswersTemplate), valueName: "template-dir"), completion: .directory)
    var template: String

    @Option(name: .long, help: ArgumentHelp(tr(.helpData), valueName: "file.yaml"), completion: .file(extensions: ["yaml", "yml"]))
    var data: [String] = []

    @Option(name: .customLong("font-manifest"), help: ArgumentHelp(tr(.helpFontManifest), valueName: "file"),
            completion: .file(extensions: ["yaml"]))
    var fontManifest: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(tr(.helpOutputAnswers), valueName: "resident.yaml"),
            completion: .file(extensions: ["yaml", "yml"]))
    var output: String

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if data.isEmpty { throw ValidationError(tr(.answersNeedsData)) }
        // Writing the answers over the PDF they come from would lose the resident's PDF.
        if URL(fileURLWithPath: output).resolvingSymlinksInPath().path == URL(fileURLWithPath: filledPDF).resolvingSymlinksInPath().path {
            throw ValidationError(tr(.answersSameFile))
        }
    }

    func run() throws {
        var console = outputOptions.console
        // Never show a "line" of the PDF or of an answers file under a message.
        console.privateFiles = [filledPDF, output]
        var diagnostics = Diagnostics()

        // The template's fields, from the template bound to its data (as the build did).
        let pipeline = BuildPipeline(templateDirectory: template, dataFiles: data, rendition: .fillable,
                                     fontManifest: fontManifest, console: console)
        guard let declarations = Self.declarations(pipeline, diagnostics: &diagnostics) else {
            console.report(diagnostics)
            throw ExitCode(1)
        }

        // The saved PDF, through qpdf.
        let bytes: [UInt8]
        switch Self.bytes(of: filledPDF) {
        case .success(let read): bytes = read
        case .failure(let failure):
            console.error(tr(failure.message), hints: [tr(.hintCheckPath)])
            throw ExitCode(1)
        }
        let form: SavedForm
        do {
            form = try console.timed("reading the PDF") { () throws(SavedFormError) -> SavedForm in try SavedFormReader.read(bytes) }
        } catch {
            console.report(Diagnostics([.error(at: SourceLocation(file: filledPDF, line: 1, column: 1),
                                               tr(.answersCannotRead(error)), hints: [tr(.hintAnswersFillable)])]))
            throw ExitCode(1)
        }

        let read: ReadAnswers
        do {
            read = try AnswersReading(declarations: declarations).read(form)
        } catch {
            console.report(Diagnostics([Self.refusal(error, declarations: declarations, pdf: filledPDF, template: template)]))
            throw ExitCode(1)
        }
        let place = SourceLocation(file: filledPDF, line: 1, column: 1)
        for problem in read.problems { diagnostics.append(.warning(at: place, tr(.answersProblem(problem)))) }

        let text = AnswersYAML.text(of: read.answers, header: [tr(.answersFileHeader(declarations.templateName ?? template))])
        do {
            try console.timed("writing") { try AtomicFile.write(Array(text.utf8), to: output, private: true) }
        } catch {
            diagnostics.append(OutputError.diagnostic(for: error, path: output))
            console.report(diagnostics)
            throw ExitCode(1)
        }
        console.report(diagnostics)
        console.note(tr(.answersWrote(output, answers: read.answers.count)))
    }

    /// The template's fields, or `nil` with the reasons in `diagnostics`.
    static func declarations(_ pipeline: BuildPipeline, diagnostics: inout Diagnostics) -> FormDeclarations? {
        guard Preflight.check(templateDirectory: pipeline.templateDirectory, dataFiles: pipeline.dataFiles, answersFile: nil,
                              diagnostics: &diagnostics),
              let manifest = pipeline.loadManifest(diagnostics: &diagnostics),
              let template = Template.load(directory: pipeline.templateDirectory, diagnostics: &diagnostics),
              let document = pipeline.bind(template, manifest: manifest, diagnostics: &diagnostics)
        else { return nil }
        return FormDeclarations(document: document, templateName: template.declaredName)
    }

    /// Why a file could not be read, as a message.
    struct Unreadable: Error {
        var message: Message
    }

    /// The PDF's bytes, or the message saying why there are none.
    static func bytes(of path: String) -> Result<[UInt8], Unreadable> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Unreadable(message: .inputMissing(.filledPDF, path)))
        }
        if isDirectory.boolValue { return .failure(Unreadable(message: .inputIsAFolder(.filledPDF, path))) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Unreadable(message: .inputUnreadable(.filledPDF, path)))
        }
        return .success([UInt8](data))
    }

    /// One clear message for a PDF that is not this template's fillable note: at the PDF, naming
    /// both templates, with a hint at the right template's folder when one sits beside this one.
    static func refusal(_ refusal: AnswersRefusal, declarations: FormDeclarations, pdf: String, template: String) -> Diagnostic {
        let location = SourceLocation(file: pdf, line: 1, column: 1)
        switch refusal {
        case .otherTemplate(let found, let expected):
            var hints: [String] = []
            let parent = (template.hasSuffix("/") ? String(template.dropLast()) as NSString : template as NSString).deletingLastPathComponent
            let sibling = parent.isEmpty ? found : parent + "/" + found
            if FileManager.default.fileExists(atPath: sibling + "/template.yaml") {
                hints.append(tr(.hintAnswersTemplateFolder(sibling)))
            }
            return .error(at: location, tr(.answersOtherTemplate(found: found, expected: expected, folder: template)), hints: hints)
        case .noFields:
            return .error(at: location, tr(.answersNoFields), hints: [tr(.hintAnswersFillable)])
        case .fieldsOfAnotherTemplate(let unknown, let total):
            return .error(at: location, tr(.answersFieldsOfAnotherTemplate(unknown: unknown, total: total,
                                                                          template: declarations.templateName ?? template)),
                          hints: [tr(.hintAnswersWhichTemplate)])
        }
    }
}
