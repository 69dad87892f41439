/// An element of the document's logical structure, for the tagged PDF (ISO 32000-1 §14.8.4).
///
/// Layout creates one element per block (and per list item, table row, cell …) in reading
/// order; items point at the innermost element they belong to. Elements live in
/// `LayoutResult.structure`, not on a page, because one element (a table) may span pages.
public struct StructureElement: Hashable, Sendable {
    public typealias ID = Int

    public var id: ID
    public var role: StructureRole
    /// The element this one is part of, or `nil` for a child of the document.
    public var parent: ID?
    /// What a figure shows (`/Alt`).
    public var alternativeText: String?

    public init(id: ID, role: StructureRole, parent: ID?, alternativeText: String? = nil) {
        self.id = id
        self.role = role
        self.parent = parent
        self.alternativeText = alternativeText
    }
}

/// What a structure element is, with its standard structure type (ISO 32000-1 §14.8.4).
public enum StructureRole: Hashable, Sendable {
    case title
    case heading(level: Int)
    case paragraph
    case list
    case listItem
    case listLabel
    case listBody
    case table
    case tableRow
    case tableHeaderCell
    case tableDataCell
    case figure
    case caption
    /// A form field with its label and printed parts.
    case form
    /// A framed box: a group of blocks.
    case division
    /// 目次, and one entry of it.
    case tableOfContents
    case tableOfContentsItem

    /// The standard structure type: `H1`, `P`, `LI`, `TH` ….
    public var standardType: String {
        switch self {
        case .title: "Title"
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .listLabel: "Lbl"
        case .listBody: "LBody"
        case .table: "Table"
        case .tableRow: "TR"
        case .tableHeaderCell: "TH"
        case .tableDataCell: "TD"
        case .figure: "Figure"
        case .caption: "Caption"
        case .form: "Form"
        case .division: "Div"
        case .tableOfContents: "TOC"
        case .tableOfContentsItem: "TOCI"
        }
    }
}
