import AyumiFonts
import AyumiModel
import Foundation

/// Makes one filled document per person, in parallel, sharing the fonts.
///
/// `run` keeps `jobs` tasks going in a task group; each binds one person (`PersonBinder`),
/// lays out, renders and writes the PDF atomically. A person's problems are located at their
/// row and column and never stop the others. Outcomes come back, in the order they finish, to
/// the one task that called `run`, which alone prints (through `onOutcome`).
struct BatchRunner: Sendable {
    var binder: PersonBinder
    var library: FontLibrary
    var fontsOpened: Set<FontRequestKey>
    var plan: ColumnPlan
    var outputFolder: String

    /// What became of one person.
    struct Outcome: Sendable {
        var person: PeopleTable.Person
        var file: String
        var pageCount: Int?
        /// Diagnostics located at the person's row (or in the template), each with its column.
        var diagnostics: [PersonBinder.Located]
        var internalError: String?

        var succeeded: Bool { pageCount != nil }
    }

    /// Makes every document, `jobs` at a time, until done or `stop` is requested.
    func run(_ work: [(person: PeopleTable.Person, file: String)], jobs: Int, stop: StopRequest,
             onOutcome: (Outcome) -> Void) async {
        await withTaskGroup(of: Outcome.self) { group in
            var next = 0
            func addNext() {
                guard next < work.count, !stop.isRequested else { return }
                let (person, file) = work[next]
                next += 1
                group.addTask { self.make(person, file: file) }
            }
            for _ in 0..<min(jobs, work.count) { addNext() }
            for await outcome in group {
                addNext()
                onOutcome(outcome)
            }
        }
    }

    /// Makes and writes one person's document.
    func make(_ person: PeopleTable.Person, file: String) -> Outcome {
        var outcome = Outcome(person: person, file: file, pageCount: nil, diagnostics: [])
        let (bound, files) = binder.bind(person, plan: plan, rendition: .filled, diagnostics: &outcome.diagnostics)
        guard let document = bound, let files,
              !outcome.diagnostics.contains(where: { $0.diagnostic.severity == .error }) else { return outcome }
        if let missing = BuildPipeline.fontsUsed(by: document).subtracting(fontsOpened).first {
            outcome.diagnostics.append((.error(at: person.location, tr(.batchFontNotOpened(missing.family, missing.weight.rawValue))), nil))
            return outcome
        }
        var diagnostics = Diagnostics()
        let path = outputFolder + "/" + file
        do {
            let output = try BuildPipeline.make(document, library: library, printing: PrintSettings(),
                                                console: Console(verbosity: .quiet), diagnostics: &diagnostics)
            outcome.diagnostics += diagnostics.map { binder.locate($0, files: files, person: person) }
            guard let output else { return outcome }
            // A person's filled document holds their answers: private (0600), as `build --fill` makes it.
            try AtomicFile.write(output.pdf, to: path, private: document.rendition == .filled)
            outcome.pageCount = output.pageCount
        } catch let error as InternalError {
            outcome.internalError = error.description
        } catch {
            outcome.diagnostics.append((OutputError.diagnostic(for: error, path: path), nil))
        }
        return outcome
    }
}
