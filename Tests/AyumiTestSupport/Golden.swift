import Foundation
import Testing

/// Compares text with a golden file beside the tests; `AYUMI_RECORD=1` rewrites the file and
/// fails the test, so a recording run can never pass silently.
public enum Golden {
    public static func check(_ actual: String, file name: String, folder: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let path = folder + "/Goldens/" + name
        if ProcessInfo.processInfo.environment["AYUMI_RECORD"] == "1" {
            try? FileManager.default.createDirectory(atPath: folder + "/Goldens", withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path); run again without AYUMI_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden file \(path); record it with AYUMI_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let want = first < a.count ? String(a[first]) : "<end>"
            let got = first < b.count ? String(b[first]) : "<end>"
            Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)",
                         sourceLocation: sourceLocation)
        }
    }
}
