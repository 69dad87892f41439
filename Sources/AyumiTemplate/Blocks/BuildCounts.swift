/// What one build has read and made so far, for the limits that bound it as a whole
/// (`Limits.includesPerBuild`, `Limits.blocksPerDocument`).
///
/// A class, so the copies of `BlockReader` that `repeat` and `include` make all count into the
/// same numbers: the limits are on the build, not on one branch of the includes or one item.
final class BuildCounts {
    /// Files read through `include`, each time it is included.
    var includes = 0
    /// Blocks of the template read, each time a `repeat` or an `include` reads it again.
    var blocks = 0
}
