import AyumiModel
import AyumiTemplate
import Foundation

/// Binds one person's document: the edition's data, then the person's own values.
///
/// The person's values are written to private temporary files (`PersonFiles`), bound with a
/// template borrowed from the pool, and deleted before `bind` returns; every diagnostic is
/// moved from those files back to the person's row and column, with any of the person's own
/// values taken out of its wording.
struct PersonBinder: Sendable {
    var editionFiles: [String]
    var templates: TemplatePool
    var knownFamilies: [String]
    var creationDate: String?
    /// Where the person's private temporary files go: the output folder (`PersonFiles`).
    var temporaryFolder: String
    /// The table, as the user named it (messages say this instead of the temporary files).
    var tablePath: String

    /// A diagnostic with the column it is about, if it is about one.
    typealias Located = (diagnostic: Diagnostic, column: String?)

    /// The document, and the map from the temporary files back to the table, which later
    /// stages still need (the text they report on was located in those files).
    func bind(_ person: PeopleTable.Person, plan: ColumnPlan, rendition: Rendition,
              diagnostics: inout [Located]) -> (document: Document?, files: PersonFiles?) {
        let files: PersonFiles
        do {
            files = try PersonFiles.write(person, plan: plan, in: temporaryFolder)
        } catch {
            diagnostics.append((OutputError.diagnostic(for: error, path: temporaryFolder), nil))
            return (nil, nil)
        }
        defer { files.remove() }
        var found = Diagnostics()
        var binder = TemplateBinder(knownFamilies: knownFamilies, creationDate: creationDate)
        // A cell naming a CSV file names it beside the table (not the temporary file), and only
        // there, in the template's folder or beside the edition's data (`ReadableFiles`).
        if let dataFile = files.dataFile {
            binder.namesRelativeTo[dataFile] = (tablePath as NSString).deletingLastPathComponent
        }
        let document = templates.withTemplate { template in
            binder.bind(template, dataFiles: editionFiles + [files.dataFile].compactMap { $0 },
                        answersFile: files.answersFile, rendition: rendition, diagnostics: &found)
        } ?? nil
        diagnostics += found.map { locate($0, files: files, person: person) }
        return (document, files)
    }

    /// A diagnostic moved from the temporary files to the person's row and column.
    func locate(_ diagnostic: Diagnostic, files: PersonFiles, person: PeopleTable.Person) -> Located {
        var moved = diagnostic
        var column: String?
        if let location = diagnostic.location, files.owns(location.file), let origin = files.origin(of: location) {
            moved.location = origin.location
            column = origin.column
        } else if diagnostic.location == nil, let (location, key) = Self.cell(showing: diagnostic, in: person) {
            moved.location = location
            column = key
        }
        for path in [files.dataFile, files.answersFile].compactMap({ $0 }) {
            moved.message = moved.message.replacingOccurrences(of: path, with: tablePath)
            moved.hints = moved.hints.map { $0.replacingOccurrences(of: path, with: tablePath) }
        }
        moved.message = Self.redacted(moved.message, values: person)
        moved.hints = moved.hints.map { Self.redacted($0, values: person) }
        return (moved, column)
    }

    /// Where a character no font has is in the person's row, for a message that lost its place:
    /// an answer printed into a field of the filled rendition is composed as plain text, so
    /// layout cannot say where it came from. The first cell holding the character is the place.
    static func cell(showing diagnostic: Diagnostic, in person: PeopleTable.Person) -> (SourceLocation, String)? {
        guard diagnostic.message.hasPrefix("no font can show U+"),
              let code = UInt32(diagnostic.message.dropFirst("no font can show U+".count).prefix { $0.isHexDigit }, radix: 16),
              let scalar = Unicode.Scalar(code) else { return nil }
        for value in person.values {
            for item in value.items {
                let scalars = item.text.unicodeScalars
                if let index = scalars.firstIndex(of: scalar) {
                    let offset = scalars.distance(from: scalars.startIndex, to: index)
                    return (item.location(ofScalarAt: offset) ?? value.location, value.key)
                }
            }
        }
        return nil
    }

    /// A message with the person's own values taken out: some stages quote the value they
    /// refuse (`not `2026-13-45``), which is fine for an edition but not for a person's row.
    static func redacted(_ text: String, values person: PeopleTable.Person) -> String {
        var text = text
        let values = person.values.flatMap { $0.items.map(\.text) }
            .filter { $0.unicodeScalars.count >= 2 }
            .sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        for value in values where text.contains(value) {
            text = text.replacingOccurrences(of: value, with: "…")
        }
        return text
    }
}
