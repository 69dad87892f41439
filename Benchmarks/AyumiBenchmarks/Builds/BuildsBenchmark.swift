import AyumiPDF
import Foundation

/// `ayumi-bench builds`: the real release `ayumi`, run as a child process, the way a person runs
/// it — process start, dynamic libraries, font checks, YAML, layout, cairo, AyumiPDF, the atomic
/// write — so nothing that costs time or memory is outside the figure.
///
///     swift build -c release   # every product (given several --product flags, SwiftPM builds only the last)
///     .build/release/ayumi-bench builds [--runs N] [--only TEXT] [--ayumi PATH] [--strict]
///
/// Each case runs once unmeasured (the page cache and the font checksum cache warm up), then
/// `--runs` times (11 by default; 3 for the batch); the table gives the median and the fastest
/// wall-clock time and the highest peak memory (`ru_maxrss` of the child). `--strict` exits 1
/// when a target is not met, for a gate; `--only note` runs the cases whose name contains "note"; without it the exit is 0, since a loaded machine can
/// miss a target that the code meets.
struct BuildsBenchmark {
    var ayumi: String
    var runs: Int
    var strict: Bool
    /// Only the cases whose name contains this.
    var only: String?

    /// Reads the options after `builds`; prints what is wrong and exits 2 on a bad one.
    init(arguments: [String]) {
        var ayumi: String?
        var runs = 11
        var strict = false
        var only: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { Self.usage("--runs needs a positive number") }
                runs = value
            case "--ayumi":
                guard let value = rest.popFirst() else { Self.usage("--ayumi needs the path of the ayumi executable") }
                ayumi = value
            case "--only":
                guard let value = rest.popFirst() else { Self.usage("--only needs part of a benchmark's name") }
                only = value
            case "--strict": strict = true
            default: Self.usage("unknown option \(argument)")
            }
        }
        guard let found = ayumi ?? Self.siblingAyumi() else {
            print("""
                ayumi-bench: no `ayumi` executable next to this one. Build both in release mode, then run again \
                from the repository's root:

                    swift build -c release   # every product (given several --product flags, SwiftPM builds only the last)
                    .build/release/ayumi-bench builds

                (or name another build with --ayumi PATH)
                """)
            exit(1)
        }
        self.ayumi = found
        self.runs = runs
        self.strict = strict
        self.only = only
    }

    private static func usage(_ problem: String) -> Never {
        print("ayumi-bench builds: \(problem)\nusage: ayumi-bench builds [--runs N] [--only TEXT] [--ayumi PATH] [--strict]")
        exit(2)
    }

    /// `ayumi` in the folder this executable was built into (SwiftPM puts every product of a
    /// configuration in one folder), so a release `ayumi-bench` times a release `ayumi`.
    static func siblingAyumi() -> String? {
        let own = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let candidate = own.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("ayumi").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    func cases(inputs: BenchInputs) -> [BuildCase] {
        let out = inputs.folder
        let note = ["build", "templates/jinsei-note", "--data", "examples/jinsei-note/edition.yaml", "--quiet"]
        return [
            BuildCase(name: "article, 40 pages",
                      arguments: ["build", "templates/article", "--data", inputs.article40, "--quiet", "-o", out + "/article-40.pdf"],
                      output: .file(out + "/article-40.pdf"), runs: runs, target: .under(milliseconds: 80, peakMiB: 48)),
            BuildCase(name: "article, body ×5",
                      arguments: ["build", "templates/article", "--data", inputs.article200, "--quiet", "-o", out + "/article-200.pdf"],
                      output: .file(out + "/article-200.pdf"), runs: runs, target: .linear(base: "article, 40 pages", factor: 5.5)),
            BuildCase(name: "jinsei-note, blank", arguments: note + ["-o", out + "/blank.pdf"],
                      output: .file(out + "/blank.pdf"), runs: runs, target: .under(milliseconds: 150)),
            // Issue 13: the fillable note embeds a 1.8 MB typing font (cached after the first
            // build, docs/pdf-output.md) and must build in under 250 ms.
            BuildCase(name: "jinsei-note, fillable", arguments: note + ["--rendition", "fillable", "-o", out + "/fillable.pdf"],
                      output: .file(out + "/fillable.pdf"), runs: runs, target: .under(milliseconds: 250)),
            BuildCase(name: "jinsei-note, filled",
                      arguments: note + ["--fill", "examples/jinsei-note/residents/morikawa-hanako.yaml", "-o", out + "/filled.pdf"],
                      output: .file(out + "/filled.pdf"), runs: runs, target: .under(milliseconds: 150)),
            // The issue's batch target is 200 documents in under 60 s; 100 rows get half of it.
            BuildCase(name: "batch, 100 filled notes",
                      arguments: ["batch", "templates/jinsei-note", "--data", "examples/jinsei-note/edition.yaml",
                                  "--people", inputs.people100, "--quiet", "-o", out + "/batch"],
                      output: .folder(out + "/batch"), runs: min(runs, 3), target: .under(milliseconds: 30_000)),
        ]
    }

    func run() {
        guard FileManager.default.fileExists(atPath: "templates/article/template.yaml") else {
            print("ayumi-bench builds: run from the repository's root (it builds templates/ with examples/)")
            exit(1)
        }
        let inputs: BenchInputs
        do { inputs = try BenchInputs() } catch {
            print("ayumi-bench builds: cannot make the inputs: \(error)")
            exit(1)
        }
        defer { inputs.remove() }
        print("ayumi: \(ayumi)\(ayumi.contains("/debug/") ? "  (a debug build: the targets are for release builds)" : "")")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(Self.loadAverage()) at the start")

        var results: [BuildResult] = []
        for buildCase in cases(inputs: inputs) where only.map(buildCase.name.contains) ?? true {
            do {
                let result = try measure(buildCase)
                results.append(result)
                print(String(format: "  %@: median %.1f ms, fastest %.1f ms, peak %.1f MiB (%d runs)",
                             result.name, result.medianMilliseconds, result.fastestMilliseconds, result.peakMiB, result.runs))
            } catch {
                print("ayumi-bench builds: \(buildCase.name): \(error)")
                inputs.remove()  // exit() skips the deferred removal
                exit(1)
            }
        }
        print("load average \(Self.loadAverage()) at the end\n")
        let table = BuildsTable(cases: cases(inputs: inputs), results: results)
        print(table.text)
        if strict && !table.allMet { exit(1) }
    }

    /// One warm-up run, then `runs` measured runs.
    func measure(_ buildCase: BuildCase) throws -> BuildResult {
        var times: [Double] = []
        var peakKiB = 0
        for run in 0...buildCase.runs {
            if case .folder(let folder) = buildCase.output { try? FileManager.default.removeItem(atPath: folder) }
            let child = try ChildProcess.run(ayumi, buildCase.arguments)
            guard child.exitStatus == 0 else {
                let how = child.exitStatus.map { "exit status \($0)" } ?? "a signal"
                throw ChildProcess.SpawnError(description: "ayumi \(buildCase.arguments.joined(separator: " ")) ended with \(how):\n\(child.standardError)")
            }
            if run > 0 {
                times.append(milliseconds(child.wall))
                peakKiB = max(peakKiB, child.peakKiB)
            }
        }
        return BuildResult(name: buildCase.name, pages: try pages(of: buildCase.output),
                           medianMilliseconds: median(times), fastestMilliseconds: times.min()!,
                           peakMiB: Double(peakKiB) / 1024, runs: buildCase.runs)
    }

    /// The page count from the PDF's own page tree (read with AyumiPDF's reader); for a batch,
    /// the number of PDFs times the pages of the first.
    func pages(of output: BuildCase.Output) throws -> String {
        func count(_ path: String) throws -> Int {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ChildProcess.SpawnError(description: "ayumi wrote no \(path)")
            }
            return try PDFReader(bytes: [UInt8](data)).pages().count
        }
        switch output {
        case .file(let path):
            return String(try count(path))
        case .folder(let folder):
            let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") }.sorted()
            guard let first = files.first else { throw ChildProcess.SpawnError(description: "ayumi batch wrote no PDF") }
            return "\(files.count) × \(try count(folder + "/" + first))"
        }
    }

    /// The one-minute load average (`/proc/loadavg`), to say whether other work shared the cores.
    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "unknown"
    }
}
