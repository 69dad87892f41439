import AyumiModel
import Foundation

/// A private temporary file next to what it becomes: `.ayumi-partial-<pid>-XXXXXX<suffix>`.
///
/// Created by mkstemps, so it is new, unique and 0600 from its first byte, and registered with
/// `ExitCleanup` before that byte, so SIGINT, SIGTERM or SIGHUP remove it. The name carries the
/// owner's process id: what SIGKILL (or a power cut) leaves is removed by the next run that
/// writes into the same folder (`sweep`), once that process is gone.
struct TemporaryFile {
    static let prefix = ".ayumi-partial-"

    let path: String
    let descriptor: Int32
    private let registration: ExitCleanup.Registration

    /// Creates one in `folder`, after sweeping what earlier runs left there.
    static func create(in folder: String, suffix: String = "") throws(OutputError) -> TemporaryFile {
        sweep(folder)
        let pattern = folder + "/" + prefix + "\(getpid())-XXXXXX" + suffix
        var bytes = Array(pattern.utf8CString)
        // The handler reads the slot while mkstemps fills the name in, so the name is
        // registered only once it is complete: the file exists unregistered for the time of
        // one call, and a signal then leaves it to the next run's sweep.
        let descriptor = bytes.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
        guard descriptor >= 0 else { throw OutputError.system(folder, errno) }
        let path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            let registration = try ExitCleanup.register(path)
            return TemporaryFile(path: path, descriptor: descriptor, registration: registration)
        } catch {
            close(descriptor)
            unlink(path)
            throw OutputError.system(folder, EMFILE)
        }
    }

    /// Writes all of `bytes` (retrying short writes and EINTR).
    func write(_ bytes: some Collection<UInt8>) throws(OutputError) {
        let failure: Int32? = Array(bytes).withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
        if let failure { throw OutputError.system(path, failure) }
    }

    /// Gives the file its final mode, makes it durable, closes it and renames it over `target`.
    /// The rename is atomic: readers see the old file or the whole new one.
    /// The mode is set after fsync: a temporary left by SIGKILL at any moment before the
    /// rename is still 0600.
    func commit(to target: String, mode: mode_t) throws(OutputError) {
        if fsync(descriptor) != 0 || fchmod(descriptor, mode) != 0 {
            let failure = errno
            discard()
            throw OutputError.system(target, failure)
        }
        close(descriptor)
        guard rename(path, target) == 0 else {
            let failure = errno
            unlink(path)
            registration.forget()
            throw OutputError.system(target, failure)
        }
        registration.forget()
    }

    /// Closes (if open) and removes the file.
    func discard() {
        close(descriptor)
        unlink(path)
        registration.forget()
    }

    /// Closes the descriptor, keeping the (registered) file for a reader such as the binder.
    func closeKeeping() -> KeptFile {
        close(descriptor)
        return KeptFile(path: path, registration: registration)
    }

    /// A closed temporary file still registered for removal.
    struct KeptFile: Sendable {
        let path: String
        fileprivate let registration: ExitCleanup.Registration
        func remove() {
            unlink(path)
            registration.forget()
        }
    }

    // MARK: - The sweep

    private static let swept = Locked<Set<String>>([])

    /// Removes `.ayumi-partial-<pid>-…` entries of `folder` whose process is gone; once a
    /// folder a run. Another running Ayumi's files (its process alive) are left alone.
    static func sweep(_ folder: String) {
        // Under the lock, so a parallel job's first temporary waits for the sweep to end.
        swept.withLock { done in
            guard done.insert(folder).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names where name.hasPrefix(prefix) {
                guard let pid = ownerProcess(name), isGone(pid) else { continue }
                unlink(folder + "/" + name)
            }
        }
    }

    /// The process id in a temporary's name.
    static func ownerProcess(_ name: String) -> pid_t? {
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-") else { return nil }
        return pid_t(rest[..<dash])
    }

    /// Whether no process has this id (this one counts as gone: its own live files are
    /// registered and swept only before it makes any in the folder).
    private static func isGone(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}
