import AyumiModel
import Foundation
import Yams

/// A YAML file read from disk: its text, its root node, and the path as the user wrote it.
///
/// Reading never throws: every problem (missing file, not UTF-8, a YAML syntax error) becomes a
/// located diagnostic, and `root` is `nil` when there is nothing to read.
public struct YAMLFile {
    public let path: String
    public let text: String
    public let root: Node?

    /// Reads and parses `path`, appending any problem to `diagnostics`.
    public static func load(_ path: String, what: String, diagnostics: inout Diagnostics) -> YAMLFile? {
        if let tooLarge = InputFileLimit.check(path) {
            diagnostics.append(tooLarge)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            diagnostics.append(.error(at: nil, exists ? (isDirectory.boolValue
                ? "\(what) `\(path)` is a folder, not a file" : "cannot read \(what) `\(path)`")
                : "\(what) `\(path)` does not exist",
                hints: exists ? [] : ["check the spelling of the path; it is relative to the current folder"]))
            return nil
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1),
                                      "\(what) is not UTF-8 text",
                                      hints: ["save the file as UTF-8 (in Windows Notepad: 名前を付けて保存 → 文字コード UTF-8)"]))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return parse(text, path: path, diagnostics: &diagnostics)
    }

    /// Parses YAML text that came from `path`.
    public static func parse(_ text: String, path: String, diagnostics: inout Diagnostics) -> YAMLFile? {
        let controls = controlCharacters(in: text, path: path)
        guard controls.isEmpty else {
            diagnostics.append(contentsOf: controls)
            return nil
        }
        do {
            // UTF-8 (Swift's own encoding) is named here because Yams's default reads the whole
            // environment, for an override, on every file it parses.
            let root = try Yams.compose(yaml: text, Self.resolver, .default, .utf8)
            if let root, let limit = root.exceededLimit(values: Limits.yamlValuesPerFile, bytes: Limits.bytesPerInputFile) {
                let what = switch limit {
                case .values: "more than \(Limits.yamlValuesPerFile) values"
                case .bytes: "more than \(InputFileLimit.megabytes(Limits.bytesPerInputFile)) MB of text"
                }
                diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1),
                                          "this file holds \(what) once its aliases (`*name`) are expanded",
                                          hints: ["write the values out instead of repeating them through aliases"]))
                return nil
            }
            return YAMLFile(path: path, text: text, root: root)
        } catch let error as YamlError {
            var diagnostic = diagnostic(for: error, path: path)
            if let location = diagnostic.location, let hint = specialCharacterHint(in: text, line: location.line) {
                diagnostic.hints.insert(hint, at: 0)
            }
            diagnostics.append(diagnostic)
        } catch {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1), "cannot read YAML: \(error)"))
        }
        return nil
    }

    /// A value that starts with `{`, `[`, `*` or another YAML indicator is read as YAML syntax,
    /// not text — a trap with ruby (`{漢字|かんじ}…`) and bold (`**大切**…`). When a syntax error
    /// sits on or just after such a line, say so.
    private static func specialCharacterHint(in text: String, line: Int) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for number in stride(from: min(line, lines.count), through: max(1, line - 1), by: -1) {
            let content = lines[number - 1]
            guard let colon = content.range(of: ": ") ?? content.range(of: "- ") else { continue }
            let value = content[colon.upperBound...].drop { $0 == " " }
            guard let first = value.first, "{[*&!%@`".contains(first) else { continue }
            return "on line \(number) the value starts with `\(first)`, which YAML reads as syntax; put the whole value in quotes ('…'), or write it on the lines of a `|` block"
        }
        return nil
    }

    /// No implicit tags: every scalar is `str`. Ayumi reads each value as its text and converts
    /// it itself (with located messages), so Yams need not guess `int`, `bool` or `timestamp`.
    /// The guess runs up to seven regular expressions, and Yams makes it for every mapping key
    /// while looking for duplicates: more than half the time spent reading the note's YAML.
    /// It also makes keys Ayumi reads alike compare alike: `1:` and `"1":` are one key twice,
    /// as they are to Ayumi, not an `int` key and a `str` key.
    static let resolver = Resolver.basic

    /// Invisible control characters (other than tab and line breaks) that editors hide and
    /// libyaml refuses, each reported where it is.
    private static func controlCharacters(in text: String, path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF {
                let digits = String(v, radix: 16, uppercase: true)
                found.append(.error(at: SourceLocation(file: path, line: line, column: column),
                                    "an invisible control character (U+\(String(repeating: "0", count: max(0, 4 - digits.count)) + digits)) is in the text",
                                    hints: ["delete it: it cannot be printed, and it may have come from copying text out of another program"]))
                if found.count == 10 { break }
            }
            if v == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return found
    }

    /// The location of a node in this file.
    public func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.contains("nesting level") {
                return .error(at: at(mark), "the YAML nests too deeply here (lists or mappings inside each other hundreds of times)",
                              hints: ["a template or data file needs only a few levels; check for unclosed [ or {"])
            }
            return .error(at: at(mark), "YAML syntax: \(problem)", hints: hints(for: problem, context: context?.text ?? ""))
        case .reader(let problem, _, _, _):
            return .error(at: SourceLocation(file: path, line: 1, column: 1), "YAML cannot be read: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return .error(at: at(context.mark), "the key \(names) appears more than once in this mapping",
                          hints: ["keep one of them; YAML does not allow the same key twice"])
        default:
            return .error(at: SourceLocation(file: path, line: 1, column: 1), "cannot read YAML: \(error)")
        }
    }

    private static func hints(for problem: String, context: String) -> [String] {
        if problem.contains("tab") {
            return ["YAML indents with spaces only; replace the tab with spaces"]
        }
        if context.contains("quoted scalar") {
            return ["a quotation mark is not closed; add the closing `\"` or `'`"]
        }
        return []
    }
}
