import AyumiModel
import Yams

/// Finds where each character of a YAML scalar's value sits in the file.
///
/// A value differs from its source text: block scalars drop indentation, folded scalars turn
/// line breaks into spaces, quoted scalars drop quotes and escapes. Rather than re-implement
/// YAML, this walks the source from the scalar's start and matches the value's characters in
/// order, skipping source characters that are not in the value. Whenever a match does not
/// follow the previous one on the same line, a new `SourceMap` segment starts. The walk is
/// linear in the size of the scalar.
struct ScalarSourceMapper {
    /// The file's text as scalars, and the scalar offset where each line starts.
    private let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]
    private let path: String

    init(text: String, path: String) {
        self.scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        self.lineStarts = starts
        self.path = path
    }

    /// How far to look ahead for the next character of the value before giving up on this one
    /// (an escape like `\u3042` has no literal match); long enough for deep indentation.
    private static let lookahead = 96

    func sourceMap(for value: String, at mark: Mark?) -> SourceMap {
        guard let mark, mark.line - 1 < lineStarts.count else { return SourceMap(file: path, segments: []) }
        var cursor = lineStarts[mark.line - 1] + mark.column - 1
        var segments: [SourceMap.Segment] = []
        var previous: (line: Int, column: Int)?
        var line = mark.line
        for (offset, character) in value.unicodeScalars.enumerated() {
            guard let found = match(character, from: cursor) else { continue }
            while line < lineStarts.count, lineStarts[line] <= found { line += 1 }
            let column = found - lineStarts[line - 1] + 1
            if previous.map({ $0.line != line || $0.column + 1 != column }) ?? true {
                segments.append(SourceMap.Segment(offset: offset, line: line, column: column))
            }
            previous = (line, column)
            cursor = found + 1
        }
        if segments.isEmpty || segments[0].offset != 0 {
            segments.insert(SourceMap.Segment(offset: 0, line: mark.line, column: mark.column), at: 0)
        }
        return SourceMap(file: path, segments: segments)
    }

    /// The next source position at or after `start` that shows `character` (a value's space
    /// may come from a folded line break).
    private func match(_ character: Unicode.Scalar, from start: Int) -> Int? {
        var index = start
        let end = min(scalars.count, start + Self.lookahead)
        while index < end {
            let source = scalars[index]
            if source == character || (character == " " && source == "\n") { return index }
            index += 1
        }
        return nil
    }
}
