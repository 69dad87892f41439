import AyumiModel
import Foundation
import Yams

/// A list whose data is a CSV file.
///
/// ```yaml
/// # template.yaml
/// data:
///   resources:
///     type: list
///     fields: {名称: {type: text, required: true}, 電話番号: {type: text}}
/// # the data file
/// resources: resources.csv        # beside the data file
/// ```
///
/// The header names the keys of each item; every later row is one item. The file is UTF-8 or
/// Shift_JIS (as Excel saves it, read with a warning), as `CSVTable.load` reads it. The header
/// is checked once against the list's `fields` (a column the template does not know, a column
/// it needs and does not find), then every cell of every row against its field, each problem
/// at its place in the CSV file.
extension BoundData {
    /// The CSV file name a list's value gives; `nil` when the value is not a single name ending in `.csv`.
    static func csvName(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        let name = scalar.string.trimmedSpaces
        return name.lowercased().hasSuffix(".csv") ? name : nil
    }

    /// Reads and checks the CSV file `name` (relative to `folder`, the data file's) for `field`;
    /// `namedAt` is where the data names it. The file must lie inside `readable`.
    static func csvList(_ name: String, in folder: String, readable: ReadableFiles, for field: DataField,
                        namedAt location: SourceLocation, diagnostics: inout Diagnostics) -> CSVTable? {
        let path = folder.isEmpty || name.hasPrefix("/") ? name : folder + "/" + name
        let (real, missing) = readable.file(name, relativeTo: folder, at: location, what: "the CSV file",
                                            diagnostics: &diagnostics)
        var isDirectory: ObjCBool = false
        if missing || real.map({ FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue }) == true {
            diagnostics.append(.error(at: location, "the CSV file `\(path)` does not exist",
                                      hints: ["the file name is relative to the folder of the data file",
                                              "check the spelling, and that the file is saved with the extension .csv"]))
            return nil
        }
        guard let real else { return nil }
        // Read from the real path; messages keep the name as the data gives it.
        guard let bytes = FileManager.default.contents(atPath: real) else {
            diagnostics.append(.error(at: location, "cannot read the CSV file `\(path)`"))
            return nil
        }
        guard let table = CSVTable.decode([UInt8](bytes), path: path, diagnostics: &diagnostics) else { return nil }
        let what = "`\(field.name)`"
        if field.required, table.rows.isEmpty {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1), "the CSV file for \(what) has no rows",
                                      hints: ["under the header line, write one line for each item"]))
        }
        guard !field.fields.isEmpty else { return table }
        let declared = field.fields.map(\.name)
        var headerOK = true
        for column in table.header where !declared.contains(column.text) {
            var hints: [String] = []
            if let guess = Suggestion.closest(to: column.text, among: declared) { hints.append("did you mean `\(guess)`?") }
            hints.append("the columns this template reads are " + declared.map { "`\($0)`" }.joined(separator: ", "))
            diagnostics.append(.error(at: column.location, "the column `\(column.text)` is not one this template reads for \(what)",
                                      hints: hints))
            headerOK = false
        }
        for sub in field.fields where sub.required && !table.keys.contains(sub.name) {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1),
                                      "the CSV file has no column `\(sub.name)`, which \(what) needs",
                                      hints: ["add `\(sub.name)` to the header (the first line) and a cell for it in every row"]))
            headerOK = false
        }
        guard headerOK else { return nil }
        for row in table.rows {
            for sub in field.fields {
                guard let cell = row[sub.name] else { continue }
                sub.validate(cell.text, at: cell.location, diagnostics: &diagnostics)
            }
        }
        return table
    }
}
