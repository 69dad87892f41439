import Foundation

/// Safe, unique file names for a batch's documents, from a column of the people table.
///
/// A name keeps the person's own characters (kanji, kana) but loses what a file system or
/// another computer would refuse: `/ \ : * ? " < > |`, control characters, leading dots and
/// spaces, trailing dots and spaces. It is NFC-normalised (macOS gives NFD), cut to 180 bytes
/// of UTF-8 at a character boundary, and Windows' reserved names (`CON`, `NUL`, `COM1` …) get a
/// `_`. An empty name becomes `row-N`. Names that clash — compared without case, as Windows and
/// macOS do — get `-2`, `-3` … in row order, so the same table always gives the same names.
struct FileNamer {
    private var taken: Set<String> = []

    static let maximumBytes = 180

    mutating func name(for value: String, row: Int, extension ext: String = "pdf") -> String {
        var base = Self.sanitised(value)
        if base.isEmpty { base = "row-\(row)" }
        var candidate = base + "." + ext
        var counter = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(base)-\(counter).\(ext)"
            counter += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    static func sanitised(_ value: String) -> String {
        let forbidden: Set<Unicode.Scalar> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        var scalars = String.UnicodeScalarView()
        for scalar in value.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                scalars.append(" ")
            } else if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                continue
            } else if forbidden.contains(scalar) {
                scalars.append("_")
            } else {
                scalars.append(scalar)
            }
        }
        var name = String(scalars)
        while let first = name.first, first == "." || first == " " { name.removeFirst() }
        while let last = name.last, last == "." || last == " " { name.removeLast() }
        // Collapse runs of spaces, which spreadsheets often leave.
        while name.contains("  ") { name = name.replacingOccurrences(of: "  ", with: " ") }
        if name.utf8.count > maximumBytes {
            var cut = ""
            for character in name {
                if cut.utf8.count + String(character).utf8.count > maximumBytes { break }
                cut.append(character)
            }
            name = cut
            while let last = name.last, last == "." || last == " " { name.removeLast() }
        }
        let reserved = ["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] }
        if reserved.contains(name.uppercased()) { name += "_" }
        return name
    }
}
