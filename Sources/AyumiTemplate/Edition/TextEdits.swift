import AyumiModel

/// Edits to a file's text by position, applied together so that everything not edited —
/// comments, key order, quoting, blank lines — stays exactly as the person wrote it.
///
/// Positions are scalar offsets into the original text; `SourceLocation`s (1-based line and
/// column in Unicode scalars, as Yams marks them) convert to offsets through `offset(of:)`.
struct TextEdits {
    let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]
    private var edits: [(range: Range<Int>, replacement: String)] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The scalar offset of a line and column, if the text has them.
    func offset(of location: SourceLocation) -> Int? {
        guard location.line >= 1, location.line <= lineStarts.count else { return nil }
        let offset = lineStarts[location.line - 1] + location.column - 1
        return offset <= scalars.count ? offset : nil
    }

    /// The location of a scalar offset.
    func location(of offset: Int, file: String) -> SourceLocation {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(file: file, line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The offset where the line holding `offset` starts, and where it ends (before its `\n`).
    func line(around offset: Int) -> Range<Int> {
        var start = offset
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var end = offset
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return start..<end
    }

    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Whether `range` overlaps an edit already planned.
    func overlaps(_ range: Range<Int>) -> Bool {
        edits.contains { $0.range.overlaps(range) || ($0.range.isEmpty && range.contains($0.range.lowerBound)) }
    }

    /// Plans replacing `range` with `replacement`; refused (false) when it overlaps another edit.
    @discardableResult
    mutating func replace(_ range: Range<Int>, with replacement: String) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count, !overlaps(range) else { return false }
        edits.append((range, replacement))
        return true
    }

    /// Where an offset of the original text is once every edit is made (an offset inside an
    /// edit moves to the start of its replacement).
    func mappedOffset(_ offset: Int) -> Int {
        var shift = 0
        for edit in edits {
            if edit.range.upperBound <= offset {
                shift += edit.replacement.unicodeScalars.count - edit.range.count
            } else if edit.range.contains(offset) {
                return edit.range.lowerBound + shift
            }
        }
        return offset + shift
    }

    /// The text with every planned edit made.
    var result: String {
        var view = String.UnicodeScalarView()
        var cursor = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            view.append(contentsOf: scalars[cursor..<edit.range.lowerBound])
            view.append(contentsOf: edit.replacement.unicodeScalars)
            cursor = edit.range.upperBound
        }
        view.append(contentsOf: scalars[cursor...])
        return String(view)
    }
}
