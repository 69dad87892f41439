/// A document ready for composition: page setup, metadata and a list of blocks.
///
/// This is the hand-off from AyumiTemplate (which binds a template to data) to AyumiLayout.
/// Every value is resolved: styles carry points, not `zw`; text carries its source locations.
public struct Document: Hashable, Sendable {
    public var metadata: DocumentMetadata
    public var page: PageSetup
    public var blocks: [Block]

    public init(metadata: DocumentMetadata, page: PageSetup, blocks: [Block]) {
        self.metadata = metadata
        self.page = page
        self.blocks = blocks
    }
}

/// What the PDF says about itself (shown in a viewer's document properties).
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    /// The creation date in ISO 8601 (`2026-04-01` or `2026-04-01T09:00:00+09:00`), from the
    /// edition data or `SOURCE_DATE_EPOCH`, never the clock; `nil` writes no date at all.
    public var creationDate: String?

    public init(title: String, author: String? = nil, subject: String? = nil, keywords: [String] = [],
                creationDate: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creationDate = creationDate
    }
}

/// The paper, the direction of writing and the margins around the 版面 (text area).
public struct PageSetup: Hashable, Sendable {
    public var paper: PaperSize
    public var writingMode: WritingMode
    public var margins: Margins
    /// The line grid (行送り of the body text): body lines stand on it, and headings take a
    /// whole number of its lines (行取り). `nil` stacks every block at its own pitch.
    public var gridPitch: Length?

    public init(paper: PaperSize, writingMode: WritingMode, margins: Margins, gridPitch: Length? = nil) {
        self.paper = paper
        self.writingMode = writingMode
        self.margins = margins
        self.gridPitch = gridPitch
    }

    public var size: Size { paper.size }

    /// The 版面: the page less its margins.
    public var textArea: Rect {
        Rect(x: margins.left.points, y: margins.top.points,
             width: size.width - margins.left.points - margins.right.points,
             height: size.height - margins.top.points - margins.bottom.points)
    }
}

public struct Margins: Hashable, Sendable {
    public var top: Length
    public var right: Length
    public var bottom: Length
    public var left: Length

    public init(top: Length, right: Length, bottom: Length, left: Length) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }

    public init(all length: Length) { self.init(top: length, right: length, bottom: length, left: length) }
}
