import AyumiModel

/// The content of ruby (`{…}`) or 縦中横 (`^…^`): plain text and escapes, up to the closing
/// character on the same line.
struct PlainSpan {
    /// The text between separators: for ruby, the base and then each reading.
    var parts: [SourceTextBuilder]
    /// Where each `|` is (ruby only); `separators[k]` comes before `parts[k + 1]`.
    var separators: [Int] = []
    /// Where the closing `}` or `^` is.
    var end: Int = 0
    /// Mistakes inside, reported only if the span turns out to be closed (an unclosed opener is
    /// read again as text, which finds them anew).
    var problems: [MarkupProblem.Found] = []
    /// Where a `{` inside ruby is.
    var nestedRuby: Int?

    enum Scan {
        case closed(PlainSpan)
        /// The line (or the text) ended first, at `lineEnd`.
        case unclosed(lineEnd: Int)
    }
}

extension MarkupParser {
    /// Reads plain content from `start` up to `closer`. In ruby, `|` separates the parts.
    func scanPlainSpan(from start: Int, closer: Unicode.Scalar, in container: MarkupProblem.PlainContainer) -> PlainSpan.Scan {
        var span = PlainSpan(parts: [SourceTextBuilder(for: source)])
        var offset = start
        while offset < source.count {
            let scalar = source[offset]
            switch scalar {
            case "\n":
                return .unclosed(lineEnd: offset)
            case closer:
                span.end = offset
                return .closed(span)
            case "\\":
                guard offset + 1 < source.count, lineBreakLength(at: offset + 1) == 0 else {
                    return .unclosed(lineEnd: offset + 1)
                }
                let escaped = source[offset + 1]
                if InlineMarkupParser.escapableCharacters.contains(escaped) {
                    span.parts[span.parts.count - 1].append((offset + 1)..<(offset + 2), of: source)
                } else {
                    span.problems.append(.init(offset, .unknownEscape(escaped)))
                    span.parts[span.parts.count - 1].append(offset..<(offset + 2), of: source)
                }
                offset += 2
            case "|" where container == .ruby:
                span.separators.append(offset)
                span.parts.append(SourceTextBuilder(for: source))
                offset += 1
            case "{" where container == .ruby:
                if span.nestedRuby == nil {
                    span.nestedRuby = offset
                    span.problems.append(.init(offset, .rubyInsideRuby))
                }
                offset += 1
            default:
                let length = startsMarkup(at: offset) ? (scalar == "*" || scalar == "《" || scalar == "》" ? 2 : 1) : 0
                if length > 0 {
                    // Markup with no meaning here: reported, and kept as text.
                    let marker = String(String.UnicodeScalarView(source.scalars[offset..<(offset + length)]))
                    span.problems.append(.init(offset, .markupInside(marker, container)))
                    span.parts[span.parts.count - 1].append(offset..<(offset + length), of: source)
                    offset += length
                } else {
                    let end = endOfPlainText(from: offset + 1, stoppingAt: closer)
                    span.parts[span.parts.count - 1].append(offset..<end, of: source)
                    offset = end
                }
            }
        }
        return .unclosed(lineEnd: source.count)
    }
}
