import AyumiModel
import Foundation

/// Finds `fonts/manifest.yaml` when the command line does not name one.
enum FontManifestLocator {
    /// The first of: the explicit path; `$AYUMI_FONT_MANIFEST`; `fonts/manifest.yaml` in the
    /// template's folder or any folder above it; the same above the current folder.
    static func locate(explicit: String?, templateDirectory: String?, diagnostics: inout Diagnostics) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = ProcessInfo.processInfo.environment["AYUMI_FONT_MANIFEST"] { return fromEnvironment }
        let current = FileManager.default.currentDirectoryPath
        var starts: [URL] = []
        if let templateDirectory {
            starts.append(URL(fileURLWithPath: templateDirectory, relativeTo: URL(fileURLWithPath: current + "/"))
                .standardizedFileURL)
        }
        starts.append(URL(fileURLWithPath: current))
        for start in starts {
            var folder = start
            while true {
                let candidate = folder.appendingPathComponent("fonts/manifest.yaml").path
                if FileManager.default.fileExists(atPath: candidate) { return relative(candidate, to: current) }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        diagnostics.append(.error(at: nil, tr(.manifestNotFound), hints: [tr(.hintManifest)]))
        return nil
    }

    private static func relative(_ path: String, to folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }
}
