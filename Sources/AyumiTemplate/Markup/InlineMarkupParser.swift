import AyumiModel

/// Turns text with inline markup into `[Inline]`: ruby, bold, emphasis dots, 縦中横 and line breaks.
///
/// The markup is the same in every text a template or data file holds (docs/templates.md,
/// "Inline markup"):
///
/// | markup | result |
/// |---|---|
/// | `{漢字|かんじ}` | ruby, one reading for the whole base (group ruby) |
/// | `{漢字|かん|じ}` | ruby, one reading per base character |
/// | `**大切**` | bold |
/// | `《《大切》》` | emphasis dots (圏点) |
/// | `^12^` | 縦中横, one to four characters set upright in vertical text |
/// | `\` at the end of a line | a line break |
/// | `\{ \} \| \* \《 \》 \^ \\` | the character itself |
///
/// Bold and emphasis may hold any other markup; ruby and 縦中横 hold plain text and escapes.
/// Text between markup comes out as few `.text` inlines as possible, and every character,
/// ruby base and reading keeps its source location.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let inlines = InlineMarkupParser.parse(text, diagnostics: &diagnostics)  // text: SourceText
/// // "{人生会議|じんせいかいぎ}は**何度でも**" → [.ruby(…), .text("は"), .bold([.text("何度でも")])]
/// ```
///
/// Every mistake is reported at the character it is about, in the order of the text, and the
/// parser goes on after it. The parser walks the text once: a 1 MB body takes time in
/// proportion to its length.
public enum InlineMarkupParser {
    /// Parses `text`, appending a located diagnostic for each mistake.
    public static func parse(_ text: SourceText, diagnostics: inout Diagnostics) -> [Inline] {
        var parser = MarkupParser(source: ScalarSource(text))
        let inlines = parser.run()
        diagnostics.append(contentsOf: parser.diagnostics())
        return inlines
    }

    /// The characters a backslash turns into themselves.
    static let escapableCharacters: Set<Unicode.Scalar> = ["{", "}", "|", "*", "《", "》", "^", "[", "\\"]
}

/// One run of the parser over one text.
struct MarkupParser {
    let source: ScalarSource
    var stack: InlineStack
    var problems: [MarkupProblem.Found] = []
    /// Offsets where a search for `}` reached the end of the line without finding one, so a `{`
    /// inside cannot be closed and a `|` inside belongs to a broken ruby already reported.
    /// Remembering this keeps a line full of `{` linear.
    var withoutClosingBrace: Range<Int> = 0..<0

    init(source: ScalarSource) {
        self.source = source
        self.stack = InlineStack(source: source)
    }

    mutating func run() -> [Inline] {
        var offset = 0
        while offset < source.count { offset = step(at: offset) }
        return stack.finish(problems: &problems)
    }

    /// Reads the markup or text that starts at `offset`; returns where the next one starts.
    private mutating func step(at offset: Int) -> Int {
        let next = source.scalar(at: offset + 1)
        switch source[offset] {
        case "\\": return escape(at: offset)
        case "{" where next == "{": return placeholder(at: offset)
        case "{": return ruby(at: offset)
        case "^": return tateChuYoko(at: offset)
        case "[" where next == "[": return pageReference(at: offset)
        case "}": return stray(.strayClosingBrace, at: offset)
        case "|" where withoutClosingBrace.contains(offset):
            // Part of a `{` already reported as unclosed: one mistake, one message.
            return plainText(at: offset)
        case "|": return stray(.strayBar, at: offset)
        case "*" where next == "*": return bold(at: offset)
        case "《" where next == "《": return openEmphasis(at: offset)
        case "》" where next == "》": return closeEmphasis(at: offset)
        default: return plainText(at: offset)
        }
    }

    /// The problems found, as diagnostics in the order of the text.
    func diagnostics() -> [Diagnostic] {
        let ordered = problems.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
        return ordered.map { _, found in
            let (message, hints) = found.problem.diagnostic
            return Diagnostic(found.problem.isError ? .error : .warning, at: source.location(of: found.offset),
                              message, hints: hints)
        }
    }

