import AyumiTestSupport
import Foundation
import Testing

/// Issue 14, probes 1, 2, 6 and 12 (signals): what Ayumi leaves on disk when it is interrupted,
/// the modes it gives its outputs, and what `-o` may replace (docs/robustness.md, "Hardening:
/// output files and interruptions").
///
/// The worst moment is hit deterministically: `strace -e inject=fsync:signal=…` stops a build
/// just before its temporary is renamed into place; a stand-in `pdftoppm` signals the preview
/// while its pages are on disk and it is still running; for batch, `inject=unlink:error=…:
/// signal=KILL` kills it while a row's answers file exists. (Catchable signals injected into a
/// batch worker thread stay pending: dispatch's threads block them; those tests send the signal
/// to the process, as a terminal does.)
enum OutputFiles {
    static let stopped = "stopped; the files being written were removed\n"
    static let stopAsked = "stopping after the documents in progress; press Ctrl-C again to stop at once\n"

    /// The 9-page note with a resident's answers: a private output.
    static func buildFilled(_ output: String) -> [String] {
        ["build", "templates/kizuna-note", "--data", "examples/kizuna-note/edition.yaml",
         "--fill", "examples/kizuna-note/residents/morikawa-hanako.yaml", "-o", output]
    }

    static let notice = "Tests/ayumiTests/Fixtures/notice"
    static func buildBlank(_ output: String) -> [String] {
        ["build", notice, "--data", notice + "/edition-2026.yaml", "-o", output]
    }

    static let answersNote = "Tests/ayumiTests/Fixtures/answers-note"
    static func batch(_ people: String, to folder: String, jobs: Int = 1) -> [String] {
        ["batch", answersNote, "--data", answersNote + "/edition.yaml", "--people", people, "-o", folder, "--jobs", String(jobs)]
    }

    /// What a shell would show: 128 + signal for a process a signal ended.
    struct Finished {
        var status: Int32
        var output: String
        var error: String
    }

