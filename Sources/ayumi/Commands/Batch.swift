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

    /// How many people's documents may fail to bind, one after another, while the batch learns
    /// the template's fields and fonts, before it concludes the template or edition is at fault.
    static let discoveryAttempts = 5

    func validate() throws {
        if jobs < 1 { throw ValidationError(tr(.jobsInvalid(jobs))) }
    }

    func run() async throws {
        var console = outputOptions.console
        console.privateFiles.insert(people)   // a person's row is never echoed under a message
        let start = ContinuousClock.now
        var diagnostics = Diagnostics()
        let creationDate = try BuildPipeline.sourceDateEpoch(console: console)

        // 1. The inputs: template, edition, table, manifest, name column.
        guard let inputs = loadInputs(console: console, diagnostics: &diagnostics) else { throw fail(diagnostics, console) }

        // File names, decided in row order so the same table always gives the same names; a
        // chosen key must be unique, the first column only gets a warning when names repeat.
        guard let files = BatchNaming.files(for: inputs.table, nameColumn: inputs.nameColumn, chosen: nameColumn != nil,
                                            diagnostics: &diagnostics) else { throw fail(diagnostics, console) }
        let stale = BatchNaming.staleFiles(in: output, making: files)
        if !stale.isEmpty {
            diagnostics.append(.warning(at: nil, tr(.batchStaleFiles(output, stale)), hints: [tr(.hintBatchStaleFiles)]))
        }

        // From here on, the first Ctrl-C or SIGTERM lets the documents in progress finish and
        // starts no more; a second stops at once, removing the temporaries (`ExitCleanup`).
        let stop = StopRequest()
        stop.catchSignals(announce: true)
        do {
            try OutputTarget.createFolder(output)
        } catch {
            diagnostics.append(error.diagnostic)
            throw fail(diagnostics, console)
        }

        // 2. The template's fields and fonts, learnt from the first person whose document binds.
        let binder = PersonBinder(editionFiles: document.data,
                                  templates: TemplatePool(directory: document.templateDirectory, first: inputs.template),
                                  knownFamilies: inputs.manifest.familyNames, creationDate: creationDate,
                                  temporaryFolder: output, tablePath: people)
        guard let runner = prepareRunner(binder, inputs: inputs, diagnostics: &diagnostics) else {
            throw fail(diagnostics, console)
        }
        console.report(diagnostics)

        // 3. Each person with their file.
        let work = zip(inputs.table.people, files).map { (person: $0, file: $1) }

        // 4. The documents, `jobs` at a time, each reported as it finishes.
        console.detail(tr(.batchStarting(work.count, jobs: jobs)))
        var progress = ProgressDisplay(total: work.count, console: console)
        var written = 0
        var failed: [BatchRunner.Outcome] = []
        var internalErrors = 0
        var sharedShown = Set<String>()
        await runner.run(work, jobs: jobs, stop: stop) { outcome in
            progress.advance(failed: !outcome.succeeded)
            if outcome.succeeded { written += 1 } else { failed.append(outcome) }
            if outcome.internalError != nil { internalErrors += 1 }
            var text = render(outcome, kind: inputs.table.kind, key: keyColumn, shared: &sharedShown, console: console)
            if outcome.succeeded, console.verbosity >= .verbose {
                text += tr(.batchWroteOne(output + "/" + outcome.file, pages: outcome.pageCount ?? 0)) + "\n"
            }
            progress.printAbove(text)
        }
        progress.finish()

        // 5. The summary.
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        console.note(tr(.batchSummary(written: written, total: work.count, folder: output,
                                      seconds: String(format: "%.1f", seconds), jobs: jobs)))
        if stop.isRequested, written + failed.count < work.count {
            console.note(tr(.batchInterrupted(signal: stop.signalName, made: written + failed.count, total: work.count)))
        }
        if !failed.isEmpty {
            let rows = failed.sorted { $0.person.number < $1.person.number }.map { outcome in
                Self.rowName(outcome.person, column: outcome.diagnostics.first { $0.diagnostic.severity == .error }?.column,
                             kind: inputs.table.kind, key: keyColumn)
            }
            console.note(tr(.batchFailedRows(rows)))
        }
        if internalErrors > 0 { throw ExitCode(3) }
        if written < work.count { throw ExitCode(1) }
    }

    /// The column that names the files, when the staff chose it: a key (a resident number) that
    /// messages may show beside the row, unlike the first column, which is usually a name.
    var keyColumn: String? { nameColumn }

    // MARK: - Steps

    struct Inputs {
        var table: PeopleTable
        var manifest: FontManifest
        var template: Template
        var nameColumn: String
    }

    private func loadInputs(console: Console, diagnostics: inout Diagnostics) -> Inputs? {
        let pipeline = BuildPipeline(templateDirectory: document.templateDirectory, dataFiles: document.data,
                                     fontManifest: document.fontManifest, console: console)
        guard Preflight.check(templateDirectory: document.templateDirectory, dataFiles: document.data, answersFile: nil,
                              diagnostics: &diagnostics),
              let table = PeopleTable.load(people, diagnostics: &diagnostics),
              let manifest = pipeline.loadManifest(diagnostics: &diagnostics),
              let template = Template.load(directory: document.templateDirectory, diagnostics: &diagnostics)
        else { return nil }
        guard !table.people.isEmpty else {
            diagnostics.append(.error(at: SourceLocation(file: people, line: 1, column: 1), tr(.batchNoPeople)))
            return nil
        }
        // The template language has no way yet to say which value names a file: the first column does.
        let name = nameColumn ?? table.columns.first?.name ?? ""
        guard table.columns.contains(where: { $0.name == name }) else {
            diagnostics.append(.error(at: nil, tr(.batchNameColumnMissing(name, people)),
                                      hints: [tr(.hintBatchColumns(table.columns.map(\.name)))]))
            return nil
        }
        return Inputs(table: table, manifest: manifest, template: template, nameColumn: name)
    }

    /// Binds people (their data columns only, blank) until one document binds; from it, the
    /// template's fields (which columns are answers) and the fonts to open once for everyone.
    private func prepareRunner(_ binder: PersonBinder, inputs: Inputs, diagnostics: inout Diagnostics) -> BatchRunner? {
        let dataFields = inputs.template.dataFields.map(\.name)
        let dataOnly = ColumnPlan(roles: Dictionary(uniqueKeysWithValues: dataFields.map { ($0, .data) }),
                                  nameColumn: inputs.nameColumn)
        var sample: Document?
        var firstFailure: [Diagnostic] = []
        for person in inputs.table.people.prefix(Self.discoveryAttempts) {
            var found: [PersonBinder.Located] = []
            if let document = binder.bind(person, plan: dataOnly, rendition: .blank, diagnostics: &found).document {
                sample = document
                break
            }
            if firstFailure.isEmpty {
                firstFailure = found.map {
                    Self.prefixed($0.diagnostic, person: person, column: $0.column, kind: inputs.table.kind, key: keyColumn)
                }
            }
        }
        guard let sample else {
            diagnostics.append(contentsOf: firstFailure)
            diagnostics.append(.error(at: nil, tr(.batchNothingBinds(min(Self.discoveryAttempts, inputs.table.people.count)))))
            return nil
        }
        let fonts = BuildPipeline.fontsUsed(by: sample)
        let library = FontLibrary(manifest: inputs.manifest, families: fonts, diagnostics: &diagnostics)
        let plan = ColumnPlan.make(table: inputs.table, dataFields: dataFields, answerFields: AnswerFields.of(sample),
                                   nameColumn: inputs.nameColumn, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        return BatchRunner(binder: binder, library: library, fontsOpened: fonts, plan: plan, outputFolder: output)
    }

    private func fail(_ diagnostics: Diagnostics, _ console: Console) -> ExitCode {
        console.report(diagnostics)
        return ExitCode(1)
    }

    // MARK: - Wording

    /// A person's diagnostics, ready to print: every error, and every warning about the person's
    /// own cells, names the row (and column); a warning that is the template's own (the same for
    /// every person) is printed only the first time, as it is.
    private func render(_ outcome: BatchRunner.Outcome, kind: PeopleTable.Kind, key: String?, shared: inout Set<String>,
                        console: Console) -> String {
        var shown = Diagnostics()
        for (diagnostic, column) in outcome.diagnostics {
            if diagnostic.location?.file == people || diagnostic.severity == .error {
                shown.append(Self.prefixed(diagnostic, person: outcome.person, column: column, kind: kind, key: key))
            } else if shared.insert(diagnostic.description).inserted {
                shown.append(diagnostic)
            }
        }
        if let internalError = outcome.internalError {
            shown.append(Self.prefixed(.error(at: nil, tr(.internalError(internalError))), person: outcome.person, column: nil,
                                       kind: kind, key: key))
        }
        var reporter = DiagnosticReporter(language: console.language)
        reporter.hiddenSources = [people]   // never echo a person's row to the terminal or a log
        let kept = console.verbosity == .quiet ? Diagnostics(shown.errors) : shown
        return kept.isEmpty ? "" : reporter.render(kept)
    }

    /// `row 5, column `birthday`: …` before the message (translated first, so the catalog still knows it).
    static func prefixed(_ diagnostic: Diagnostic, person: PeopleTable.Person, column: String?, kind: PeopleTable.Kind,
                         key: String?) -> Diagnostic {
        var moved = DiagnosticTranslation.translate(diagnostic, to: .current)
        moved.message = rowName(person, column: column, kind: kind, key: key) + ": " + moved.message
        if moved.location == nil { moved.location = person.location }
        return moved
    }

    /// `row 5, column `birthday``; with `key` (the column chosen with `--name-column`), the
    /// person's value of it too: `row 5 (`resident_no` 10234), column `birthday``.
    static func rowName(_ person: PeopleTable.Person, column: String?, kind: PeopleTable.Kind, key: String? = nil) -> String {
        let named = key.flatMap { key in
            person.value(key).map { "`\(key)` " + $0.items.map(\.text).joined(separator: " ") }
        }
        return switch kind {
        case .csv: tr(.batchRow(person.number, column: column, named: named))
        case .yaml: tr(.batchPerson(person.number, key: column, named: named))
        }
    }
}
