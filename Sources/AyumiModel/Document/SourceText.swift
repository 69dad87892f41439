/// Text together with where each of its characters came from.
///
/// The text may come from a YAML scalar spread over several lines (a literal block), so its
/// characters do not sit at one line and consecutive columns. `SourceMap` records the start of
/// every stretch that does, and finds any character's location by binary search, so a 1 MB
/// body costs one entry per source line, not one per character.
public struct SourceText: Hashable, Sendable {
    public var text: String
    public var sourceMap: SourceMap

    public init(_ text: String, sourceMap: SourceMap) {
        self.text = text
        self.sourceMap = sourceMap
    }

    /// Text made by Ayumi itself (no user file to point at).
    public init(generated text: String) {
        self.text = text
        self.sourceMap = SourceMap(file: "<generated>", segments: [])
    }

    /// The location of the Unicode scalar at `offset` (counted in scalars from the start of `text`).
    public func location(ofScalarAt offset: Int) -> SourceLocation? { sourceMap.location(ofScalarAt: offset) }

    /// A slice of this text, from scalar offset `start` with `count` scalars, keeping its locations.
    public func slice(scalarOffset start: Int, count: Int) -> SourceText {
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return SourceText(String(view), sourceMap: sourceMap.shifted(by: start).truncated(to: count))
    }
}

/// Maps scalar offsets in a piece of text to file locations.
public struct SourceMap: Hashable, Sendable {
    /// A stretch of text whose scalars sit on one source line at consecutive columns.
    public struct Segment: Hashable, Sendable {
        /// Scalar offset in the text where the stretch begins.
        public var offset: Int
        public var line: Int
        public var column: Int
        /// The file the stretch comes from when it is not the map's own `file`: text that joins
        /// a template's words with a data file's value (`電話 {{ place.電話番号 }}`).
        public var file: String?
        public init(offset: Int, line: Int, column: Int, file: String? = nil) {
            self.offset = offset
            self.line = line
            self.column = column
            self.file = file
        }
    }

    /// The file most of the text comes from; a segment may name another.
    public var file: String
    /// Sorted by `offset`; the first starts at 0 unless the map is empty.
    public var segments: [Segment]

    public init(file: String, segments: [Segment]) {
        self.file = file
        self.segments = segments
    }

    /// Text that sits on one line starting at `location`.
    public init(startingAt location: SourceLocation) {
        self.init(file: location.file, segments: [Segment(offset: 0, line: location.line, column: location.column)])
    }

    public func location(ofScalarAt offset: Int) -> SourceLocation? {
        guard !segments.isEmpty else { return nil }
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        let segment = segments[low]
        return SourceLocation(file: segment.file ?? file, line: segment.line,
                              column: segment.column + max(0, offset - segment.offset))
    }

    /// The same map for text cut to its first `count` scalars (later segments dropped, so
    /// appending after it keeps the segments sorted).
    public func truncated(to count: Int) -> SourceMap {
        guard let last = segments.last, last.offset >= count else { return self }
        var kept = segments.filter { $0.offset < count }
        if kept.isEmpty, let first = segments.first { kept = [first] }
        return SourceMap(file: file, segments: kept)
    }

    /// The same map for the text that starts `offset` scalars later.
    public func shifted(by offset: Int) -> SourceMap {
        guard offset != 0, !segments.isEmpty else { return self }
        var result: [Segment] = []
        for segment in segments {
            let start = segment.offset - offset
            if start <= 0 {
                result = [Segment(offset: 0, line: segment.line, column: segment.column - start, file: segment.file)]
            } else {
                result.append(Segment(offset: start, line: segment.line, column: segment.column, file: segment.file))
            }
        }
        return SourceMap(file: file, segments: result)
    }
}

extension SourceText {
    /// This text followed by `other`, each character keeping its own location.
    public func appending(_ other: SourceText) -> SourceText {
        let offset = text.unicodeScalars.count
        var segments = sourceMap.segments
        let file = sourceMap.segments.isEmpty ? other.sourceMap.file : sourceMap.file
        // Text from another file keeps its own file name, segment by segment.
        let otherFile = other.sourceMap.file == file ? nil : other.sourceMap.file
        segments.append(contentsOf: other.sourceMap.segments.map {
            SourceMap.Segment(offset: $0.offset + offset, line: $0.line, column: $0.column, file: $0.file ?? otherFile)
        })
        return SourceText(text + other.text, sourceMap: SourceMap(file: file, segments: segments))
    }
}
