/// One whole-process benchmark: an `ayumi` command line, what it writes, and the target from the
/// performance issue (docs/performance.md) that its median must meet.
struct BuildCase {
    enum Output {
        /// One PDF at this path (`-o`).
        case file(String)
        /// A folder of PDFs (`batch -o`), emptied before each run.
        case folder(String)

        var path: String {
            switch self {
            case .file(let path), .folder(let path): path
            }
        }
    }

    enum Target {
        /// The median under `milliseconds`, and the peak memory under `peakMiB` when given.
        case under(milliseconds: Double, peakMiB: Double? = nil)
        /// The median at most `factor` times the median of the case named `base`.
        case linear(base: String, factor: Double)
    }

    var name: String
    /// The arguments after `ayumi`, `-o` and its path included.
    var arguments: [String]
    var output: Output
    var runs: Int
    var target: Target
}

/// What the runs of one case measured.
struct BuildResult {
    var name: String
    /// Pages of the PDF, or "documents × pages" for a batch.
    var pages: String
    var medianMilliseconds: Double
    var fastestMilliseconds: Double
    /// The largest peak of the child's resident memory over all runs.
    var peakMiB: Double
    var runs: Int
}
