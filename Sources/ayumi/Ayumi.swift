import ArgumentParser
import Foundation

/// The `ayumi` command: Japanese documents for home care and end-of-life planning, from YAML.
///
/// Exit status, for every subcommand (docs/cli.md):
///
/// | status | meaning |
/// |---|---|
/// | 0 | done (warnings alone still give 0) |
/// | 1 | a problem with the input: template, data, table, fonts; or a file that cannot be written |
/// | 2 | a problem with the command line itself, or an option this version cannot honour yet |
/// | 3 | an internal error: a bug in Ayumi, please report it |
@main
struct Ayumi: AsyncParsableCommand {
    static let version = "0.1.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "ayumi",
            abstract: tr(.rootAbstract),
            discussion: tr(.rootDiscussion),
            version: version,
            subcommands: [Build.self, Check.self, Preview.self, Batch.self, Answers.self, Edition.self, Fonts.self, Watch.self]
        )
    }

    /// Parses, runs, and exits with Ayumi's exit statuses rather than swift-argument-parser's
    /// (which uses 64, `EX_USAGE`, for a usage error).
    static func main() async {
        // Before anything is written: private files from the first byte, and signals that
        // remove the temporaries (docs/robustness.md, "Hardening: output files and interruptions").
        FileModes.tightenUmask()
        ExitCleanup.install()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            Foundation.exit(ExitStatus.success)
        } catch {
            Foundation.exit(ExitStatus.report(error))
        }
    }
}

/// Ayumi's exit statuses, and the mapping from swift-argument-parser's.
enum ExitStatus {
    static let success: Int32 = 0
    static let inputError: Int32 = 1
    static let usageError: Int32 = 2
    static let internalError: Int32 = 3

    /// Prints what `error` calls for and returns the status to exit with.
    static func report(_ error: Error) -> Int32 {
        // A status a command chose itself, after printing its own messages.
        if let code = error as? ExitCode {
            return code == .validationFailure ? usageError : code.rawValue
        }
        let code = Ayumi.exitCode(for: error)
        let text = Ayumi.fullMessage(for: error)
        if code == .success {
            // --help, --version, --generate-completion-script, `ayumi help …`.
            Console.write(text.hasSuffix("\n") ? text : text + "\n", to: .standardOutput)
            return success
        }
        if code == .validationFailure {
            Console.write(UsageErrorText.localized(text, language: .current) + "\n", to: .standardError)
            return usageError
        }
        Console.write(tr(.internalError(Ayumi.message(for: error))) + "\n", to: .standardError)
        return internalError
    }
}
