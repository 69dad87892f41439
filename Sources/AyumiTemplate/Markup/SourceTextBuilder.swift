import AyumiModel

/// Builds a `SourceText` from ranges of a `ScalarSource`, in time proportional to what it copies.
///
/// Each appended range brings the locations of its characters. A range that continues the
/// previous one on the same source line extends the last `SourceMap` segment instead of adding
/// one, so text joined around an escape (`a\*b`) keeps one segment per source line.
struct SourceTextBuilder {
    let file: String
    /// Kept as an array until `build()`: `String.UnicodeScalarView.append(contentsOf:)` copies the
    /// whole string on every call, which would make building a long text quadratic.
    private var scalars: [Unicode.Scalar] = []
    private var segments: [SourceMap.Segment] = []
    /// Scalars appended so far.
    private(set) var count = 0
    /// The last scalar appended, if any.
    private(set) var last: Unicode.Scalar?

    init(file: String) { self.file = file }

    init(for source: ScalarSource) { self.init(file: source.sourceMap.file) }

    var isEmpty: Bool { count == 0 }

    /// Appends `source[range]` with the location of each of its scalars.
    mutating func append(_ range: Range<Int>, of source: ScalarSource) {
        guard !range.isEmpty else { return }
        scalars.append(contentsOf: source.scalars[range])
        let sourceSegments = source.sourceMap.segments
        let sourceFile = source.sourceMap.file == file ? nil : source.sourceMap.file
        if !sourceSegments.isEmpty {
            var index = source.segmentIndex(containing: range.lowerBound)
            while index < sourceSegments.count, sourceSegments[index].offset < range.upperBound {
                let segment = sourceSegments[index]
                let start = max(segment.offset, range.lowerBound)
                addSegment(offset: count + start - range.lowerBound, line: segment.line,
                           column: segment.column + start - segment.offset, file: segment.file ?? sourceFile)
                index += 1
            }
        }
        count += range.count
        last = source.scalars[range.upperBound - 1]
    }

    /// Appends a whole `SourceText`, keeping its locations.
    mutating func append(_ text: SourceText) {
        var added = 0
        for scalar in text.text.unicodeScalars {
            scalars.append(scalar)
            last = scalar
            added += 1
        }
        let textFile = text.sourceMap.file == file ? nil : text.sourceMap.file
        for segment in text.sourceMap.segments where segment.offset < added {
            addSegment(offset: count + segment.offset, line: segment.line, column: segment.column,
                       file: segment.file ?? textFile)
        }
        count += added
    }

    /// Appends text Ayumi made itself (a joining space); it takes the location after the text before it.
    mutating func append(generated text: String) {
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            last = scalar
            count += 1
        }
    }

    /// The text built so far.
    func build() -> SourceText {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return SourceText(String(text), sourceMap: SourceMap(file: file, segments: segments))
    }

    private mutating func addSegment(offset: Int, line: Int, column: Int, file: String? = nil) {
        if let previous = segments.last, previous.file == file, previous.line == line,
           previous.column + (offset - previous.offset) == column {
            return
        }
        segments.append(SourceMap.Segment(offset: offset, line: line, column: column, file: file))
    }
}
