import Foundation

/// Time limits for the tests that guard against slow (quadratic) code, stretched when the suite
/// runs under a sanitizer.
///
/// The limits are set for a plain debug build, at two to three times what the work takes on an
/// idle machine: the suite runs its tests in parallel on CI's two cores, beside child processes
/// of other tests, and the same debug build measured 0.2 s and 0.52 s for the 1 MB CSV test. ThreadSanitizer slows work 5 to 15 times, so a
/// limit is multiplied by 15. AddressSanitizer costs about 2 times with its default, fast
/// unwinding (a limit × 12 covers it), but `Scripts/sanitize address` unwinds every allocation's
/// stack exactly, so that leaks in cairo can be told apart: then the 1 MB markup test takes 8 to
/// 15 s instead of 0.3 s, and a limit is multiplied by 60.
///
/// A quadratic pass still fails by far: the inputs are large enough that one would take minutes.
/// Which sanitizer is present is read from the process itself (its runtime's entry point), so
/// nothing needs to be set in the environment.
public enum TimeBound {
    /// The sanitizer this process was built with, if any: "address" or "thread".
    public static let sanitizer: String? = {
        let everywhere = UnsafeMutableRawPointer(bitPattern: 0)   // RTLD_DEFAULT
        if dlsym(everywhere, "__tsan_init") != nil { return "thread" }
        if dlsym(everywhere, "__asan_init") != nil { return "address" }
        return nil
    }()

    /// Whether AddressSanitizer unwinds allocation stacks exactly (see `Scripts/sanitize`).
    static let exactUnwinding = ProcessInfo.processInfo.environment["ASAN_OPTIONS"]?
        .contains("fast_unwind_on_malloc=0") ?? false

    /// `limit`, stretched for the sanitizer in use.
    public static func scaled(_ limit: Duration) -> Duration {
        switch sanitizer {
        case "thread": limit * 15
        case "address" where exactUnwinding: limit * 60
        case "address": limit * 12
        default: limit
        }
    }
}
