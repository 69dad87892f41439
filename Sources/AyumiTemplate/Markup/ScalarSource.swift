import AyumiModel

/// A `SourceText` unpacked into an array of Unicode scalars, for parsers that walk it by offset.
///
/// `SourceText.slice` counts from the start of the string on every call, so slicing a long text
/// piece by piece costs time proportional to the square of its length. Parsers here index this
/// array instead and build their results with `SourceTextBuilder`, which copies each range once.
struct ScalarSource {
    let scalars: [Unicode.Scalar]
    let sourceMap: SourceMap

    init(_ text: SourceText) {
        self.scalars = Array(text.text.unicodeScalars)
        self.sourceMap = text.sourceMap
    }

    var count: Int { scalars.count }

    subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The scalar at `offset`, or `nil` past the end (for looking one ahead without a bounds check).
    func scalar(at offset: Int) -> Unicode.Scalar? { offset < scalars.count ? scalars[offset] : nil }

    /// Where the scalar at `offset` sits in its file.
    func location(of offset: Int) -> SourceLocation? { sourceMap.location(ofScalarAt: offset) }

    /// The index of the last segment that starts at or before `offset` (segments are sorted).
    func segmentIndex(containing offset: Int) -> Int {
        let segments = sourceMap.segments
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

// MARK: - Characters

extension Unicode.Scalar {
    /// Whether this scalar belongs to the character before it rather than standing alone:
    /// a variation selector (VS1–VS16, VS17–VS256, as in 葛󠄀) or a combining kana voiced or
    /// semi-voiced sound mark (U+3099, U+309A).
    var attachesToPrevious: Bool {
        switch value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x3099, 0x309A: true
        default: false
        }
    }
}

extension Collection where Element == Unicode.Scalar {
    /// The number of characters a reader sees, counting a base character and the variation
    /// selector or combining mark after it as one.
    var visibleCharacterCount: Int {
        var count = 0
        for (index, scalar) in zip(0..., self) where index == 0 || !scalar.attachesToPrevious { count += 1 }
        return count
    }
}
