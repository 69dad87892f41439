import AyumiRender
import Foundation
import Testing

/// Compares a rendered page with a PNG golden under Goldens/, allowing for anti-aliasing: a
/// pixel matches if every channel is within `tolerance` of the golden's pixel or of one of its
/// 8 neighbours (an edge moved by a fraction of a pixel), and at most `allowedMismatch` of the
/// pixels may differ beyond that. `AYUMI_RECORD=1` rewrites the golden and fails the test.
enum ImageGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens").path

    static func check(_ actual: Bitmap, name: String, tolerance: Int = 40, allowedMismatch: Double = 0.001,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder + "/" + name
        let png = try actual.png()
        if ProcessInfo.processInfo.environment["AYUMI_RECORD"] == "1" {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(png).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(path) (\(png.count) bytes); run again without AYUMI_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("no golden image \(path); record it with AYUMI_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expected = try Bitmap(png: [UInt8](data))
        guard expected.width == actual.width, expected.height == actual.height else {
            Issue.record("\(name): \(actual.width)×\(actual.height) pixels, the golden has \(expected.width)×\(expected.height)",
                         sourceLocation: sourceLocation)
            return
        }
        let mismatched = mismatches(actual, expected, tolerance: tolerance)
        let share = Double(mismatched) / Double(actual.width * actual.height)
        if share > allowedMismatch {
            let saved = NSTemporaryDirectory() + "actual-" + name
            try? Data(png).write(to: URL(fileURLWithPath: saved))
            Issue.record("\(name): \(mismatched) pixels differ from the golden (more than \(allowedMismatch * 100) %); this run's image is \(saved)",
                         sourceLocation: sourceLocation)
        }
    }

    static func mismatches(_ a: Bitmap, _ b: Bitmap, tolerance: Int) -> Int {
        func close(_ x: Int, _ y: Int, _ u: Int, _ v: Int) -> Bool {
            let i = (y * a.width + x) * 4, j = (v * b.width + u) * 4
            for channel in 0..<3 where abs(Int(a.pixels[i + channel]) - Int(b.pixels[j + channel])) > tolerance { return false }
            return true
        }
        var count = 0
        for y in 0..<a.height {
            for x in 0..<a.width where !close(x, y, x, y) {
                var found = false
                search: for v in max(0, y - 1)...min(b.height - 1, y + 1) {
                    for u in max(0, x - 1)...min(b.width - 1, x + 1) where close(x, y, u, v) {
                        found = true
                        break search
                    }
                }
                if !found { count += 1 }
            }
        }
        return count
    }
}
