import Foundation

/// The results as a table, each against its target: met or not met.
struct BuildsTable {
    let cases: [BuildCase]
    let results: [BuildResult]

    private struct Row {
        var cells: [String]
        var met: Bool
    }

    private var rows: [Row] {
        results.map { result in
            let target = cases.first { $0.name == result.name }!.target
            let (description, met) = judge(result, against: target)
            return Row(cells: [result.name, result.pages, Self.milliseconds(result.medianMilliseconds),
                               Self.milliseconds(result.fastestMilliseconds), String(format: "%.1f", result.peakMiB),
                               description, met ? "met" : "NOT MET"], met: met)
        }
    }

    var allMet: Bool { rows.allSatisfy(\.met) }

    var text: String {
        let header = ["benchmark", "pages", "median ms", "fastest ms", "peak MiB", "target", ""]
        let all = [header] + rows.map(\.cells)
        let widths = header.indices.map { column in all.map { $0[column].count }.max()! }
        let numeric: Set<Int> = [2, 3, 4]
        return all.map { cells in
            cells.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - cells[column].count)
                return numeric.contains(column) ? padding + cells[column] : cells[column] + padding
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    private func judge(_ result: BuildResult, against target: BuildCase.Target) -> (String, Bool) {
        switch target {
        case .under(let limit, let peakLimit):
            var description = limit >= 10_000 ? "< \(Int(limit / 1000)) s" : "< \(Int(limit)) ms"
            var met = result.medianMilliseconds < limit
            if let peakLimit {
                description += ", < \(Int(peakLimit)) MiB"
                met = met && result.peakMiB < peakLimit
            }
            return (description, met)
        case .linear(let base, let factor):
            guard let baseResult = results.first(where: { $0.name == base }) else {
                return (String(format: "≤ %.1f × %@ (not run)", factor, base), false)
            }
            let ratio = result.medianMilliseconds / baseResult.medianMilliseconds
            return (String(format: "≤ %.1f × %@ (%.2f ×)", factor, base, ratio), ratio <= factor)
        }
    }

    /// Milliseconds with one decimal; whole seconds for a batch.
    private static func milliseconds(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
