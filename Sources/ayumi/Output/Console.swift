import AyumiModel
import Foundation

/// Where the command line writes, and how much.
///
/// - `output`: what the command is for (a listing, a diff, the review list): standard output, always.
/// - `note`: confirmations and summaries (`wrote output/note.pdf (12 pages)`): standard output,
///   left out with `--quiet`.
/// - `detail`: what each stage did and how long it took: standard error, only with `--verbose`.
/// - `report`: diagnostics, on standard error; `--quiet` keeps the errors and drops warnings.
///
/// A `Console` has no state, so tasks running in parallel may share it; the batch runner still
/// prints only from one task, so lines never interleave.
struct Console: Sendable {
    enum Verbosity: Int, Comparable, Sendable {
        case quiet, normal, verbose
        static func < (a: Verbosity, b: Verbosity) -> Bool { a.rawValue < b.rawValue }
    }

    var verbosity: Verbosity = .normal
    var language: Language = .current
    /// Files holding a person's own data (a resident's answers): their lines are never shown
    /// under a message, only the place (DESIGN.md, "Privacy").
    var privateFiles: Set<String> = []

    func output(_ line: String) {
        Self.write(line + "\n", to: .standardOutput)
    }

    func note(_ line: String) {
        guard verbosity >= .normal else { return }
        Self.write(TerminalText.visible(line) + "\n", to: .standardOutput)
    }

    func detail(_ line: String) {
        guard verbosity >= .verbose else { return }
        Self.write(TerminalText.visible(line) + "\n", to: .standardError)
    }

    /// Prints diagnostics the way compilers do (see `DiagnosticReporter`).
    func report(_ diagnostics: Diagnostics) {
        let shown = verbosity == .quiet ? Diagnostics(diagnostics.errors) : diagnostics
        guard !shown.isEmpty else { return }
        var reporter = DiagnosticReporter(language: language)
        reporter.hiddenSources = privateFiles
        Self.write(reporter.render(shown), to: .standardError)
    }

    /// An error that belongs to no file: `error: message`, then its hints.
    func error(_ message: String, hints: [String] = []) {
        report(Diagnostics([.error(at: nil, message, hints: hints)]))
    }

    enum Stream { case standardOutput, standardError }

    /// Writes at once, unbuffered, so standard output and standard error keep their order on a terminal.
    static func write(_ text: String, to stream: Stream) {
        let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal (progress bars are drawn only there).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