    /// Starts `executable` (in the repository, English messages); `whileRunning` gets its pid.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    whileRunning: (pid_t) -> Void = { _ in }) throws -> Finished {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        process.environment = ProcessInfo.processInfo.environment.merging(Run.englishLocale) { $1 }.merging(environment) { $1 }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        whileRunning(process.processIdentifier)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Finished(status: status, output: String(decoding: outputData, as: UTF8.self),
                        error: String(decoding: errorData, as: UTF8.self))
    }

    /// `ayumi` under strace with one fault injected (`fsync:signal=INT`, …).
    static func underStrace(_ injection: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Finished {
        try run("/usr/bin/strace", ["-f", "-o", "/dev/null", "-e", "inject=" + injection, Repository.ayumi] + arguments,
                environment: environment)
    }

    static func ayumi(_ arguments: [String], environment: [String: String] = [:], whileRunning: (pid_t) -> Void = { _ in }) throws -> Finished {
        try run(Repository.ayumi, arguments, environment: environment, whileRunning: whileRunning)
    }

    /// The names in a folder, hidden ones included, sorted.
    static func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    static func mode(_ path: String) -> Int {
        var status = stat()
        return lstat(path, &status) == 0 ? Int(status.st_mode & 0o7777) : -1
    }

    static func waitUntil(_ seconds: Double = 30, _ condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, !condition() { Thread.sleep(forTimeInterval: 0.02) }
    }

    /// A folder holding a `pdftoppm` that draws the pages, then sends `signal` to Ayumi and
    /// keeps running (writing its pid to `pidFile`), as a slow pdftoppm would be when Ctrl-C comes.
    static func signallingPdftoppm(_ signal: String, pidFile: String) throws -> String {
        let folder = Repository.temporaryFolder()
        let script = """
            #!/bin/sh
            /usr/bin/pdftoppm "$@"
            echo $$ > \(pidFile)
            kill -\(signal) $PPID
            exec sleep 20 >/dev/null 2>&1

            """
        try script.write(toFile: folder + "/pdftoppm", atomically: true, encoding: .utf8)
        chmod(folder + "/pdftoppm", 0o755)
        return folder
    }

    /// A table whose documents take seconds each (a long message), for signals sent mid-batch.
    static func slowTable() throws -> String {
        let path = Repository.temporaryFolder() + "/people.csv"
        var csv = "name,message\n"
        for row in 1...4 { csv += "人\(row)," + String(repeating: "本文です。", count: 20000) + "\n" }
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Waits until the first document is written, and half a second more: the second (two
    /// seconds or more in a debug build) is then in progress, and far from finished.
    static func waitForFirstDocument(_ folder: String) {
        waitUntil(180) { names(folder).contains { $0.hasSuffix(".pdf") } }
        Thread.sleep(forTimeInterval: 0.5)
    }

    /// A slow batch into `folder/out` with `TMPDIR` at `temporary`, sent `signals` (0.2 s
    /// apart: two signals pending at once would count as one) once its first document is made.
    static func signalledBatch(_ signals: [Int32], folder: String, temporary: String) throws -> Finished {
        try ayumi(slowBatch(try slowTable(), to: folder + "/out"), environment: ["TMPDIR": temporary + "/"]) { pid in
            waitForFirstDocument(folder + "/out")
            for (index, signal) in signals.enumerated() {
                if index > 0 { Thread.sleep(forTimeInterval: 0.2) }
                kill(pid, signal)
            }
        }
    }

    static func slowBatch(_ people: String, to folder: String) -> [String] {
        ["batch", notice, "--data", notice + "/edition-2026.yaml", "--people", people, "-o", folder, "--jobs", "1"]
    }
}

@Suite("Interrupted writes leave nothing behind (issue 14, probe 1)")
struct InterruptedWriteTests {
    @Test("build killed (SIGKILL) just before the rename: one private .ayumi-partial- file, removed by the next build",
          arguments: [true, false])
    func buildKilledThenSwept(filled: Bool) throws {
        let folder = Repository.temporaryFolder()
        let arguments = filled ? OutputFiles.buildFilled(folder + "/note.pdf") : OutputFiles.buildBlank(folder + "/note.pdf")
        let killed = try OutputFiles.underStrace("fsync:signal=KILL", arguments)
        #expect(killed.status == 128 + SIGKILL)
        let left = OutputFiles.names(folder)
        #expect(left.count == 1 && left[0].hasPrefix(".ayumi-partial-"), "\(left)")
        #expect(left.map { OutputFiles.mode(folder + "/" + $0) } == [0o600])

        let next = try OutputFiles.ayumi(OutputFiles.buildBlank(folder + "/other.pdf"))
        #expect(next.status == 0, "\(next.error)")
        #expect(OutputFiles.names(folder) == ["other.pdf"])
    }

    @Test("build stopped by SIGINT, SIGTERM or SIGHUP just before the rename: nothing left, status 128 + signal",
          arguments: [("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP)])
    func buildSignalled(name: String, signal: Int32) throws {
        let folder = Repository.temporaryFolder()
        let result = try OutputFiles.underStrace("fsync:signal=" + name, OutputFiles.buildFilled(folder + "/note.pdf"))
        #expect(result.status == 128 + signal)
        #expect(result.error == OutputFiles.stopped)
        #expect(OutputFiles.names(folder) == [])
    }

    @Test("preview stopped while pdftoppm runs: pdftoppm killed, no PDF and no page left, status 128 + signal",
          arguments: [("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP)])
    func previewSignalled(name: String, signal: Int32) throws {
        let folder = Repository.temporaryFolder(), pidFile = Repository.temporaryFolder() + "/pid"
        let bin = try OutputFiles.signallingPdftoppm(name, pidFile: pidFile)
        let result = try OutputFiles.ayumi(["preview", "templates/kizuna-note", "--data", "examples/kizuna-note/edition.yaml",
                                            "--fill", "examples/kizuna-note/residents/morikawa-hanako.yaml",
                                            "--pages", "1-2", "-o", folder + "/page.png"],
                                           environment: ["PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")])
        #expect(result.status == 128 + signal)
        #expect(result.error == OutputFiles.stopped)
        #expect(OutputFiles.names(folder) == [])
        let child = try #require(pid_t(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        OutputFiles.waitUntil(5) { kill(child, 0) != 0 }
        #expect(kill(child, 0) != 0 && errno == ESRCH, "pdftoppm \(child) still runs")
    }

    @Test("preview killed (SIGKILL) while its pages are on disk: the next preview removes them")
    func previewKilledThenSwept() throws {
        let folder = Repository.temporaryFolder(), pidFile = Repository.temporaryFolder() + "/pid"
        let bin = try OutputFiles.signallingPdftoppm("KILL", pidFile: pidFile)
        let arguments = ["preview", OutputFiles.notice, "--data", OutputFiles.notice + "/edition-2026.yaml", "-o", folder + "/page.png"]
        let killed = try OutputFiles.ayumi(arguments, environment: ["PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")])
        #expect(killed.status == 128 + SIGKILL)
        let left = OutputFiles.names(folder)
        #expect(left.count == 2 && left.allSatisfy { $0.hasPrefix(".ayumi-partial-") }, "\(left)")   // the PDF and the page
        #expect(left.map { OutputFiles.mode(folder + "/" + $0) } == [0o600, 0o600])
        if let child = try? pid_t(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(child, SIGKILL)
        }

        let next = try OutputFiles.ayumi(arguments)
        #expect(next.status == 0, "\(next.error)")
        #expect(OutputFiles.names(folder) == ["page.png"])
    }

    @Test("batch killed (SIGKILL) while a row's answers are on disk: nothing in TMPDIR, a private file in the output folder, removed by the next run")
    func batchKilledThenSwept() throws {
        let folder = Repository.temporaryFolder(), temporary = Repository.temporaryFolder()
        let people = OutputFiles.answersNote + "/people.csv"
        // The first unlink is the removal of row 2's answers file: skipped, and the process killed.
        let killed = try OutputFiles.underStrace("unlink:error=ENOENT:signal=KILL", OutputFiles.batch(people, to: folder + "/out"),
                                                 environment: ["TMPDIR": temporary + "/"])
        #expect(killed.status == 128 + SIGKILL)
        #expect(OutputFiles.names(temporary) == [])
        let left = OutputFiles.names(folder + "/out")
        #expect(left.count == 1 && left[0].hasPrefix(".ayumi-partial-") && left[0].hasSuffix(".yaml"), "\(left)")
        #expect(left.map { OutputFiles.mode(folder + "/out/" + $0) } == [0o600])

        let next = try OutputFiles.ayumi(OutputFiles.batch(people, to: folder + "/out"), environment: ["TMPDIR": temporary + "/"])
        #expect(next.status == 1)   // row 4 is wrong on purpose
        #expect(OutputFiles.names(folder + "/out") == ["佐藤一郎.pdf", "山田花子.pdf"])
        #expect(OutputFiles.names(temporary) == [])
    }

    @Test("batch hung up (SIGHUP) mid-run: stops at once, no temporary left anywhere, status 129")
    func batchHangup() throws {
        let folder = Repository.temporaryFolder(), temporary = Repository.temporaryFolder()
        let result = try OutputFiles.signalledBatch([SIGHUP], folder: folder, temporary: temporary)
        #expect(result.status == 128 + SIGHUP)
        #expect(result.error.hasSuffix(OutputFiles.stopped), "\(result.error)")
        #expect(OutputFiles.names(folder + "/out") == ["人1.pdf"])
        #expect(OutputFiles.names(temporary) == [])
    }
}

@Suite("Signals in batch (issue 14, probe 12)")
struct BatchSignalTests {
    @Test("a second Ctrl-C stops the batch at once, removing its temporaries: status 130")
    func secondControlC() throws {
        let folder = Repository.temporaryFolder(), temporary = Repository.temporaryFolder()
        let result = try OutputFiles.signalledBatch([SIGINT, SIGINT], folder: folder, temporary: temporary)
        #expect(result.status == 128 + SIGINT)
        #expect(result.error.contains(OutputFiles.stopAsked), "\(result.error)")
        #expect(result.error.hasSuffix(OutputFiles.stopped), "\(result.error)")
        #expect(result.output == "")
        #expect(OutputFiles.names(folder + "/out") == ["人1.pdf"])
        #expect(OutputFiles.names(temporary) == [])
    }

    @Test("SIGTERM is reported as SIGTERM, not as Ctrl-C; the document in progress is finished")
    func termReportedAsTerm() throws {
        let folder = Repository.temporaryFolder()
        let result = try OutputFiles.signalledBatch([SIGTERM], folder: folder, temporary: Repository.temporaryFolder())
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2 && lines[1] == "stopped by SIGTERM after 2 of 4; the rest were not made", "\(result.output)")
        #expect(OutputFiles.names(folder + "/out") == ["人1.pdf", "人2.pdf"])
    }
}

@Suite("Output modes (issue 14, probe 2)")
struct OutputModeTests {
    /// Runs ayumi with umask 022, the usual one that made every output 0644.
    func ayumi(_ arguments: [String]) throws -> OutputFiles.Finished {
        try OutputFiles.run("/bin/sh", ["-c", "umask 022; exec \"$0\" \"$@\"", Repository.ayumi] + arguments)
    }

    @Test("a filled note is created 0600; a rebuild keeps the mode the file has (0640 stays 0640)")
    func filledBuild() throws {
        let pdf = Repository.temporaryFolder() + "/note.pdf"
        #expect(try ayumi(OutputFiles.buildFilled(pdf)).status == 0)
        #expect(OutputFiles.mode(pdf) == 0o600)
        chmod(pdf, 0o640)
        #expect(try ayumi(OutputFiles.buildFilled(pdf)).status == 0)
        #expect(OutputFiles.mode(pdf) == 0o640)
    }

    @Test("a blank document follows the umask (0644); rebuilt over a 0600 file it stays 0600")
    func blankBuild() throws {
        let pdf = Repository.temporaryFolder() + "/notice.pdf"
        #expect(try ayumi(OutputFiles.buildBlank(pdf)).status == 0)
        #expect(OutputFiles.mode(pdf) == 0o644)
        chmod(pdf, 0o600)
        #expect(try ayumi(OutputFiles.buildBlank(pdf)).status == 0)
        #expect(OutputFiles.mode(pdf) == 0o600)
    }

    @Test("pictures of a filled note are created 0600, like the note")
    func filledPreview() throws {
        let folder = Repository.temporaryFolder()
        let result = try ayumi(["preview", "templates/kizuna-note", "--data", "examples/kizuna-note/edition.yaml",
                                "--fill", "examples/kizuna-note/residents/morikawa-hanako.yaml", "--pages", "1-2",
                                "-o", folder + "/page.png"])
        #expect(result.status == 0, "\(result.error)")
        #expect(OutputFiles.names(folder) == ["page-1.png", "page-2.png"])
        #expect(OutputFiles.names(folder).map { OutputFiles.mode(folder + "/" + $0) } == [0o600, 0o600])
    }

    @Test("batch documents and the answers file are created 0600; the batch folder follows the umask")
    func batchAndAnswers() throws {
        let folder = Repository.temporaryFolder()
        #expect(try ayumi(OutputFiles.batch(OutputFiles.answersNote + "/people.csv", to: folder + "/out")).status == 1)
        #expect(OutputFiles.mode(folder + "/out") == 0o755)
        #expect(OutputFiles.names(folder + "/out").map { OutputFiles.mode(folder + "/out/" + $0) } == [0o600, 0o600])
        let filled = folder + "/filled.pdf"
        #expect(try ayumi(OutputFiles.buildFilled(filled) + ["--rendition", "fillable"]).status == 0)
        #expect(try ayumi(["answers", filled, "--template", "templates/kizuna-note", "--data", "examples/kizuna-note/edition.yaml",
                           "-o", folder + "/answers.yaml"]).status == 0)
        #expect(OutputFiles.mode(folder + "/answers.yaml") == 0o600)
    }
}

@Suite("What -o may replace (issue 14, probes 6 and 11)")
struct OutputTargetTests {
    let hint = "  hint: Ayumi replaces only regular files: give -o the name of a new file, or of one Ayumi wrote before\n"

    @Test("a symbolic link is not replaced, nor is what it points to")
    func symbolicLink() throws {
        let folder = Repository.temporaryFolder()
        try "keep".write(toFile: folder + "/target.txt", atomically: true, encoding: .utf8)
        symlink(folder + "/target.txt", folder + "/note.pdf")
        let result = try OutputFiles.ayumi(OutputFiles.buildBlank(folder + "/note.pdf"))
        #expect(result.status == 1)
        #expect(result.error == "error: will not write over `\(folder)/note.pdf`: it is a symbolic link, not a regular file\n" + hint)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/note.pdf") == folder + "/target.txt")
        #expect(try String(contentsOfFile: folder + "/target.txt", encoding: .utf8) == "keep")
        #expect(OutputFiles.names(folder) == ["note.pdf", "target.txt"])
    }

    @Test("a named pipe is not replaced")
    func fifo() throws {
        let folder = Repository.temporaryFolder()
        #expect(mkfifo(folder + "/note.pdf", 0o644) == 0)
        let result = try OutputFiles.ayumi(OutputFiles.buildBlank(folder + "/note.pdf"))
        #expect(result.status == 1)
        #expect(result.error == "error: will not write over `\(folder)/note.pdf`: it is a named pipe (FIFO), not a regular file\n" + hint)
        #expect(OutputFiles.names(folder) == ["note.pdf"])
        var status = stat()
        #expect(lstat(folder + "/note.pdf", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a device is not replaced (as root, a null device made for the test; else /dev/null)")
    func device() throws {
        let folder = Repository.temporaryFolder()
        let made = mknod(folder + "/null", S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0   // major 1, minor 3: the null device
        let device = made ? folder + "/null" : "/dev/null"
        let result = try OutputFiles.ayumi(OutputFiles.buildBlank(device))
        #expect(result.status == 1)
        #expect(result.error == "error: will not write over `\(device)`: it is a device, not a regular file\n" + hint)
        var status = stat()
        #expect(lstat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("-o naming a folder: a friendly error with exit 1, not an internal error")
    func folder() throws {
        let folder = Repository.temporaryFolder()
        let result = try OutputFiles.ayumi(OutputFiles.buildBlank(folder))
        #expect(result.status == 1)
        #expect(result.error == """
            error: `\(folder)` is a folder; -o needs the name of a file
              hint: for example -o \(folder)/note.pdf

            """)
    }

    /// A small file system of its own (root only: mount); unmounted at the end.
    func withSmallDisk(_ size: String, _ body: (String) throws -> Void) throws {
        let point = Repository.temporaryFolder()
        try #require(Run.tool("mount", ["-t", "tmpfs", "-o", "size=" + size, "tmpfs", point]).status == 0)
        defer { _ = try? Run.tool("umount", [point]) }
        try body(point)
    }

    @Test("a full disk while writing the PDF: a friendly error with exit 1, nothing left", .enabled(if: getuid() == 0))
    func diskFullBuild() throws {
        try withSmallDisk("20k") { disk in
            let result = try OutputFiles.ayumi(OutputFiles.buildBlank(disk + "/note.pdf"))
            #expect(result.status == 1)
            #expect(result.error == """
                error: cannot write \(disk)/note.pdf: the disk is full
                  hint: free some space on that disk, or write to a folder on another disk, then run the command again

                """)
            #expect(OutputFiles.names(disk) == [])
        }
    }

    @Test("a full disk while pdftoppm draws the preview: a friendly error with exit 1, nothing left", .enabled(if: getuid() == 0))
    func diskFullPreview() throws {
        // 80 KiB: the 41 KB PDF fits, the 75 KB page does not.
        try withSmallDisk("80k") { disk in
            let result = try OutputFiles.ayumi(["preview", OutputFiles.notice, "--data", OutputFiles.notice + "/edition-2026.yaml",
                                                "-o", disk + "/page.png"])
            #expect(result.status == 1)
            #expect(result.error == """
                error: cannot write \(disk)/page.png: the disk is full
                  hint: free some space on that disk, or write to a folder on another disk, then run the command again

                """)
            #expect(OutputFiles.names(disk) == [])
        }
    }
}
