import AyumiModel

/// Splits prose into headings and paragraphs.
///
/// The rules a writer needs to know: a blank line starts a new paragraph; a line starting with
/// `# ` is a heading, `## ` a smaller one. Lines of one paragraph are joined without a space
/// (Japanese needs none), except between two Latin letters or digits. A line ending in `\`
/// keeps its line break: the backslash and the line's own `\n` stay in the paragraph, so inline
/// markup (`InlineMarkupParser`) turns them into a `.lineBreak` at the backslash's location.
/// A paragraph's leading full-width space (字下げ) is dropped because the paragraph style
/// indents the first line.
///
/// The text is walked once as an array of scalars and each paragraph is built with
/// `SourceTextBuilder`, so a long body takes time in proportion to its length.
enum ProseParser {
    enum Piece: Equatable {
        case heading(level: Int, SourceText)
        case paragraph(SourceText)
    }

    static func parse(_ prose: SourceText) -> [Piece] {
        let source = ScalarSource(prose)
        var pieces: [Piece] = []
        var paragraph: SourceTextBuilder?
        /// Where the line break after a line ending in `\` is, until the next line joins the paragraph.
        var pendingBreak: Int?
        func finishParagraph() {
            if let text = paragraph, !text.isEmpty { pieces.append(.paragraph(text.build())) }
            paragraph = nil
            pendingBreak = nil
        }
        for (line, lineBreak) in lines(of: source) {
            let content = trimmed(line, in: source)
            if content.isEmpty {
                finishParagraph()
            } else if let (level, heading) = headingLine(content, in: source) {
                finishParagraph()
                var text = SourceTextBuilder(for: source)
                text.append(heading, of: source)
                pieces.append(.heading(level: level, text.build()))
            } else if var current = paragraph {
                if let pendingBreak {
                    current.append(pendingBreak..<(pendingBreak + 1), of: source)
                } else if let last = current.last, needsSpace(between: last, and: source[content.lowerBound]) {
                    current.append(generated: " ")
                }
                current.append(content, of: source)
                paragraph = current
                pendingBreak = endsWithLineBreakEscape(content, in: source) ? lineBreak : nil
            } else {
                var current = SourceTextBuilder(for: source)
                let start = source[content.lowerBound] == "\u{3000}" ? content.lowerBound + 1 : content.lowerBound
                current.append(start..<content.upperBound, of: source)
                paragraph = current
                pendingBreak = endsWithLineBreakEscape(content, in: source) ? lineBreak : nil
            }
        }
        finishParagraph()
        return pieces
    }

    /// The text's lines as ranges without their line breaks, each with the offset of the `\n`
    /// after it (`nil` for the last line).
    private static func lines(of source: ScalarSource) -> [(Range<Int>, Int?)] {
        var result: [(Range<Int>, Int?)] = []
        var start = 0
        for offset in 0..<source.count where source[offset] == "\n" {
            result.append((start..<offset, offset))
            start = offset + 1
        }
        result.append((start..<source.count, nil))
        return result
    }

    /// `# 見出し` → (1, 見出し); `## 見出し` → (2, 見出し).
    private static func headingLine(_ line: Range<Int>, in source: ScalarSource) -> (Int, Range<Int>)? {
        var level = 0
        while level < min(3, line.count), source[line.lowerBound + level] == "#" { level += 1 }
        guard (1...2).contains(level), level < line.count, source[line.lowerBound + level] == " " else { return nil }
        return (level, trimmed((line.lowerBound + level + 1)..<line.upperBound, in: source))
    }

    /// `line` without spaces, tabs and carriage returns at either end.
    private static func trimmed(_ line: Range<Int>, in source: ScalarSource) -> Range<Int> {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        var start = line.lowerBound, end = line.upperBound
        while start < end, isSpace(source[start]) { start += 1 }
        while end > start, isSpace(source[end - 1]) { end -= 1 }
        return start..<end
    }

    /// Whether the line ends in a backslash that is not itself escaped (`\`, not `\\`).
    private static func endsWithLineBreakEscape(_ line: Range<Int>, in source: ScalarSource) -> Bool {
        var backslashes = 0
        while backslashes < line.count, source[line.upperBound - 1 - backslashes] == "\\" { backslashes += 1 }
        return backslashes % 2 == 1
    }

    private static func needsSpace(between a: Unicode.Scalar, and b: Unicode.Scalar) -> Bool {
        let latin: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return latin(a) && latin(b)
    }
}
