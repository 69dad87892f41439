import Foundation

/// A value guarded by a lock, for the few caches that threads of one process share (the cairo
/// font faces, the batch's template pool).
///
/// Why not `Synchronization.Mutex`: on Linux it waits on the futex directly, which
/// ThreadSanitizer cannot see, so every access made under it is reported as a race (measured on
/// Swift 6.3.1: four threads appending under a `Mutex` give a report, the same under a pthread
/// mutex none). `NSLock` is a pthread mutex, which ThreadSanitizer understands, so the suite can
/// run under it as a gate and a report always means a real race.
public final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value while no other thread can touch it.
    public func withLock<Result, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
