import AyumiModel
import Foundation

/// Finds `fonts/manifest.yaml` when the command line does not name one.
///
/// The manifest decides which font files print the document, so a manifest found by searching
/// must be the project's own: a planted one could print 7 where the text says 1. The search
/// therefore stays inside the project and trusts only what no other user could have put there:
///
/// - It looks in the template's folder and each folder above it, then the same from the current
///   folder, and stops at the project root: the first folder holding `.git` (or the user's home
///   folder, if that comes first). It never looks in `/`.
/// - A manifest found in a folder everyone may write to (not sticky), or belonging to another
///   user, is not used (`ReadableFiles.distrust(of:)`): a warning names it and says how to use
///   it anyway (`--font-manifest`, `AYUMI_FONT_MANIFEST`), and the search goes on.
///
/// A manifest the user names (`--font-manifest`, `$AYUMI_FONT_MANIFEST`) is used as given.
enum FontManifestLocator {
    static let relativePath = "fonts/manifest.yaml"

    /// The first of: the explicit path; `$AYUMI_FONT_MANIFEST`; the search described above.
    static func locate(explicit: String?, templateDirectory: String?, diagnostics: inout Diagnostics,
                       environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = environment["AYUMI_FONT_MANIFEST"] { return fromEnvironment }
        let current = ReadableFiles.realPath(FileManager.default.currentDirectoryPath) ?? FileManager.default.currentDirectoryPath
        let home = environment["HOME"].flatMap(ReadableFiles.realPath)
        let starts = ([templateDirectory].compactMap { $0 } + [current]).compactMap(ReadableFiles.realPath)
        for start in starts {
            for folder in ProjectRoot.folders(from: start, home: home) {
                let candidate = folder == "/" ? "/" + relativePath : folder + "/" + relativePath
                guard FileManager.default.fileExists(atPath: candidate) else { continue }
                if let distrust = ReadableFiles.distrust(of: candidate) {
                    let shown = relative(candidate, to: current)
                    diagnostics.append(.warning(at: nil, tr(.manifestUntrusted(shown, reason(distrust))),
                                                hints: [tr(.hintManifestUntrusted(shown))]))
                    break
                }
                return relative(candidate, to: current)
            }
        }
        diagnostics.append(.error(at: nil, tr(.manifestNotFound), hints: [tr(.hintManifest)]))
        return nil
    }

    private static func reason(_ distrust: ReadableFiles.Distrust) -> Message.Distrust {
        switch distrust {
        case .othersCanWrite(let folder): .othersCanWrite(folder)
        case .ownedByAnother(let path): .ownedByAnother(path)
        }
    }

    private static func relative(_ path: String, to folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }
}
