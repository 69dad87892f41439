/// A document ready for composition: page setup, metadata and a list of blocks.
///
/// This is the hand-off from AyumiTemplate (which binds a template to data) to AyumiLayout.
/// Every value is resolved: styles carry points, not `zw`; text carries its source locations.
public struct Document: Hashable, Sendable {
    public var metadata: DocumentMetadata
    public var page: PageSetup
    public var blocks: [Block]
    public var rendition: Rendition
    /// Headers, footers and page numbers; `nil` for none.
    public var pageMaster: PageMaster?

    public init(metadata: DocumentMetadata, page: PageSetup, blocks: [Block], rendition: Rendition = .blank,
                pageMaster: PageMaster? = nil) {
        self.metadata = metadata
        self.page = page
        self.blocks = blocks
        self.rendition = rendition
        self.pageMaster = pageMaster
    }
}

/// Which form of a template is made (DESIGN.md "One template, several renditions").
public enum Rendition: String, CaseIterable, Hashable, Sendable {
    /// Ruled lines and empty boxes for handwriting: the printed booklet.
    case blank
    /// The blank pages with form fields over the boxes: the download to fill on screen.
    case fillable
    /// The resident's own answers printed in the boxes.
    case filled
}

/// What repeats on every page: header, footer, page number.
public struct PageMaster: Hashable, Sendable {
    public enum Numbering: String, CaseIterable, Hashable, Sendable {
        /// 1, 2, 3 …
        case arabic
        /// 一、二、三 …
        case kanji
        case none
    }

    /// Text at the top of each page; `{{ page }}` is not needed — the number has its own place.
    public var header: [Inline]?
    /// Text at the bottom of each page (an edition label such as 令和8・9年度版).
    public var footer: [Inline]?
    public var numbering: Numbering
    /// The first page (a cover) shows no header, footer or number.
    public var coverHasNoMarks: Bool
    public var style: TextStyle

    public init(header: [Inline]? = nil, footer: [Inline]? = nil, numbering: Numbering = .arabic,
                coverHasNoMarks: Bool = true, style: TextStyle) {
        self.header = header
        self.footer = footer
        self.numbering = numbering
        self.coverHasNoMarks = coverHasNoMarks
        self.style = style
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
    /// The template's name (`template:` in template.yaml), when it declares one: a fillable PDF
    /// records it so `ayumi answers` can tell a note of this template from another's.
    public var template: String?

    public init(title: String, author: String? = nil, subject: String? = nil, keywords: [String] = [],
                creationDate: String? = nil, template: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creationDate = creationDate
        self.template = template
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
    /// The character size of the grid's style: the grid's lines are `gridPitch` apart and this
    /// deep, so the first one's character frame can touch the 版面's top (JLREQ 2.4). `nil`
    /// with no grid (or one given without its style, when the body text's size stands in).
    public var gridCharacterSize: Length?
    /// Portrait (the paper size as given) or landscape (turned a quarter turn).
    public var orientation: Orientation
    /// A page size of the template's own, used instead of `paper` when set (portrait as given;
    /// `orientation` still turns it).
    public var customSize: Size?
    /// 見開き: pages face each other in a bound booklet, so the margins mirror from page to page:
    /// `margins.left` is the inner (binding) margin of a right-hand page — of every odd page in
    /// horizontal text (bound on the left), of every even page in vertical text (bound on the right).
    public var facingPages: Bool
    /// 段組: the 版面 divided into this many columns (side by side in horizontal text, stacked
    /// 段 in vertical text), `columnGap` apart; text fills one column, then the next.
    public var columns: Int = 1
    public var columnGap: Length = .zero

    public init(paper: PaperSize, writingMode: WritingMode, margins: Margins, gridPitch: Length? = nil,
                orientation: Orientation = .portrait, customSize: Size? = nil, facingPages: Bool = false) {
        self.paper = paper
        self.writingMode = writingMode
        self.margins = margins
        self.gridPitch = gridPitch
        self.orientation = orientation
        self.customSize = customSize
        self.facingPages = facingPages
    }

    /// The page's size in points, turned for landscape.
    public var size: Size {
        let base = customSize ?? paper.size
        return orientation == .landscape ? Size(width: base.height, height: base.width) : base
    }

    /// The 版面: the page less its margins.
    public var textArea: Rect {
        Rect(x: margins.left.points, y: margins.top.points,
             width: size.width - margins.left.points - margins.right.points,
             height: size.height - margins.top.points - margins.bottom.points)
    }

    /// Whether page `index` (counted from 0) is a left-hand page of a booklet with facing pages.
    public func isLeftHandPage(_ index: Int) -> Bool {
        guard facingPages else { return false }
        // Horizontal booklets open to the right: page 1 is a right-hand page. Vertical ones open
        // to the left: page 1 is a left-hand page.
        return writingMode == .horizontal ? index % 2 == 1 : index % 2 == 0
    }

    /// The 版面 of page `index`: with facing pages, left-hand pages swap the left and right
    /// margins, so the inner margin is always at the binding.
    public func textArea(ofPage index: Int) -> Rect {
        var area = textArea
        if isLeftHandPage(index) {
            area.origin.x = margins.right.points
        }
        return area
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
