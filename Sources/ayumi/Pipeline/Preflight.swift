import AyumiModel
import AyumiTemplate
import Foundation

/// The mistakes staff make most, caught before any stage runs, in the reader's language.
///
/// The stages would find them too, but report them in English; checking here first gives each
/// of them a message from the catalog (`Message`), chosen by identifier. Every input is checked,
/// so a missing template and a missing data file are reported together.
enum Preflight {
    /// Returns false (with errors added) when something is missing or cannot be read as text.
    static func check(templateDirectory: String, dataFiles: [String], answersFile: String?,
                      diagnostics: inout Diagnostics) -> Bool {
        var found = Diagnostics()
        checkTemplate(templateDirectory, diagnostics: &found)
        for file in dataFiles { checkText(file, what: .dataFile, diagnostics: &found) }
        if let answersFile { checkText(answersFile, what: .answersFile, diagnostics: &found) }
        diagnostics.append(contentsOf: found)
        return !found.hasErrors
    }

    static func checkTemplate(_ directory: String, diagnostics: inout Diagnostics) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            let folder = (directory as NSString).deletingLastPathComponent
            diagnostics.append(.error(at: nil, tr(.templateIsAFile(directory)),
                                      hints: [tr(.hintGiveTemplateFolder(folder.isEmpty ? "." : folder))]))
            return
        }
        let file = directory.hasSuffix("/") ? directory + "template.yaml" : directory + "/template.yaml"
        if !FileManager.default.fileExists(atPath: file) {
            diagnostics.append(.error(at: nil, tr(.templateMissing(directory)), hints: [tr(.hintTemplateExample)]))
        }
    }

    /// A data or answers file: it exists, is a file, and is UTF-8.
    static func checkText(_ path: String, what: Message.InputKind, diagnostics: inout Diagnostics) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            diagnostics.append(.error(at: nil, tr(.inputMissing(what, path)), hints: [tr(.hintCheckPath)]))
            return
        }
        if isDirectory.boolValue {
            diagnostics.append(.error(at: nil, tr(.inputIsAFolder(what, path))))
            return
        }
        if let tooLarge = InputFileLimit.check(path) {
            diagnostics.append(tooLarge)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error(at: nil, tr(.inputUnreadable(what, path)), hints: [tr(.hintPermissions)]))
            return
        }
        if String(validating: data, as: UTF8.self) == nil {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1), tr(.inputNotUTF8(what)),
                                      hints: [tr(.hintSaveAsUTF8)]))
        }
    }
}
