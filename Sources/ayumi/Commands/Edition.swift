import ArgumentParser
import AyumiModel
import AyumiTemplate
import Foundation

/// `ayumi edition`: the yearly edition's data file.
struct Edition: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: tr(.editionAbstract), discussion: tr(.editionDiscussion),
                             subcommands: [New.self, Diff.self])
    }

    /// `ayumi edition new`: carries an edition forward to new fiscal years.
    struct New: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: tr(.editionNewAbstract), discussion: tr(.editionNewDiscussion))
        }

        @Option(help: ArgumentHelp(tr(.helpEditionFrom), valueName: "old.yaml"), completion: .file(extensions: ["yaml", "yml"]))
        var from: String

        @Option(help: ArgumentHelp(tr(.helpEditionYears), valueName: "years"))
        var years: String

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp(tr(.helpEditionOutput), valueName: "new.yaml"),
                completion: .file(extensions: ["yaml", "yml"]))
        var output: String

        @OptionGroup var outputOptions: OutputOptions

        func validate() throws {
            guard let parsed = Self.parseYears(years) else { throw ValidationError(tr(.yearsInvalid(years))) }
            if parsed != parsed.sorted() || Set(parsed).count != parsed.count { throw ValidationError(tr(.yearsNotAscending(years))) }
            if URL(fileURLWithPath: output).standardizedFileURL == URL(fileURLWithPath: from).standardizedFileURL {
                throw ValidationError(tr(.editionSameFile))
            }
        }

        /// `2028,2029`, `2028, 2029`, `２０２８、２０２９` → [2028, 2029].
        static func parseYears(_ text: String) -> [Int]? {
            let halfWidth = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                (0xFF10...0xFF19).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
            }))
            let parts = halfWidth.split(whereSeparator: { ",、，".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            let numbers = parts.compactMap { Int($0) }
            guard !parts.isEmpty, numbers.count == parts.count, numbers.allSatisfy({ (1873...9999).contains($0) }) else { return nil }
            return numbers
        }

        func run() throws {
            let console = outputOptions.console
            var diagnostics = Diagnostics()
            Preflight.checkText(from, what: .editionFile, diagnostics: &diagnostics)
            guard !diagnostics.hasErrors, let file = YAMLFile.load(from, what: tr(.editionFileWhat), diagnostics: &diagnostics),
                  let newYears = Self.parseYears(years) else {
                console.report(diagnostics)
                throw ExitCode(1)
            }
            let carried: EditionCarryForward
            switch EditionCarryForward.carry(file, to: newYears) {
            case .success(let result):
                carried = result
            case .failure(let failure):
                console.report(Diagnostics(failure.problems.map(Self.diagnostic)))
                throw ExitCode(1)
            }
            do {
                try AtomicFile.write(Array(carried.text.utf8), to: output)
            } catch {
                console.report(Diagnostics([OutputError.diagnostic(for: error, path: output)]))
                throw ExitCode(1)
            }
            let relocated = carried.review.map { item -> EditionCarryForward.ReviewItem in
                var moved = item
                moved.location.file = output
                return moved
            }
            console.note(tr(.editionWrote(output, years: newYears.map(String.init), asOf: carried.newAsOf.description)))
            console.output("")
            console.output(tr(.editionChangedHeading(carried.changes.count)))
            let width = carried.changes.map { DisplayWidth.of($0.path) }.max() ?? 0
            for change in carried.changes {
                console.output("  " + change.path + String(repeating: " ", count: width - DisplayWidth.of(change.path)) + "  "
                               + Shorten.value(change.old) + " → " + Shorten.value(change.new))
            }
            console.output("")
            console.output(tr(.editionReviewHeading(relocated.count)))
            for item in relocated {
                console.output("  \(item.location): " + (item.path == "#" ? "" : item.path + " — ") + tr(.review(item.reason)))
            }
            console.output("")
            console.note(tr(.editionNextStep(output)))
        }

        static func diagnostic(_ problem: EditionCarryForward.Problem) -> Diagnostic {
            switch problem {
            case .notAMapping(let location): .error(at: location, tr(.editionNotAMapping))
            case .noEdition(let location): .error(at: location, tr(.editionNoEditionGroup), hints: [tr(.hintEditionShape)])
            case .noFiscalYears(let location): .error(at: location, tr(.editionNoFiscalYears), hints: [tr(.hintEditionShape)])
            case .notAYear(let text, let location): .error(at: location, tr(.editionNotAYear(text)))
            case .notADate(let text, let location): .error(at: location, tr(.editionNotADate(text)))
            case .yearOutOfRange(let year): .error(at: nil, tr(.editionYearOutOfRange(year)))
            case .cannotEdit(let path, let location): .error(at: location, tr(.editionCannotEdit(path)), hints: [tr(.hintEditionCannotEdit)])
            }
        }
    }

    /// `ayumi edition diff`: what changed between two editions, key by key.
    struct Diff: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: tr(.editionDiffAbstract), discussion: tr(.editionDiffDiscussion))
        }

        @Argument(help: ArgumentHelp(tr(.helpDiffOld), valueName: "old.yaml"), completion: .file(extensions: ["yaml", "yml"]))
        var old: String

        @Argument(help: ArgumentHelp(tr(.helpDiffNew), valueName: "new.yaml"), completion: .file(extensions: ["yaml", "yml"]))
        var new: String

        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            let console = outputOptions.console
            var diagnostics = Diagnostics()
            Preflight.checkText(old, what: .editionFile, diagnostics: &diagnostics)
            Preflight.checkText(new, what: .editionFile, diagnostics: &diagnostics)
            guard !diagnostics.hasErrors,
                  let before = YAMLFile.load(old, what: tr(.editionFileWhat), diagnostics: &diagnostics),
                  let after = YAMLFile.load(new, what: tr(.editionFileWhat), diagnostics: &diagnostics) else {
                console.report(diagnostics)
                throw ExitCode(1)
            }
            let differences = EditionDiff.compare(before, after)
            var changed = 0, added = 0, removed = 0
            for difference in differences {
                switch difference.kind {
                case .changed(let was, let now):
                    changed += 1
                    console.output("~ \(difference.path): " + Shorten.value(was.description) + " → " + Shorten.value(now.description))
                case .added(let value):
                    added += 1
                    console.output("+ \(difference.path): " + Shorten.value(value.description))
                case .removed(let value):
                    removed += 1
                    console.output("- \(difference.path): " + Shorten.value(value.description))
                }
                console.detail("    \(difference.location)")
            }
            console.note(tr(.diffSummary(changed: changed, added: added, removed: removed)))
        }
    }
}

/// Values shown on one line: line breaks as ⏎, long text cut with … at 60 columns.
enum Shorten {
    static func value(_ text: String, columns: Int = 60) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎")
        var shown = "", width = 0
        for scalar in flat.unicodeScalars {
            let next = DisplayWidth.of(scalar)
            if width + next > columns {
                return shown + "…"
            }
            shown.unicodeScalars.append(scalar)
            width += next
        }
        return shown.isEmpty ? "\"\"" : shown
    }
}