    mutating func report(_ problem: MarkupProblem, at offset: Int) {
        problems.append(.init(offset, problem))
    }

    // MARK: - Text and escapes

    /// Whether markup (or a character that must be escaped) starts at `offset`.
    func startsMarkup(at offset: Int) -> Bool {
        source.scalars.withUnsafeBufferPointer { Self.startsMarkup(in: $0, at: offset) }
    }

    /// The end of the plain text that starts at `offset`: the next markup, `stop`, or the end.
    func endOfPlainText(from offset: Int, stoppingAt stop: Unicode.Scalar? = nil) -> Int {
        // One pass over a buffer, comparing numbers: this runs for every character of plain text.
        let stopValue = stop?.value ?? UInt32.max
        let lineEnd: UInt32 = stop == nil ? UInt32.max : 0x0A
        return source.scalars.withUnsafeBufferPointer { scalars in
            var end = offset
            while end < scalars.count, scalars[end].value != stopValue, scalars[end].value != lineEnd,
                  !Self.startsMarkup(in: scalars, at: end) {
                end += 1
            }
            return end
        }
    }

    private static func startsMarkup(in scalars: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int) -> Bool {
        let value = scalars[offset].value
        switch value {
        case 0x5C, 0x7B, 0x7D, 0x7C, 0x5E: return true  // \ { } | ^
        case 0x2A, 0x300A, 0x300B, 0x5B:  // ** 《《 》》 [[
            return offset + 1 < scalars.count && scalars[offset + 1].value == value
        default: return false
        }
    }

    private mutating func plainText(at offset: Int) -> Int {
        let end = endOfPlainText(from: offset + 1)
        stack.appendText(offset..<end)
        return end
    }

    /// `\{` and friends, `\` before a line break, or a mistake.
    private mutating func escape(at offset: Int) -> Int {
        let breakLength = lineBreakLength(at: offset + 1)
        if breakLength > 0 || offset + 1 == source.count {
            let end = offset + 1 + breakLength
            if end == source.count {
                report(.breakAtEnd, at: offset)
            } else {
                stack.append(.lineBreak(source.location(of: offset)))
            }
            return end
        }
        let escaped = source[offset + 1]
        if InlineMarkupParser.escapableCharacters.contains(escaped) {
            stack.appendText((offset + 1)..<(offset + 2))
        } else {
            report(.unknownEscape(escaped), at: offset)
            stack.appendText(offset..<(offset + 2))
        }
        return offset + 2
    }

    /// The length of the line break (`\n` or `\r\n`) at `offset`, or 0 when there is none.
    func lineBreakLength(at offset: Int) -> Int {
        switch source.scalar(at: offset) {
        case "\n": 1
        case "\r" where source.scalar(at: offset + 1) == "\n": 2
        default: 0
        }
    }

    /// A `}` or `|` outside ruby: reported, and kept as text.
    private mutating func stray(_ problem: MarkupProblem, at offset: Int) -> Int {
        report(problem, at: offset)
        stack.appendText(offset..<(offset + 1))
        return offset + 1
    }

    // MARK: - Bold and emphasis dots

    private mutating func bold(at offset: Int) -> Int {
        if stack.isOpen(.bold) {
            stack.close(.bold, problems: &problems)
        } else {
            stack.open(.bold, at: offset)
        }
        return offset + 2
    }

    private mutating func openEmphasis(at offset: Int) -> Int {
        if stack.isOpen(.emphasis) {
            report(.emphasisInsideEmphasis, at: offset)
        } else {
            stack.open(.emphasis, at: offset)
        }
        return offset + 2
    }

    private mutating func closeEmphasis(at offset: Int) -> Int {
        if stack.isOpen(.emphasis) {
            stack.close(.emphasis, problems: &problems)
        } else {
            report(.strayEmphasisClose, at: offset)
        }
        return offset + 2
    }
}
