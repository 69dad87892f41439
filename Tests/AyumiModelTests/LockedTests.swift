import AyumiModel
import Dispatch
import Testing

@Suite("Locked values")
struct LockedTests {
    /// Eight threads adding at once lose no update; under ThreadSanitizer this also shows the lock
    /// is one the sanitizer can see (a `Synchronization.Mutex` here is reported as a race).
    @Test("updates from many threads at once are all kept")
    func concurrentUpdates() {
        let total = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { total.withLock { $0 += 1 } }
        }
        #expect(total.withLock { $0 } == 80_000)
    }

    @Test("an error thrown inside leaves the lock free for the next caller")
    func throwingBody() {
        struct Refused: Error {}
        let value = Locked(1)
        #expect(throws: Refused.self) { try value.withLock { (_: inout Int) throws(Refused) in throw Refused() } }
        #expect(value.withLock { $0 += 1; return $0 } == 2)
    }
}
