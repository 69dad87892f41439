import AyumiModel

/// Splits prose into headings and paragraphs.
///
/// The rules a writer needs to know: a blank line starts a new paragraph; a line starting with
/// `# ` is a heading, `## ` a smaller one. Lines of one paragraph are joined without a space
/// (Japanese needs none), except between two Latin letters or digits. A paragraph's leading
/// full-width space (字下げ) is dropped because the paragraph style indents the first line.
enum ProseParser {
    enum Piece: Equatable {
        case heading(level: Int, SourceText)
        case paragraph(SourceText)
    }

    static func parse(_ prose: SourceText) -> [Piece] {
        var pieces: [Piece] = []
        var paragraph: SourceText?
        func finishParagraph() {
            if let text = paragraph, !text.text.isEmpty { pieces.append(.paragraph(text)) }
            paragraph = nil
        }
        for line in lines(of: prose) {
            let content = trimmed(line)
            if content.text.isEmpty {
                finishParagraph()
            } else if let (level, heading) = headingLine(content) {
                finishParagraph()
                pieces.append(.heading(level: level, heading))
            } else if let current = paragraph {
                let joiner = needsSpace(between: current.text, and: content.text) ? " " : ""
                paragraph = current.appending(SourceText(generated: joiner)).appending(content)
            } else {
                paragraph = content.text.hasPrefix("\u{3000}")
                    ? content.slice(scalarOffset: 1, count: content.text.unicodeScalars.count - 1) : content
            }
        }
        finishParagraph()
        return pieces
    }

    /// The text's lines as slices (so each keeps its locations), without their line breaks.
    private static func lines(of text: SourceText) -> [SourceText] {
        var result: [SourceText] = []
        var start = 0
        var offset = 0
        for scalar in text.text.unicodeScalars {
            if scalar == "\n" {
                result.append(text.slice(scalarOffset: start, count: offset - start))
                start = offset + 1
            }
            offset += 1
        }
        result.append(text.slice(scalarOffset: start, count: offset - start))
        return result
    }

    /// `# 見出し` → (1, 見出し); `## 見出し` → (2, 見出し).
    private static func headingLine(_ line: SourceText) -> (Int, SourceText)? {
        let scalars = Array(line.text.unicodeScalars.prefix(3))
        var level = 0
        while level < scalars.count, scalars[level] == "#" { level += 1 }
        guard (1...2).contains(level), level < scalars.count, scalars[level] == " " else { return nil }
        let rest = line.slice(scalarOffset: level + 1, count: line.text.unicodeScalars.count - level - 1)
        return (level, trimmed(rest))
    }

    private static func trimmed(_ line: SourceText) -> SourceText {
        let scalars = Array(line.text.unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else {
            return line.slice(scalarOffset: 0, count: 0)
        }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return line.slice(scalarOffset: first, count: last - first + 1)
    }

    private static func needsSpace(between before: String, and after: String) -> Bool {
        guard let a = before.unicodeScalars.last, let b = after.unicodeScalars.first else { return false }
        let latin: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return latin(a) && latin(b)
    }
}
