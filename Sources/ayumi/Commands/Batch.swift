import ArgumentParser
import AyumiFonts
import AyumiModel
import AyumiTemplate
import Foundation

/// `ayumi batch`: one filled document per person of a table, in parallel.
struct Batch: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: tr(.batchAbstract), discussion: tr(.batchDiscussion))
    }

    @OptionGroup var document: DocumentOptions

    @Option(help: ArgumentHelp(tr(.helpPeople), valueName: "people.csv|people.yaml"),
            completion: .file(extensions: ["csv", "yaml", "yml"]))
    var people: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(tr(.helpOutputFolder), valueName: "folder"),
            completion: .directory)
    var output: String

    @Option(help: ArgumentHelp(tr(.helpJobs), valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("name-column"), help: ArgumentHelp(tr(.helpNameColumn), valueName: "column"))
    var nameColumn: String?

    @OptionGroup var outputOptions: OutputOptions

    /// How many rows may fail binding, one after another, while the batch learns the template's
    /// fields and fonts, before it concludes the template or edition itself is at fault.
    static let discoveryAttempts = 5

    func validate() throws {
        if jobs < 1 { throw ValidationError(tr(.jobsInvalid(jobs))) }
    }

    func run() async throws {
        let console = outputOptions.console
        let start = ContinuousClock.now
        var diagnostics = Diagnostics()
        let creationDate = BuildPipeline.sourceDateEpoch(diagnostics: &diagnostics)
        let pipeline = BuildPipeline(templateDirectory: document.templateDirectory, dataFiles: document.data,
                                     rendition: .filled, fontManifest: document.fontManifest,
                                     creationDate: creationDate, console: console)

        // 1. The inputs: template, edition, table, manifest.
        guard Preflight.check(templateDirectory: document.templateDirectory, dataFiles: document.data, answersFile: nil,
                              diagnostics: &diagnostics),
              let table = PeopleTable.load(people, diagnostics: &diagnostics),
              let manifest = pipeline.loadManifest(diagnostics: &diagnostics),
              let template = Template.load(directory: document.templateDirectory, diagnostics: &diagnostics)
        else { throw fail(diagnostics, console) }
        guard !table.people.isEmpty else {
            diagnostics.append(.error(at: SourceLocation(file: people, line: 1, column: 1), tr(.batchNoPeople)))
            throw fail(diagnostics, console)
        }
        let name = nameColumn ?? table.columns.first?.name ?? ""
        guard table.columns.contains(where: { $0.name == name }) else {
            diagnostics.append(.error(at: nil, tr(.batchNameColumnMissing(name, people)),
                                      hints: [tr(.hintBatchColumns(table.columns.map(\.name)))]))
            throw fail(diagnostics, console)
        }

        // From here on, Ctrl-C lets the documents in progress finish (so the temporary files of the
        // people being bound are deleted, and the folder with them) and starts no more.
        let stop = StopRequest()
        stop.catchSignals()
        let temporary = NSTemporaryDirectory() + "ayumi-batch-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            diagnostics.append(.error(at: nil, tr(.cannotWrite(output, error.localizedDescription)), hints: [tr(.hintFolderWritable)]))
            throw fail(diagnostics, console)
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }

        // 2. Learn the template's fields and fonts from the first person whose document binds.
        let dataFields = template.dataFields.map(\.name)
        let dataOnly = ColumnPlan(roles: Dictionary(uniqueKeysWithValues: dataFields.map { ($0, ColumnPlan.Role.data) }),
                                  nameColumn: name)
        var runner = BatchRunner(editionFiles: document.data, templates: TemplatePool(directory: document.templateDirectory, first: template),
                                 library: FontLibrary(manifest: manifest, families: [], diagnostics: &diagnostics),
                                 fontsOpened: [], knownFamilies: manifest.familyNames, plan: dataOnly,
                                 creationDate: creationDate, outputFolder: output, temporaryFolder: temporary,
                                 tableKind: table.kind, tablePath: people)
        var sample: Document?
        var firstFailure: [(Diagnostic, column: String?)] = []
        for person in table.people.prefix(Self.discoveryAttempts) {
            var found: [(Diagnostic, column: String?)] = []
            if let bound = runner.bind(person, plan: dataOnly, rendition: .blank, diagnostics: &found).document {
                sample = bound
                break
            }
            if firstFailure.isEmpty { firstFailure = found.map { (Self.prefixed($0.0, person: person, column: $0.column, kind: table.kind), $0.column) } }
        }
        guard let sample else {
            diagnostics.append(contentsOf: firstFailure.map(\.0))
            diagnostics.append(.error(at: nil, tr(.batchNothingBinds(min(Self.discoveryAttempts, table.people.count)))))
            throw fail(diagnostics, console)
        }
        let fonts = BuildPipeline.fontsUsed(by: sample)
        runner.library = FontLibrary(manifest: manifest, families: fonts, diagnostics: &diagnostics)
        runner.fontsOpened = fonts
        runner.plan = ColumnPlan.make(table: table, dataFields: dataFields, answerFields: AnswerFields.of(sample),
                                      nameColumn: name, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { throw fail(diagnostics, console) }
        console.report(diagnostics)

        // 3. File names, decided in row order so the same table always gives the same names.
        var namer = FileNamer()
        let jobsList = table.people.map { person in
            (person, namer.name(for: person.value(name)?.items.map(\.text).joined(separator: " ") ?? "", row: person.number))
        }

        // 4. The documents, `jobs` at a time.
        console.detail(tr(.batchStarting(table.people.count, jobs: jobs)))
        var progress = ProgressDisplay(total: jobsList.count, console: console)
        var written: [BatchRunner.Outcome] = []
        var failed: [BatchRunner.Outcome] = []
        var sharedShown = Set<String>()
        var internalErrors = 0
        let finalRunner = runner
        await withTaskGroup(of: BatchRunner.Outcome.self) { group in
            var next = 0
            func addNext() {
                guard next < jobsList.count, !stop.isRequested else { return }
                let (person, file) = jobsList[next]
                next += 1
                group.addTask { finalRunner.make(person, file: file) }
            }
            for _ in 0..<min(jobs, jobsList.count) { addNext() }
            for await outcome in group {
                addNext()
                progress.advance(failed: !outcome.succeeded)
                if outcome.succeeded { written.append(outcome) } else { failed.append(outcome) }
                if outcome.internalError != nil { internalErrors += 1 }
                var text = render(outcome, kind: table.kind, shared: &sharedShown, console: console)
                if outcome.succeeded, console.verbosity >= .verbose {
                    text += tr(.batchWroteOne(output + "/" + outcome.file, pages: outcome.pageCount ?? 0)) + "\n"
                }
                progress.printAbove(text)
            }
        }
        progress.finish()

        // 5. The summary.
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        console.note(tr(.batchSummary(written: written.count, total: jobsList.count, folder: output,
                                      seconds: String(format: "%.1f", seconds), jobs: jobs)))
        if stop.isRequested, written.count + failed.count < jobsList.count {
            console.note(tr(.batchInterrupted(made: written.count + failed.count, total: jobsList.count)))
        }
        if !failed.isEmpty {
            let rows = failed.sorted { $0.person.number < $1.person.number }.map { outcome in
                Self.rowName(outcome.person, column: outcome.diagnostics.first { $0.0.severity == .error }?.column, kind: table.kind)
            }
            console.note(tr(.batchFailedRows(rows)))
        }
        if internalErrors > 0 { throw ExitCode(3) }
        if !failed.isEmpty || written.count < jobsList.count { throw ExitCode(1) }
    }

    private func fail(_ diagnostics: Diagnostics, _ console: Console) -> ExitCode {
        console.report(diagnostics)
        return ExitCode(1)
    }

    /// A person's diagnostics, ready to print: each names the row and column; a problem that is
    /// the template's own (the same for every person) is printed only the first time.
    private func render(_ outcome: BatchRunner.Outcome, kind: PeopleTable.Kind, shared: inout Set<String>,
                        console: Console) -> String {
        var shown = Diagnostics()
        for (diagnostic, column) in outcome.diagnostics {
            if diagnostic.location?.file == people {
                shown.append(Self.prefixed(diagnostic, person: outcome.person, column: column, kind: kind))
            } else if shared.insert(diagnostic.description).inserted {
                // The template's own problem (or layout's), the same for every person: said once, as it is.
                shown.append(diagnostic)
            }
        }
        if let internalError = outcome.internalError {
            shown.append(.error(at: outcome.person.location, tr(.internalError(internalError))))
        }
        var reporter = DiagnosticReporter(language: console.language)
        reporter.hiddenSources = [people]   // never echo a person's row to the terminal or a log
        let kept = console.verbosity == .quiet ? Diagnostics(shown.errors) : shown
        return kept.isEmpty ? "" : reporter.render(kept)
    }

    /// `row 5, column `birthday`: …` before the message (translated first, so the catalog still knows it).
    static func prefixed(_ diagnostic: Diagnostic, person: PeopleTable.Person, column: String?, kind: PeopleTable.Kind) -> Diagnostic {
        var moved = DiagnosticTranslation.translate(diagnostic, to: .current)
        moved.message = rowName(person, column: column, kind: kind) + ": " + moved.message
        if moved.location == nil { moved.location = person.location }
        return moved
    }

    static func rowName(_ person: PeopleTable.Person, column: String?, kind: PeopleTable.Kind) -> String {
        switch kind {
        case .csv: tr(.batchRow(person.number, column: column))
        case .yaml: tr(.batchPerson(person.number, key: column))
        }
    }
}
