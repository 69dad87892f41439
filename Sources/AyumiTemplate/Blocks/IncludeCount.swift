/// How many files `include` has read in one build (`Limits.includesPerBuild`).
///
/// A class, so the copies of `BlockReader` that `repeat` and `include` make all count into one
/// number: the limit is on the build, not on one branch of the includes.
final class IncludeCount {
    var value = 0
}
