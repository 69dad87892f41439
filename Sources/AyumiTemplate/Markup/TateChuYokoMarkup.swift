import AyumiModel

/// 縦中横: `^12^` sets one to four characters upright in vertical text.
extension MarkupParser {
    mutating func tateChuYoko(at open: Int) -> Int {
        guard case .closed(let span) = scanPlainSpan(from: open + 1, closer: "^", in: .tateChuYoko) else {
            // No `^` before the end of the line, so reading on as text meets no other `^` there.
            report(.unclosedTateChuYoko, at: open)
            stack.appendText(open..<(open + 1))
            return open + 1
        }
        problems.append(contentsOf: span.problems)
        let text = span.parts[0].build()
        let characters = text.text.unicodeScalars.visibleCharacterCount
        if characters == 0 {
            report(.emptyTateChuYoko, at: open)
        } else if characters > MarkupProblem.tateChuYokoLimit {
            report(.tateChuYokoTooLong(found: characters), at: open)
            stack.appendText(text)
        } else {
            stack.append(.tateChuYoko(text))
        }
        return span.end + 1
    }
}
