import AyumiModel

/// A paragraph's inline content flattened into its plain text and the spans that need
/// different treatment (ruby bases, tate-chu-yoko, bold, emphasis, forced breaks).
struct Segments {
    enum Kind: Equatable {
        case text
        /// A ruby base with its readings (one for the whole base, or one per base character).
        case ruby(readings: [[Unicode.Scalar]])
        case tateChuYoko
        /// A forced line break; covers no text.
        case lineBreak
    }

    struct Segment {
        var range: Range<Int>
        var kind: Kind
        var bold: Bool
        var emphasis: Bool
    }

    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var segments: [Segment] = []

    init(_ content: [Inline]) {
        append(content, bold: false, emphasis: false)
    }

    private mutating func append(_ content: [Inline], bold: Bool, emphasis: Bool) {
        for inline in content {
            switch inline {
            case .text(let text):
                // A line break inside plain text (a resident's multi-line answer) is a forced break.
                var first = true
                for line in text.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    if !first { add("\n", .lineBreak, bold: bold, emphasis: emphasis) }
                    add(String(line), .text, bold: bold, emphasis: emphasis)
                    first = false
                }
            case .ruby(let ruby):
                add(ruby.base.text, .ruby(readings: ruby.readings.map { Array($0.text.unicodeScalars) }),
                    bold: bold, emphasis: emphasis)
            case .tateChuYoko(let text): add(text.text, .tateChuYoko, bold: bold, emphasis: emphasis)
            case .bold(let inner): append(inner, bold: true, emphasis: emphasis)
            case .emphasisDots(let inner): append(inner, bold: bold, emphasis: true)
            case .pageReference:
                // Layout replaces references by their page numbers before composing; one that
                // reaches here has nothing to show (and `sourceText` has no characters for it).
                break
            case .lineBreak:
                // The break stands for a "\n" in the text, so offsets stay those of `sourceText`.
                add("\n", .lineBreak, bold: bold, emphasis: emphasis)
            }
        }
    }

    private mutating func add(_ text: String, _ kind: Kind, bold: Bool, emphasis: Bool) {
        let start = scalars.count
        scalars.append(contentsOf: text.unicodeScalars)
        guard scalars.count > start else { return }
        if kind == .text, let last = segments.last, last.kind == .text, last.bold == bold, last.emphasis == emphasis,
           last.range.upperBound == start {
            segments[segments.count - 1].range = last.range.lowerBound..<scalars.count
        } else {
            segments.append(Segment(range: start..<scalars.count, kind: kind, bold: bold, emphasis: emphasis))
        }
    }
}
