import AyumiModel
import CExitCleanup
import Foundation

/// What Ayumi removes when a signal ends it: every temporary file it is writing (they hold a
/// resident's data) and the child processes still writing them.
///
/// The handler itself is C (CExitCleanup): it runs inside the signal and may only unlink, kill
/// and write. It is installed once, at start, for SIGINT, SIGTERM and SIGHUP; it removes what
/// is registered here, prints one line, and ends the process as the signal would, so the shell
/// sees 128 + signal (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP). What SIGKILL leaves,
/// nothing can remove at the time: the next run sweeps it (`TemporaryFile.sweep`).
enum ExitCleanup {
    /// Installs the handler; the line it prints is in the reader's language.
    static func install(language: Language = .current) {
        // Kept for the life of the process: the handler reads it from inside a signal.
        let text = strdup(Message.stoppedBySignal.text(in: language) + "\n")
        ayumi_cleanup_install(text)
    }

    /// A temporary file being written; `forget` once it is renamed into place or removed.
    struct Registration: Sendable {
        fileprivate let slot: Int32
        func forget() { ayumi_cleanup_forget_path(slot) }
    }

    struct TooManyFiles: Error {}

    /// Registers `path` for removal by a signal, before its first byte is written.
    static func register(_ path: String) throws -> Registration {
        let slot = ayumi_cleanup_add_path(path)
        guard slot >= 0 else { throw TooManyFiles() }
        return Registration(slot: slot)
    }

    /// Registers a child process to be killed (and waited for) before the files are removed.
    static func registerChild(_ pid: pid_t) -> Registration {
        Registration(slot: ayumi_cleanup_add_child(pid))
    }

    static func forgetChild(_ registration: Registration) { ayumi_cleanup_forget_child(registration.slot) }
}

/// Asked to stop by a signal, in the commands that finish the document in progress first
/// (`batch`, `watch`): the first SIGINT or SIGTERM sets it; a second, or SIGHUP, stops at once.
final class StopRequest: Sendable {
    /// From now on the first SIGINT or SIGTERM only asks to stop; `announce`: say so on
    /// standard error, and that a second stops at once (batch, whose documents take a while).
    func catchSignals(announce: Bool = false, language: Language = .current) {
        ayumi_cleanup_set_graceful(1, announce ? strdup(Message.stopAsked.text(in: language) + "\n") : nil)
    }

    var isRequested: Bool { ayumi_cleanup_stop_signal() != 0 }

    /// The signal that asked, as people know it: `Ctrl-C` for SIGINT, else its name.
    var signalName: String {
        switch ayumi_cleanup_stop_signal() {
        case SIGINT: "Ctrl-C"
        case SIGTERM: "SIGTERM"
        case 0: ""
        case let other: "signal \(other)"
        }
    }
}
