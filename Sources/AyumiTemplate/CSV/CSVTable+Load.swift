import AyumiModel
import Foundation

extension CSVTable {
    /// Reads the CSV file at `path` (as the user wrote it, so messages show the same path).
    ///
    /// Every problem becomes a located diagnostic; the table is returned only when there is no
    /// error (a warning, such as a file read as Shift_JIS, still returns it).
    public static func load(_ path: String, encoding: CSVEncoding = .automatic,
                            diagnostics: inout Diagnostics) -> CSVTable? {
        if let tooLarge = InputFileLimit.check(path) {
            diagnostics.append(tooLarge)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            diagnostics.append(.error(at: nil, !exists ? "the CSV file `\(path)` does not exist"
                                          : isDirectory.boolValue ? "the CSV file `\(path)` is a folder, not a file"
                                          : "cannot read the CSV file `\(path)`",
                                      hints: exists ? [] : ["check the spelling of the path; it is relative to the current folder"]))
            return nil
        }
        return decode([UInt8](data), path: path, encoding: encoding, diagnostics: &diagnostics)
    }

    /// Reads CSV bytes that came from `path`.
    public static func decode(_ bytes: [UInt8], path: String, encoding: CSVEncoding = .automatic,
                              diagnostics: inout Diagnostics) -> CSVTable? {
        guard let (text, used) = CSVTextDecoder.decode(bytes, path: path, encoding: encoding, diagnostics: &diagnostics)
        else { return nil }
        return parse(text, path: path, encoding: used, diagnostics: &diagnostics)
    }

    /// Reads CSV text (already decoded, without BOM) that came from `path`.
    public static func parse(_ text: String, path: String, encoding: CSVEncoding = .utf8,
                             diagnostics: inout Diagnostics) -> CSVTable? {
        var parser = CSVParser(text: text, path: path)
        // Lines with nothing in them (Excel writes `,,,` for rows that were only formatted) carry
        // no data and are skipped, wherever they are.
        let records = parser.records().filter { !$0.cells.allSatisfy(\.text.isEmpty) }
        var found = parser.diagnostics
        guard let first = records.first else {
            if !found.hasErrors {
                found.append(.error(at: SourceLocation(file: path, line: 1, column: 1), "the CSV file is empty",
                                    hints: ["the first line names the columns, such as `名称,電話番号,住所`; each later line is one row"]))
            }
            diagnostics.append(contentsOf: found)
            return nil
        }
        let header = checkedHeader(first.cells, diagnostics: &found)
        var columns: [String: Int] = [:]
        for (position, cell) in header.enumerated() where columns[cell.text] == nil { columns[cell.text] = position }
        var rows: [CSVRow] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            checkWidth(record, header: header, diagnostics: &found)
            rows.append(CSVRow(cells: record.cells, location: record.location, columns: columns))
        }
        diagnostics.append(contentsOf: found)
        guard !found.hasErrors else { return nil }
        return CSVTable(path: path, encoding: encoding, header: header, rows: rows)
    }

    // MARK: - Checks

    /// The header's names, trimmed of spaces (half- and full-width); empty and repeated names
    /// are errors, since a row's cells are found by name.
    private static func checkedHeader(_ cells: [CSVCell], diagnostics: inout Diagnostics) -> [CSVCell] {
        var seen: [String: SourceLocation] = [:]
        return cells.enumerated().map { position, cell in
            var named = cell
            named.text = cell.text.trimmingCharacters(in: .whitespaces)
            if named.text.isEmpty {
                diagnostics.append(.error(at: cell.location, "column \(position + 1) has no name in the header",
                                          hints: ["the first line names every column, such as `名称,電話番号,住所`"]))
            } else if let earlier = seen[named.text] {
                diagnostics.append(.error(at: cell.location, "the column name `\(named.text)` appears twice in the header",
                                          hints: ["the first is at \(earlier.line):\(earlier.column); give each column its own name"]))
            } else {
                seen[named.text] = cell.location
            }
            return named
        }
    }

    private static func checkWidth(_ record: CSVParser.Record, header: [CSVCell], diagnostics: inout Diagnostics) {
        let count = record.cells.count
        guard count != header.count else { return }
        let names = header.map(\.text).joined(separator: ", ")
        if count > header.count {
            diagnostics.append(.error(at: record.cells[header.count].location,
                                      "this row has \(count) cells, but the header names \(header.count) columns",
                                      hints: ["a cell that contains a comma must be in double quotes, such as `\"1,000円\"`",
                                              "the columns are \(names)"]))
        } else {
            diagnostics.append(.error(at: record.location,
                                      "this row has \(count) \(count == 1 ? "cell" : "cells"), but the header names \(header.count) columns",
                                      hints: ["an empty cell still needs its comma, as in `a,,c`",
                                              "the columns are \(names)"]))
        }
    }
}
