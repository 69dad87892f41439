import AyumiFonts
import AyumiModel
import AyumiTemplate
import Foundation

/// Makes one filled document per person, in parallel, sharing the fonts.
///
/// Each task takes a template from the pool, writes the person's values to private temporary
/// files, binds, lays out, renders and writes the PDF atomically. A person's problems are
/// located back at their row and column and never stop the others. Results come back to the
/// one task that prints, in the order they finish.
struct BatchRunner: Sendable {
    var editionFiles: [String]
    var templates: TemplatePool
    var library: FontLibrary
    var fontsOpened: Set<FontRequestKey>
    var knownFamilies: [String]
    var plan: ColumnPlan
    var creationDate: String?
    var outputFolder: String
    var temporaryFolder: String
    var tableKind: PeopleTable.Kind
    var tablePath: String

    /// What became of one person.
    struct Outcome: Sendable {
        var person: PeopleTable.Person
        var file: String
        var pageCount: Int?
        /// Diagnostics located at the person's row (or the template), each with its column.
        var diagnostics: [(Diagnostic, column: String?)]
        var internalError: String?

        var succeeded: Bool { pageCount != nil }
    }

    /// Binds one person's document. Also used before the batch, to learn the template's fields.
    ///
    /// The person's temporary files are deleted before this returns; the returned `PersonFiles`
    /// still maps places in them (where later stages locate the text) back to the table.
    func bind(_ person: PeopleTable.Person, plan: ColumnPlan, rendition: Rendition,
              diagnostics: inout [(Diagnostic, column: String?)]) -> (document: Document?, files: PersonFiles?) {
        let files: PersonFiles
        do {
            files = try PersonFiles.write(person, plan: plan, in: temporaryFolder)
        } catch {
            diagnostics.append((.error(at: nil, tr(.cannotWrite(temporaryFolder, error.localizedDescription))), nil))
            return (nil, nil)
        }
        defer { files.remove() }
        var found = Diagnostics()
        let binder = TemplateBinder(knownFamilies: knownFamilies, creationDate: creationDate)
        let document = templates.withTemplate { template in
            binder.bind(template, dataFiles: editionFiles + [files.dataFile].compactMap { $0 },
                        answersFile: files.answersFile, rendition: rendition, diagnostics: &found)
        } ?? nil
        diagnostics += found.map { locate($0, files: files, person: person) }
        return (document, files)
    }

    /// Makes and writes one person's document.
    func make(_ person: PeopleTable.Person, file: String) -> Outcome {
        var outcome = Outcome(person: person, file: file, pageCount: nil, diagnostics: [])
        let (bound, files) = bind(person, plan: plan, rendition: .filled, diagnostics: &outcome.diagnostics)
        guard let document = bound, let files,
              !outcome.diagnostics.contains(where: { $0.0.severity == .error }) else { return outcome }
        let needed = BuildPipeline.fontsUsed(by: document)
        if let missing = needed.subtracting(fontsOpened).first {
            outcome.diagnostics.append((.error(at: person.location, tr(.batchFontNotOpened(missing.family, missing.weight.rawValue))), nil))
            return outcome
        }
        var diagnostics = Diagnostics()
        do {
            guard let output = try BuildPipeline.make(document, library: library, printing: PrintSettings(),
                                                      console: Console(verbosity: .quiet), diagnostics: &diagnostics) else {
                outcome.diagnostics += diagnostics.map { locate($0, files: files, person: person) }
                return outcome
            }
            outcome.diagnostics += diagnostics.map { locate($0, files: files, person: person) }
            try AtomicFile.write(output.pdf, to: outputFolder + "/" + file)
            outcome.pageCount = output.pageCount
        } catch let error as InternalError {
            outcome.internalError = error.description
        } catch {
            outcome.diagnostics.append((.error(at: nil, tr(.cannotWrite(outputFolder + "/" + file, error.localizedDescription)),
                                               hints: [tr(.hintFolderWritable)]), nil))
        }
        return outcome
    }

    /// A diagnostic from binding, moved from the temporary files to the person's row and column.
    private func locate(_ diagnostic: Diagnostic, files: PersonFiles, person: PeopleTable.Person) -> (Diagnostic, column: String?) {
        var moved = diagnostic
        var column: String?
        if let location = diagnostic.location, files.owns(location.file), let origin = files.origin(of: location) {
            moved.location = origin.location
            column = origin.column
        }
        for path in [files.dataFile, files.answersFile].compactMap({ $0 }) {
            moved.message = moved.message.replacingOccurrences(of: path, with: tablePath)
            moved.hints = moved.hints.map { $0.replacingOccurrences(of: path, with: tablePath) }
        }
        moved.message = Self.redacted(moved.message, values: person)
        moved.hints = moved.hints.map { Self.redacted($0, values: person) }
        return (moved, column)
    }

    /// A message with the person's own values taken out: some stages quote the value they
    /// refuse (`not `2026-13-45``), which is fine for an edition but not for a person's row.
    static func redacted(_ text: String, values person: PeopleTable.Person) -> String {
        var text = text
        let values = person.values.flatMap { $0.items.map(\.text) }
            .filter { $0.unicodeScalars.count >= 2 }
            .sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        for value in values where text.contains(value) {
            text = text.replacingOccurrences(of: value, with: "…")
        }
        return text
    }
}
