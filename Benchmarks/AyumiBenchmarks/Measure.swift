import Foundation

/// The middle value of the runs: one slow run (another process taking the core) does not move it.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// A duration in milliseconds, for printing.
func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Times `body` in this process `runs` times and prints the median and the fastest run.
func measure(_ name: String, runs: Int, unit: String = "lines", _ body: () -> Int) {
    var times: [Double] = []
    var result = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        result = body()
        times.append(milliseconds(ContinuousClock.now - start))
    }
    print("\(name): median \(String(format: "%.1f", median(times))) ms, fastest \(String(format: "%.1f", times.min()!)) ms over \(runs) runs (\(result) \(unit))")
}
