import AyumiModel

/// A page reference: `[[人生会議とは]]` becomes the page number of the heading that reads so
/// (layout finds it once the pages are made), for cross-references like 「→ [[人生会議とは]]ページ」.
extension MarkupParser {
    mutating func pageReference(at open: Int) -> Int {
        guard case .closed(let span) = scanPlainSpan(from: open + 2, closer: "]", in: .pageReference),
              span.end + 1 < source.count, source[span.end + 1] == "]" else {
            report(.unclosedPageReference, at: open)
            stack.appendText(open..<(open + 2))
            return open + 2
        }
        problems.append(contentsOf: span.problems)
        let target = span.parts[0].build()
        if target.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            report(.emptyPageReference, at: open)
        } else {
            stack.append(.pageReference(target))
        }
        return span.end + 2
    }
}
