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
        do {
            let root = try Yams.compose(yaml: text)
            return YAMLFile(path: path, text: text, root: root)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, path: path))
        } catch {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1), "cannot read YAML: \(error)"))
        }
        return nil
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
