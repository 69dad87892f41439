import Foundation

/// A run of a program that may not finish: the tests that show a pathological input now ends
/// quickly must fail, not hang, on code where it does not (the base took minutes and gigabytes).
public struct TimedResult: Sendable {
    public var status: Int32
    public var standardError: String
    /// Whether the program was killed (SIGKILL) because it ran past its time.
    public var timedOut: Bool
}

extension Run {
    /// Runs `ayumi` (English messages) and kills it with SIGKILL if it runs past `limit`
    /// (stretched under a sanitizer, `TimeBound.scaled`).
    public static func ayumi(_ arguments: [String], killedAfter limit: Duration,
                             environment: [String: String] = [:]) throws -> TimedResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.ayumi)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        process.environment = ProcessInfo.processInfo.environment.merging(englishLocale.merging(environment) { $1 }) { $1 }
        let error = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        let killer = Killer(process: process)
        let scaled = TimeBound.scaled(limit)
        let seconds = Double(scaled.components.seconds) + Double(scaled.components.attoseconds) / 1e18
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { killer.kill() }
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.finished()
        return TimedResult(status: process.terminationStatus, standardError: String(decoding: errorData, as: UTF8.self),
                           timedOut: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
    }
}

/// Kills a process once, unless it has already finished (so a reused process id is never hit).
private final class Killer: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private let process: Process

    init(process: Process) { self.process = process }

    func kill() {
        lock.lock(); defer { lock.unlock() }
        if !done { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    func finished() {
        lock.lock(); defer { lock.unlock() }
        done = true
    }
}
