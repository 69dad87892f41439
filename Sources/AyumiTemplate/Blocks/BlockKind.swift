/// The kinds of body block a template may use, each with the keys it accepts.
///
/// A block is a mapping with exactly one kind key (`paragraph: …`, `table: …`) and any of that
/// kind's options; docs/templates.md describes each.
enum BlockKind: String, CaseIterable {
    case title, heading, paragraph, prose, list, box, lines, field, choices, table, image, qr, spacer
    case pageBreak = "page_break"
    case contents
    case include
    case repeatBlock = "repeat"
    case when

    /// The options a block of this kind may have besides its kind key.
    var options: [String] {
        switch self {
        case .title, .paragraph, .prose: ["style"]
        case .heading: ["style", "level"]
        case .list: ["style", "marker"]
        case .box: ["title", "title_style", "border", "border_style", "border_color", "background", "radius", "padding"]
        case .lines: ["name", "label", "pitch", "style", "label_style"]
        case .field: ["label", "type", "lines", "width", "count", "eras", "style"]
        case .choices: ["label", "options", "multiple", "other", "style"]
        case .table: ["name", "label", "columns", "rows", "empty_rows", "row_height", "style", "heading_style", "repeat_heading"]
        case .image: ["alt", "width"]
        case .qr: ["size", "caption", "style"]
        case .spacer, .pageBreak, .include: []
        case .contents: ["style"]
        case .repeatBlock: ["as", "body"]
        case .when: ["body", "equals", "else"]
        }
    }

    static let names = allCases.map(\.rawValue)
}
