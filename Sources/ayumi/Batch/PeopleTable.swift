import AyumiModel
import AyumiTemplate
import Foundation
import Yams

/// The people of a batch: one row of a CSV file, or one item of a YAML list, per person.
///
/// Every value keeps where it came from, so a problem with one person's document is reported
/// at the cell (CSV) or the line (YAML) it came from, never at a temporary file.
struct PeopleTable: Sendable {
    /// One value of one person.
    struct Value: Sendable {
        /// The column (CSV) or key (YAML).
        var key: String
        /// Each item with its source; a CSV cell is one item, a YAML list several.
        var items: [SourceText]
        var isList: Bool
        var location: SourceLocation

        var isEmpty: Bool { items.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
    }

    struct Person: Sendable {
        /// The row as a spreadsheet numbers it (the header is row 1), or the item's number in a YAML list.
        var number: Int
        var location: SourceLocation
        var values: [Value]

        func value(_ key: String) -> Value? { values.first { $0.key == key } }
    }

    enum Kind: Sendable { case csv, yaml }

    var path: String
    var kind: Kind
    /// Column names (or keys seen) in order, each with where it is first written.
    var columns: [(name: String, location: SourceLocation)]
    var people: [Person]

    /// Reads `path` as CSV (`.csv`, `.txt`) or YAML (`.yaml`, `.yml`).
    static func load(_ path: String, diagnostics: inout Diagnostics) -> PeopleTable? {
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return loadYAML(path, diagnostics: &diagnostics) }
        return loadCSV(path, diagnostics: &diagnostics)
    }

    private static func loadCSV(_ path: String, diagnostics: inout Diagnostics) -> PeopleTable? {
        guard let table = CSVTable.load(path, diagnostics: &diagnostics) else { return nil }
        let columns = table.header.map { ($0.text, $0.location) }
        let people = table.rows.enumerated().map { index, row in
            Person(number: index + 2, location: row.location, values: zip(table.header, row.cells).map { header, cell in
                Value(key: header.text, items: [cell.sourceText], isList: false, location: cell.location)
            })
        }
        return PeopleTable(path: path, kind: .csv, columns: columns, people: people)
    }

    private static func loadYAML(_ path: String, diagnostics: inout Diagnostics) -> PeopleTable? {
        guard let file = YAMLFile.load(path, what: tr(.peopleFileWhat), diagnostics: &diagnostics) else { return nil }
        guard let root = file.root, case .sequence(let sequence) = root else {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1), tr(.peopleYAMLNotAList),
                                      hints: [tr(.hintPeopleYAML)]))
            return nil
        }
        var columns: [(name: String, location: SourceLocation)] = []
        var people: [Person] = []
        for (index, item) in sequence.enumerated() {
            guard case .mapping(let mapping) = item else {
                diagnostics.append(.error(at: file.location(of: item), tr(.peopleYAMLItemNotAMapping(index + 1)),
                                          hints: [tr(.hintPeopleYAML)]))
                continue
            }
            var values: [Value] = []
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.scalar?.string else { continue }
                if !columns.contains(where: { $0.name == key }) { columns.append((key, file.location(of: keyNode))) }
                switch valueNode {
                case .scalar(let scalar):
                    values.append(Value(key: key, items: [located(scalar.string, valueNode, file)], isList: false,
                                        location: file.location(of: valueNode)))
                case .sequence(let list) where list.allSatisfy({ $0.scalar != nil }):
                    values.append(Value(key: key, items: list.map { located($0.scalar?.string ?? "", $0, file) }, isList: true,
                                        location: file.location(of: valueNode)))
                default:
                    diagnostics.append(.error(at: file.location(of: valueNode), tr(.peopleYAMLValueShape(key))))
                }
            }
            people.append(Person(number: index + 1, location: file.location(of: item), values: values))
        }
        guard !diagnostics.hasErrors else { return nil }
        return PeopleTable(path: path, kind: .yaml, columns: columns, people: people)
    }

    /// A YAML value's text, located from where its node starts (exact for values on one line).
    private static func located(_ text: String, _ node: Node, _ file: YAMLFile) -> SourceText {
        var location = file.location(of: node)
        if let first = file.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(location.line - 1).first,
           let character = first.unicodeScalars.dropFirst(location.column - 1).first, character == "\"" || character == "'" {
            location.column += 1
        }
        return SourceText(text, sourceMap: SourceMap(startingAt: location))
    }
}
