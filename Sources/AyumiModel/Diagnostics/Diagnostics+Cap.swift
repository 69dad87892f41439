extension Diagnostics {
    /// The first `limit` diagnostics of each file, in their order, and after the last of a file
    /// one more that says how many of that file's were left out (`Limits.messagesPerFile`).
    ///
    /// A long line of broken markup, or a table with thousands of unknown columns, can make
    /// thousands of messages; nobody reads past the first screens, and printing them all took
    /// minutes. Diagnostics that belong to no file are all kept. The summary is an error when
    /// any message left out is one (so the count of errors a reader sees is never zero by
    /// mistake), a warning otherwise, and is placed at the first message it stands for.
    public func cappedPerFile(_ limit: Int = Limits.messagesPerFile) -> Diagnostics {
        var shown: [String: Int] = [:]
        var leftOut: [String: (first: Diagnostic, count: Int, hasError: Bool)] = [:]
        for diagnostic in all {
            guard let file = diagnostic.location?.file else { continue }
            shown[file, default: 0] += 1
            guard shown[file]! > limit else { continue }
            if var entry = leftOut[file] {
                entry.count += 1
                entry.hasError = entry.hasError || diagnostic.severity == .error
                leftOut[file] = entry
            } else {
                leftOut[file] = (diagnostic, 1, diagnostic.severity == .error)
            }
        }
        guard !leftOut.isEmpty else { return self }
        var seen: [String: Int] = [:]
        var result: [Diagnostic] = []
        result.reserveCapacity(all.count)
        for diagnostic in all {
            guard let file = diagnostic.location?.file else { result.append(diagnostic); continue }
            seen[file, default: 0] += 1
            let count = seen[file]!
            if count <= limit { result.append(diagnostic) }
            if count == limit, let entry = leftOut[file] {
                result.append(Diagnostic(entry.hasError ? .error : .warning, at: entry.first.location,
                                         "and \(entry.count) more problems in this file, not shown (Ayumi shows the first \(limit) of a file)",
                                         hints: ["fix the ones shown and run again; the same mistake repeated is often one cause"]))
            }
        }
        return Diagnostics(result)
    }
}
