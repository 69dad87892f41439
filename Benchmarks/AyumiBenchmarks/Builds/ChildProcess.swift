import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a program as a child process: how long it took and how much memory it needed.
///
/// Foundation's `Process` reports neither the child's peak memory nor an exact end time, so the
/// child is started with `posix_spawn` and collected with `wait4`, whose `rusage` is that one
/// child's own (`RUSAGE_CHILDREN` would mix every child this process ever waited for: its
/// `ru_maxrss` is the largest so far, so a small run after a big one would report the big one).
struct ChildRun {
    /// Wall-clock time from just before the spawn to the child's exit.
    var wall: Duration
    /// The child's largest resident set, in KiB (Linux's unit for `ru_maxrss`).
    var peakKiB: Int
    /// The exit status, or `nil` when a signal ended it.
    var exitStatus: Int32?
    /// What the child wrote to standard error (kept to explain a failure).
    var standardError: String
}

enum ChildProcess {
    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `executable` with `arguments`, in this process's folder and environment; standard
    /// output is thrown away, standard error kept in a temporary file.
    static func run(_ executable: String, _ arguments: [String]) throws -> ChildRun {
        let errorPath = NSTemporaryDirectory() + "ayumi-bench-stderr-\(getpid())"
        defer { unlink(errorPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw SpawnError(description: "wait4: \(String(cString: strerror(errno)))") }
        }
        let wall = ContinuousClock.now - start

        // WIFEXITED / WEXITSTATUS are macros Swift does not import: the low 7 bits are the
        // signal (0 when the child exited), the next byte the exit status.
        let exitStatus: Int32? = status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
        let standardError = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return ChildRun(wall: wall, peakKiB: usage.ru_maxrss, exitStatus: exitStatus, standardError: standardError)
    }
}
