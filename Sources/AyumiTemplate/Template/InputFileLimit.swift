import AyumiModel
import Foundation

/// The size limit on one input text file (`Limits.bytesPerInputFile`), checked from the file's
/// size on disk before any of it is read, so a huge file costs nothing.
public enum InputFileLimit {
    /// An error at the file's start when `path` is larger than the limit; `nil` when it is not
    /// (or its size cannot be known: reading it then reports why).
    public static func check(_ path: String) -> Diagnostic? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
        return check(byteCount: size, path: path)
    }

    /// The same check for bytes already in memory.
    public static func check(byteCount: Int, path: String) -> Diagnostic? {
        guard byteCount > Limits.bytesPerInputFile else { return nil }
        return .error(at: SourceLocation(file: path, line: 1, column: 1),
                      "this file is \(megabytes(byteCount)) MB, more than the \(megabytes(Limits.bytesPerInputFile)) MB Ayumi reads from one file",
                      hints: [hint])
    }

    /// What to do about a file that is too large (also said when aliases expand past the limit).
    public static let hint = "split it into several files (a table into several batches, a long text into several documents)"

    /// `4` for 4 MiB, `100.5` for a bit over 100 MiB: one decimal only when it is not whole.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
