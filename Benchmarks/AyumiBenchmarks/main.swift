import Foundation

/// Benchmarks for Ayumi, run from a release build at the repository's root:
///
///     swift build -c release   # every product (given several --product flags, SwiftPM builds only the last)
///     .build/release/ayumi-bench [compose|layout|builds|all]
///
/// `compose` and `layout` time the hot paths in this process; `builds` runs the real `ayumi`
/// executable as a child process (time and peak memory of whole builds). Each prints the median
/// and the fastest of several runs; docs/performance.md records them.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first ?? "compose" {
case "compose": composeBenchmark()
case "layout": layoutBenchmark()
case "builds": BuildsBenchmark(arguments: Array(arguments.dropFirst())).run()
case "all":
    let builds = BuildsBenchmark(arguments: Array(arguments.dropFirst()))
    composeBenchmark()
    layoutBenchmark()
    builds.run()
case let which:
    print("unknown benchmark \(which); known: compose, layout, builds, all")
    exit(2)
}
