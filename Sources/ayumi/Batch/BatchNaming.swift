import AyumiModel
import Foundation

/// Which file each person's document goes to, decided before any document is made.
///
/// Names come from one column (`FileNamer` makes them safe). By default that is the first
/// column, usually the person's name: two people of the same name are then told apart only by
/// their order (`山田 花子.pdf`, `山田 花子-2.pdf`), so after a row is removed a re-run gives one
/// person's file name to the other. That still works, with a warning. A column the staff choose
/// with `--name-column` is a key (a resident number): it must be filled in and different for
/// every person, or nothing is made.
enum BatchNaming {
    /// The file of each person, in table order; `nil` when a chosen key is empty or repeated
    /// (the errors are in `diagnostics`).
    static func files(for table: PeopleTable, nameColumn: String, chosen: Bool,
                      diagnostics: inout Diagnostics) -> [String]? {
        let values = table.people.map { $0.value(nameColumn)?.items.map(\.text).joined(separator: " ") ?? "" }
        var byName: [String: [Int]] = [:]
        for (index, value) in values.enumerated() {
            let name = FileNamer.sanitised(value).lowercased()
            if !name.isEmpty { byName[name, default: []].append(index) }
        }
        let repeated = byName.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        func rows(_ indices: [Int]) -> [String] {
            indices.map { Batch.rowName(table.people[$0], column: nil, kind: table.kind) }
        }
        func cell(_ index: Int) -> SourceLocation {
            table.people[index].value(nameColumn)?.location ?? table.people[index].location
        }
        if chosen {
            var problems: [(row: Int, diagnostic: Diagnostic)] = []
            for (index, person) in table.people.enumerated() where FileNamer.sanitised(values[index]).isEmpty {
                problems.append((index, .error(at: cell(index), Batch.rowName(person, column: nameColumn, kind: table.kind) + ": "
                                               + tr(.batchKeyEmpty(nameColumn)), hints: [tr(.hintBatchKeyRepeated(nameColumn))])))
            }
            for group in repeated {
                problems.append((group[1], .error(at: cell(group[1]), tr(.batchKeyRepeated(nameColumn, rows: rows(group))),
                                                  hints: [tr(.hintBatchKeyRepeated(nameColumn))])))
            }
            guard problems.isEmpty else {
                diagnostics.append(contentsOf: problems.sorted { $0.row < $1.row }.map(\.diagnostic))
                return nil
            }
        } else {
            for group in repeated {
                diagnostics.append(.warning(at: cell(group[1]), tr(.batchNamesCollide(rows(group))), hints: [tr(.hintBatchNameColumn)]))
            }
        }
        var namer = FileNamer()
        return zip(table.people, values).map { person, value in namer.name(for: value, row: person.number) }
    }

    /// The PDFs already in `folder` that this run does not make: left from an earlier run, they
    /// may be the documents of people no longer in the table, or another person's old file.
    static func staleFiles(in folder: String, making files: [String]) -> [String] {
        let made = Set(files)
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return present.filter { $0.lowercased().hasSuffix(".pdf") && !made.contains($0) }.sorted()
    }
}
