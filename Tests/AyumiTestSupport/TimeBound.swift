import Foundation

/// Time limits for the tests that guard against slow (quadratic) code, stretched when the suite
/// runs under a sanitizer.
///
/// The limits are set for a plain debug build. AddressSanitizer makes the same work about 1.5 to 2
/// times slower, ThreadSanitizer 5 to 15 times, so under them a limit is multiplied by 4 or 15.
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

    /// `limit`, stretched for the sanitizer in use.
    public static func scaled(_ limit: Duration) -> Duration {
        switch sanitizer {
        case "thread": limit * 15
        case "address": limit * 4
        default: limit
        }
    }
}
