import AyumiTestSupport
import Foundation
import Testing

/// `ayumi watch`, run as a person would: started, data edited twice, stopped with Ctrl-C.
@Suite("ayumi watch")
struct WatchCommandTests {
    /// Collects what a running program prints, so a test can wait for a line.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""

        func append(_ data: Data) {
            lock.lock()
            text += String(decoding: data, as: UTF8.self)
            lock.unlock()
        }

        var current: String {
            lock.lock()
            defer { lock.unlock() }
            return text
        }

        /// Waits until `needle` has been printed `count` times (or `timeout` passes).
        func wait(for needle: String, count: Int = 1, timeout: Duration = .seconds(20)) -> Bool {
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline {
                if current.components(separatedBy: needle).count - 1 >= count { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }

    @Test("builds at once, again after each change (a broken edit is reported and waited out), and stops on Ctrl-C with 0")
    func watch() throws {
        let folder = Repository.temporaryFolder()
        let data = folder + "/sample.yaml"
        try "title: 見張りのテスト\nbody: 一回目です。\n".write(toFile: data, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.ayumi)
        process.arguments = ["watch", "templates/article", "--data", data, "-o", folder + "/out.pdf",
                             "--preview", folder + "/out.png", "--dpi", "30", "--interval", "0.1"]
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        process.environment = ProcessInfo.processInfo.environment.merging(Run.englishLocale) { $1 }
        let output = Output(), pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        #expect(output.wait(for: "] wrote \(folder)/out.pdf, \(folder)/out.png (1 page)"), "\(output.current)")
        #expect(output.current.hasPrefix("watching templates/article and 1 data file; press Ctrl-C to stop\n"))
        let first = try Run.tool("pdftotext", ["-enc", "UTF-8", folder + "/out.pdf", "-"]).standardOutput.withoutWhitespace

        try "title: 見張りのテスト\nbody: '{壊れた\n".write(toFile: data, atomically: true, encoding: .utf8)
        #expect(output.wait(for: "not built: 1 error; waiting for changes"), "\(output.current)")
        #expect(output.current.contains("\(data):3:1: error: YAML syntax:"))
        try "title: 見張りのテスト\nbody: 二回目です。\n".write(toFile: data, atomically: true, encoding: .utf8)
        #expect(output.wait(for: "] wrote \(folder)/out.pdf", count: 2), "\(output.current)")
        let second = try Run.tool("pdftotext", ["-enc", "UTF-8", folder + "/out.pdf", "-"]).standardOutput.withoutWhitespace
        #expect(first == "見張りのテスト一回目です。")
        #expect(second == "見張りのテスト二回目です。")

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.wait(for: "stopped watching"))
        // Only the outputs: no temporary files left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["out.pdf", "out.png", "sample.yaml"])
    }
}

/// `ayumi help SUBCOMMAND` and the shell completions that come with swift-argument-parser.
@Suite("ayumi help and completions")
struct HelpAndCompletionTests {
    @Test("every subcommand has help with an example", arguments: [
        ["build"], ["check"], ["preview"], ["batch"], ["edition"], ["edition", "new"], ["edition", "diff"], ["fonts"], ["watch"],
    ])
    func help(command: [String]) throws {
        let result = try Run.ayumi(["help"] + command)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE: ayumi \(command.joined(separator: " "))"))
        #expect(result.standardOutput.contains("Example"))
        #expect(result.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("USAGE:") },
                "lines wider than 80 columns in \(command)")
    }

    @Test("the root help lists every subcommand and the exit statuses")
    func root() throws {
        let text = try Run.ayumi(["--help"]).standardOutput
        for command in ["build", "check", "preview", "batch", "edition", "fonts", "watch"] {
            #expect(text.contains("\n  \(command) "), "\(command)")
        }
        #expect(text.contains("Exit status: 0 done, 1 a problem with the input"))
    }

    @Test("completion scripts for bash, zsh and fish name the subcommands", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let result = try Run.ayumi(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in ["build", "preview", "batch", "edition", "watch"] {
            #expect(result.standardOutput.contains(command), "\(command) in the \(shell) script")
        }
    }

    @Test("bash accepts the script and completes the subcommands")
    func bashLoads() throws {
        let script = try Run.ayumi(["--generate-completion-script", "bash"]).standardOutput
        let folder = Repository.temporaryFolder()
        try script.write(toFile: folder + "/ayumi.bash", atomically: true, encoding: .utf8)
        let probe = "source \(folder)/ayumi.bash && complete -p ayumi"
        let result = try Run.tool("bash", ["-c", probe])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("ayumi"))
    }
}
