import Foundation
import ArgumentParser

/// `--page N` or `--pages A-B`, and `--dpi N`: what a preview shows and how finely.
struct PreviewOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr(.helpPage), valueName: "n"))
    var page: Int?

    @Option(help: ArgumentHelp(tr(.helpPages), valueName: "first-last"))
    var pages: String?

    @Option(help: ArgumentHelp(tr(.helpDPI), valueName: "n"))
    var dpi: Int = 150

    static let dpiRange = 30...1200

    func validate() throws {
        if page != nil, pages != nil { throw ValidationError(tr(.pageAndPages)) }
        if let page, page < 1 { throw ValidationError(tr(.pageNumberInvalid("\(page)"))) }
        if let pages, PageSelection(parsing: pages) == nil { throw ValidationError(tr(.pageRangeInvalid(pages))) }
        if !Self.dpiRange.contains(dpi) {
            throw ValidationError(tr(.dpiInvalid(dpi, lowest: Self.dpiRange.lowerBound, highest: Self.dpiRange.upperBound)))
        }
    }

    /// The pages asked for; every page when neither option is given.
    var selection: PageSelection {
        if let page { return PageSelection(first: page, last: page) }
        if let pages, let selection = PageSelection(parsing: pages) { return selection }
        return PageSelection(first: 1, last: nil)
    }
}

/// A run of pages, 1-based; `last == nil` runs to the end of the document.
struct PageSelection: Hashable, Sendable {
    var first: Int
    var last: Int?

    /// `3`, `2-5`, `4-` (to the end); an en dash or full-width hyphen also separates.
    init?(parsing text: String) {
        let parts = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "－", with: "-")
            .split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first.flatMap({ Int($0) }), first >= 1 else { return nil }
        if parts.count == 1 {
            self.init(first: first, last: first)
        } else if parts[1].isEmpty {
            self.init(first: first, last: nil)
        } else {
            guard let last = Int(parts[1]), last >= first else { return nil }
            self.init(first: first, last: last)
        }
    }

    init(first: Int, last: Int?) {
        self.first = first
        self.last = last
    }

    /// The pages of a document with `pageCount` pages; `nil` when the selection starts past its end.
    func pages(of pageCount: Int) -> ClosedRange<Int>? {
        guard first <= pageCount else { return nil }
        return first...min(last ?? pageCount, pageCount)
    }
}
