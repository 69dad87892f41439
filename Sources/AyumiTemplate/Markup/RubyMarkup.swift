import AyumiModel

/// Ruby: `{漢字|かんじ}` (one reading for the whole base) or `{漢字|かん|じ}` (one per character).
extension MarkupParser {
    mutating func ruby(at open: Int) -> Int {
        guard !withoutClosingBrace.contains(open) else { return unclosedRuby(at: open) }
        switch scanPlainSpan(from: open + 1, closer: "}", in: .ruby) {
        case .unclosed(let lineEnd):
            withoutClosingBrace = open..<lineEnd
            return unclosedRuby(at: open)
        case .closed(let span):
            problems.append(contentsOf: span.problems)
            if span.nestedRuby != nil { return endOfNestedRuby(after: span.end) }
            if let ruby = validRuby(span, at: open) {
                stack.append(.ruby(ruby))
            } else {
                stack.appendText(span.parts[0].build())
            }
            return span.end + 1
        }
    }

    /// Reports an unclosed `{` and keeps it as text; reading goes on just after it.
    private mutating func unclosedRuby(at open: Int) -> Int {
        report(.unclosedRuby, at: open)
        stack.appendText(open..<(open + 1))
        return open + 1
    }

    /// The ruby `span` describes, or `nil` after reporting what is wrong with it.
    ///
    /// Spaces around the bars are left out (`{漢字 | かんじ}` reads as `{漢字|かんじ}`): ruby never
    /// sets them, and they would upset the count of base characters.
    private mutating func validRuby(_ span: PlainSpan, at open: Int) -> Ruby? {
        guard span.parts.count > 1 else {
            report(.rubyWithoutReading, at: open)
            return nil
        }
        let parts = span.parts.map { $0.build().trimmingSpaces() }
        var valid = true
        if parts[0].text.isEmpty {
            report(.emptyRubyBase, at: span.separators[0])
            valid = false
        }
        for (index, reading) in parts.enumerated().dropFirst() where reading.text.isEmpty {
            report(.emptyReading, at: span.separators[index - 1])
            valid = false
        }
        guard valid else { return nil }
        let base = parts[0]
        let readings = Array(parts.dropFirst())
        let characters = base.text.unicodeScalars.visibleCharacterCount
        if readings.count > 1, readings.count != characters {
            report(.readingCountMismatch(expected: characters, found: readings.count), at: open)
            return nil
        }
        return Ruby(base: base, readings: readings)
    }

    /// `{{ name }}` left over from a template: reported once, and kept as text up to its `}}`
    /// (or its first `}` on this line) so its braces are not reported again.
    mutating func placeholder(at open: Int) -> Int {
        report(.unfilledPlaceholder, at: open)
        var end = open + 2
        if let close = closingBrace(from: open + 2) {
            end = source.scalar(at: close + 1) == "}" ? close + 2 : close + 1
        }
        stack.appendText(open..<end)
        return end
    }

    /// The first `}` from `start` on the same line, skipping escapes; remembers when there is none.
    private mutating func closingBrace(from start: Int) -> Int? {
        guard !withoutClosingBrace.contains(start) else { return nil }
        var offset = start
        search: while offset < source.count {
            switch source[offset] {
            case "}":
                return offset
            case "\n":
                break search
            case "\\":
                if offset + 1 == source.count || lineBreakLength(at: offset + 1) > 0 { break search }
                offset += 2
            default:
                offset += 1
            }
        }
        withoutClosingBrace = start..<offset
        return nil
    }

    /// After `{漢{字|じ}…`, where the first `}` closed the inner ruby: skips the outer ruby's
    /// rest (`|かんじ}`) so it is not reported again as a stray `|` and `}`, unless another `{`
    /// or the end of the line comes first.
    private mutating func endOfNestedRuby(after innerEnd: Int) -> Int {
        var offset = innerEnd + 1
        while offset < source.count {
            switch source[offset] {
            case "}": return offset + 1
            case "{", "\n": return stopSkipping(at: offset, from: innerEnd + 1)
            case "\\":
                if offset + 1 == source.count || lineBreakLength(at: offset + 1) > 0 {
                    return stopSkipping(at: offset + 1, from: innerEnd + 1)
                }
                offset += 2
            default: offset += 1
            }
        }
        return stopSkipping(at: source.count, from: innerEnd + 1)
    }

    private mutating func stopSkipping(at stop: Int, from resume: Int) -> Int {
        if stop >= source.count || source[stop] != "{" { withoutClosingBrace = resume..<stop }
        return resume
    }
}

extension SourceText {
    /// This text without spaces (ASCII, tab or full-width) at either end, keeping its locations.
    func trimmingSpaces() -> SourceText {
        let scalars = Array(text.unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        var start = 0, end = scalars.count
        while start < end, isSpace(scalars[start]) { start += 1 }
        while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        return start == 0 && end == scalars.count ? self : slice(scalarOffset: start, count: end - start)
    }
}
