import AyumiModel
import AyumiTemplate

/// What each column of the people table is for.
///
/// A column named like one of the template's `data:` values fills that value for the person
/// (a personalised flyer's name, say); a column named like one of the template's fields is the
/// person's answer to it (the filled rendition); the name column names the file. A column that
/// is none of these and looks like a misspelling of one is an error; any other is left unused
/// with a warning (a spreadsheet may carry columns of its own, such as a reception number).
struct ColumnPlan: Sendable {
    enum Role: Hashable, Sendable {
        case data
        /// `multiple`: a field where several options may be chosen; its cell lists them split by `;`.
        case answer(multiple: Bool)
        /// Only names the file.
        case name
        case unused
    }

    var roles: [String: Role]
    var nameColumn: String

    /// Plans the columns; problems with the header are added to `diagnostics`.
    static func make(table: PeopleTable, dataFields: [String], answerFields: [String: Bool], nameColumn: String,
                     diagnostics: inout Diagnostics) -> ColumnPlan {
        var roles: [String: Role] = [:]
        let known = dataFields + answerFields.keys.sorted()
        for (name, location) in table.columns {
            if dataFields.contains(name) {
                roles[name] = .data
            } else if let multiple = answerFields[name] {
                roles[name] = .answer(multiple: multiple)
            } else if name == nameColumn {
                roles[name] = .name
            } else if let guess = Suggestion.closest(to: name, among: known) {
                diagnostics.append(.error(at: location, tr(.batchColumnUnknown(name)),
                                          hints: [tr(.hintDidYouMean(guess)), tr(.hintBatchColumns(known))]))
            } else {
                roles[name] = .unused
                diagnostics.append(.warning(at: location, tr(.batchColumnUnused(name)), hints: [tr(.hintBatchColumns(known))]))
            }
        }
        return ColumnPlan(roles: roles, nameColumn: nameColumn)
    }
}

/// The fields a resident answers, from a bound document: name → whether several options may be chosen.
enum AnswerFields {
    static func of(_ document: Document) -> [String: Bool] {
        var fields: [String: Bool] = [:]
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .field(let field):
                    if case .choice(_, let multiple, _) = field.kind { fields[field.name] = multiple } else { fields[field.name] = false }
                case .ruledLines(let lines):
                    if let name = lines.name { fields[name] = false }
                case .box(let box):
                    walk(box.blocks)
                default:
                    break
                }
            }
        }
        walk(document.blocks)
        return fields
    }
}
