import AyumiModel

/// The inlines being built, with the bold and emphasis spans that are open around them.
///
/// Text goes into the innermost open span through a `SourceTextBuilder`, so a run of text,
/// escapes and joined lines becomes one `.text` inline; it is turned into `.text` only when
/// something else follows it or the span ends. A span holds at most one bold and one emphasis
/// level (`**` inside bold closes it, and `《《` inside emphasis is an error), so the stack is at
/// most three deep and folding an unclosed span into its parent copies each character once.
struct InlineStack {
    typealias Marker = MarkupProblem.Marker

    private struct Span {
        /// `nil` for the whole text.
        var marker: Marker?
        /// Where the opening `**` or `《《` is.
        var opener: Int
        var inlines: [Inline] = []
        var text: SourceTextBuilder

        mutating func flushText() {
            guard !text.isEmpty else { return }
            inlines.append(.text(text.build()))
            text = SourceTextBuilder(file: text.file)
        }

        var isEmpty: Bool { inlines.isEmpty && text.isEmpty }
    }

    private let source: ScalarSource
    private var spans: [Span]

    init(source: ScalarSource) {
        self.source = source
        self.spans = [Span(marker: nil, opener: 0, text: SourceTextBuilder(for: source))]
    }

    // MARK: - Adding content

    /// Adds `source[range]` as text.
    mutating func appendText(_ range: Range<Int>) {
        spans[spans.count - 1].text.append(range, of: source)
    }

    /// Adds text that was built elsewhere (the base of a ruby that could not be made).
    mutating func appendText(_ text: SourceText) {
        spans[spans.count - 1].text.append(text)
    }

    /// Adds an inline other than text.
    mutating func append(_ inline: Inline) {
        if case .text(let text) = inline { return appendText(text) }
        spans[spans.count - 1].flushText()
        spans[spans.count - 1].inlines.append(inline)
    }

    // MARK: - Spans

    func isOpen(_ marker: Marker) -> Bool { spans.contains { $0.marker == marker } }

    mutating func open(_ marker: Marker, at offset: Int) {
        spans.append(Span(marker: marker, opener: offset, text: SourceTextBuilder(for: source)))
    }

    /// Closes the innermost open `marker` span. Spans opened inside it and still open are
    /// reported as crossed and their content kept as plain content of the closed span.
    mutating func close(_ marker: Marker, problems: inout [MarkupProblem.Found]) {
        guard let index = spans.lastIndex(where: { $0.marker == marker }), index > 0 else { return }
        while spans.count - 1 > index {
            let inner = spans[spans.count - 1]
            problems.append(.init(inner.opener, .crossedMarkup(inner: inner.marker ?? .bold, outer: marker)))
            foldInnermost()
        }
        var span = spans.removeLast()
        span.flushText()
        if span.inlines.isEmpty {
            problems.append(.init(span.opener, marker == .bold ? .emptyBold : .emptyEmphasis))
            return
        }
        append(marker == .bold ? .bold(span.inlines) : .emphasisDots(span.inlines))
    }

    /// Reports every span still open as unclosed and returns the finished inlines.
    mutating func finish(problems: inout [MarkupProblem.Found]) -> [Inline] {
        while spans.count > 1 {
            let span = spans[spans.count - 1]
            problems.append(.init(span.opener, span.marker == .emphasis ? .unclosedEmphasis : .unclosedBold))
            foldInnermost()
        }
        spans[0].flushText()
        return spans[0].inlines
    }

    /// Moves the innermost span's content into the span around it, as if it had no markers.
    private mutating func foldInnermost() {
        var span = spans.removeLast()
        span.flushText()
        for inline in span.inlines { append(inline) }
    }
}
