import AyumiModel

/// The places a bound template lets a resident write, in the template's order: what an answers
/// file may hold, and how each becomes PDF fields.
///
/// They come from the bound `Document` rather than from a laid-out page, because the fields a
/// PDF may hold are wider than one layout: a table grows when a resident's rows outnumber its
/// empty rows, so any row number may come back.
public struct FormDeclarations: Hashable, Sendable {
    /// One place to write, with the kind of answer it takes.
    public enum Declaration: Hashable, Sendable {
        /// A text box, comb cells or ruled lines (`combCells` for comb fields: the build drops
        /// `-` and spaces from their answers).
        case text(name: String, combCells: Int?)
        /// 「令和　年　月　日」: an era (radio buttons when several are offered) and three parts.
        case date(name: String, eras: [Era])
        /// Radio buttons (`multiple == false`) or check boxes, with 「その他」 when `other`.
        case choice(name: String, options: [String], multiple: Bool, other: Bool)
        /// A named table: rows of cells named by `keys` (a column's key, or its number from 1
        /// when the table has no `keys:`; `keyed` tells which).
        case table(name: String, keys: [String], keyed: Bool)

        public var name: String {
            switch self {
            case .text(let name, _), .date(let name, _), .choice(let name, _, _, _), .table(let name, _, _): name
            }
        }
    }

    public var declarations: [Declaration]
    /// The template's name (`template:` in template.yaml), which a fillable PDF records.
    public var templateName: String?

    public init(declarations: [Declaration], templateName: String? = nil) {
        self.declarations = declarations
        self.templateName = templateName
    }

    /// Every field of `document`, in reading order (boxes are looked into).
    public init(document: Document, templateName: String? = nil) {
        var declarations: [Declaration] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .field(let field):
                    switch field.kind {
                    case .text: declarations.append(.text(name: field.name, combCells: nil))
                    case .comb(let count): declarations.append(.text(name: field.name, combCells: count))
                    case .date(let eras): declarations.append(.date(name: field.name, eras: eras.isEmpty ? [.reiwa] : eras))
                    case .choice(let options, let multiple, let other):
                        declarations.append(.choice(name: field.name, options: options, multiple: multiple, other: other))
                    }
                case .ruledLines(let lines):
                    if let name = lines.name { declarations.append(.text(name: name, combCells: nil)) }
                case .table(let table):
                    guard let name = table.name else { continue }
                    let keyed = table.columns.allSatisfy { $0.key != nil }
                    let keys = table.columns.enumerated().map { index, column in keyed ? column.key! : String(index + 1) }
                    declarations.append(.table(name: name, keys: keys, keyed: keyed))
                case .box(let box):
                    visit(box.blocks)
                default:
                    continue
                }
            }
        }
        visit(document.blocks)
        self.init(declarations: declarations, templateName: templateName)
    }
}
