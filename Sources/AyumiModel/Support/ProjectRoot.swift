import Foundation

/// The folder of the project a file belongs to: the nearest folder at or above it that holds
/// `.git` (a Git repository or worktree), not above the user's home folder.
///
/// Used where Ayumi looks beyond the folders the command line names: the font manifest search
/// stops there (`FontManifestLocator`), and a data file's CSV names may reach anywhere inside
/// it (`TemplateBinder`), so the examples may share one list, while nothing is ever found or
/// read by climbing above it.
public enum ProjectRoot {
    /// `start` (a real path) and the folders above it, up to the first that holds `.git` or is
    /// `home`, whichever comes first; never `/`.
    public static func folders(from start: String, home: String?) -> [String] {
        var folders: [String] = []
        var folder = start
        while folder != "/" && !folder.isEmpty {
            folders.append(folder)
            if folder == home || FileManager.default.fileExists(atPath: folder + "/.git") { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return folders
    }

    /// The project folder holding `folder` (a folder holding `.git`), if there is one below the
    /// home folder.
    public static func of(_ folder: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String? {
        guard let start = ReadableFiles.realPath(folder) else { return nil }
        let home = home.flatMap(ReadableFiles.realPath)
        return folders(from: start, home: home).last.flatMap {
            FileManager.default.fileExists(atPath: $0 + "/.git") ? $0 : nil
        }
    }
}
