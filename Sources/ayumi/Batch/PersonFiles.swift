import AyumiModel
import Foundation

/// One person's values written as the YAML files the binder reads — a data file (values the
/// template's `data:` declares) and an answers file (the filled rendition) — and the way back
/// from a place in those files to the cell or line the value came from.
///
/// The binder reads data and answers from files (`TemplateBinder.bind(_:dataFiles:answersFile:)`),
/// so each person's are written to private temporary files (0600) in the output folder, where
/// their document goes, and deleted as soon as it is bound. Every value is written as a double-quoted YAML string on
/// a line of its own, so a cell that looks like YAML (`{…}`, `- …`, `yes`) stays the text it is;
/// each character written remembers its source, so diagnostics point into the CSV.
struct PersonFiles {
    var dataFile: String?
    var answersFile: String?
    /// The files, registered for removal by a signal until `remove`.
    private var kept: [TemporaryFile.KeptFile] = []

    /// For each file written: per line, the key and the source of each column.
    private var lines: [String: [(key: String, origins: [SourceLocation?], fallback: SourceLocation)]] = [:]

    static func write(_ person: PeopleTable.Person, plan: ColumnPlan, in folder: String) throws -> PersonFiles {
        var files = PersonFiles()
        var data: [(String, [SourceText], Bool, SourceLocation)] = []
        var answers: [(String, [SourceText], Bool, SourceLocation)] = []
        for value in person.values where !value.isEmpty {
            switch plan.roles[value.key] {
            case .data?:
                data.append((value.key, value.items, value.isList, value.location))
            case .answer(let multiple)?:
                let items = multiple && !value.isList ? value.items.flatMap(Self.split) : value.items
                answers.append((value.key, items, value.isList || (multiple && items.count > 1), value.location))
            default:
                break
            }
        }
        if !data.isEmpty {
            files.dataFile = try files.write(data, in: folder)
        }
        if !answers.isEmpty {
            files.answersFile = try files.write(answers, in: folder)
        }
        return files
    }

    func remove() {
        for file in kept { file.remove() }
    }

    /// Writes one file as a private temporary in `folder` (`TemporaryFile`: 0600, removed by a
    /// signal, swept after SIGKILL) and returns its path.
    private mutating func write(_ values: [(String, [SourceText], Bool, SourceLocation)], in folder: String) throws -> String {
        var text = ""
        var table: [(key: String, origins: [SourceLocation?], fallback: SourceLocation)] = []
        for (key, items, isList, location) in values where !items.isEmpty {
            var origins: [SourceLocation?] = []
            var line = ""
            func append(_ literal: String, from source: SourceLocation?) {
                line += literal
                origins += Array(repeating: source, count: literal.unicodeScalars.count)
            }
            append(Self.quoted(key) + ": ", from: location)
            if isList { append("[", from: location) }
            for (position, item) in items.enumerated() {
                if position > 0 { append(", ", from: location) }
                append("\"", from: item.location(ofScalarAt: 0) ?? location)
                for (offset, scalar) in item.text.unicodeScalars.enumerated() {
                    append(Self.escaped(scalar), from: item.location(ofScalarAt: offset) ?? location)
                }
                append("\"", from: location)
            }
            if isList { append("]", from: location) }
            text += line + "\n"
            table.append((key, origins, location))
        }
        let temporary = try TemporaryFile.create(in: folder, suffix: ".yaml")
        do {
            try temporary.write(Array(text.utf8))
        } catch {
            temporary.discard()
            remove()
            throw error
        }
        kept.append(temporary.closeKeeping())
        lines[temporary.path] = table
        return temporary.path
    }

    /// Where a place in one of these files came from, and the column (key) of that line.
    func origin(of location: SourceLocation) -> (location: SourceLocation, column: String)? {
        guard let table = lines[location.file], location.line >= 1, location.line <= table.count else { return nil }
        let line = table[location.line - 1]
        let index = min(max(location.column - 1, 0), max(line.origins.count - 1, 0))
        return ((line.origins.isEmpty ? nil : line.origins[index]) ?? line.fallback, line.key)
    }

    /// Whether a path is one of these files.
    func owns(_ path: String) -> Bool { lines[path] != nil }

    /// A cell listing several choices, `自宅; 子どもの家`, as its items (split at `;`, `；` or a line break).
    static func split(_ text: SourceText) -> [SourceText] {
        var items: [SourceText] = []
        var start = 0
        let scalars = Array(text.text.unicodeScalars)
        func take(_ end: Int) {
            var from = start, to = end
            while from < to, scalars[from].properties.isWhitespace { from += 1 }
            while to > from, scalars[to - 1].properties.isWhitespace { to -= 1 }
            if to > from { items.append(text.slice(scalarOffset: from, count: to - from)) }
        }
        for (index, scalar) in scalars.enumerated() where scalar == ";" || scalar == "；" || scalar == "\n" {
            take(index)
            start = index + 1
        }
        take(scalars.count)
        return items
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.unicodeScalars.map(escaped).joined() + "\""
    }

    /// A character inside a double-quoted YAML string. Only what would end the string or the
    /// line is escaped; other control characters stay, so the binder reports them where they are.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        default: String(scalar)
        }
    }
}
