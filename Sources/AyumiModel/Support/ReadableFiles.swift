import Foundation

/// The one place that decides which files a build may read.
///
/// A template, a data file or a people table names other files: `include:` sections, images,
/// CSV tables. Each such name is resolved to its real path (every symbolic link followed, `..`
/// removed) and may be read only when that real path lies inside one of the allowed folders,
/// themselves taken by their real paths. So neither `../../etc/passwd` nor a link
/// `sections/a.yaml → /etc/shadow` reaches outside, while a link that stays inside the folder
/// still works. A refused file is never opened, so nothing of it can appear in a message.
///
/// Who decides the allowed folders: the command line names the template folder and the data
/// files; each reader builds a `ReadableFiles` of the folders that reader may use (a template's
/// own files: its folder, `Template.ownFiles`; a data file's CSV tables: the template's folder,
/// the data files' folders and the data file's project folder, `ProjectRoot`; a people table's
/// cells: the template's and data files' folders and the table's folder, not its project;
/// see `TemplateBinder.readableData`). docs/robustness.md has the table.
public struct ReadableFiles: Sendable, Equatable {
    /// The allowed folders, as real paths (no trailing `/`).
    public let roots: [String]
    /// How messages name the allowed folders ("the template's folder").
    public let description: String

    /// Allows the files inside `folders` (a folder that does not exist allows nothing).
    public init(folders: [String], description: String) {
        var seen = Set<String>()
        roots = folders.compactMap(Self.realPath).filter { seen.insert($0).inserted }
        self.description = description
    }

    /// Where a name leads.
    public enum Resolution: Equatable, Sendable {
        /// The real path, inside an allowed folder: it may be read.
        case inside(String)
        /// The real path, outside every allowed folder: it must not be read.
        case outside(String)
        /// Nothing is there (or a link in the way leads nowhere).
        case missing
    }

    /// Where `name` leads — relative to `folder` unless absolute — with every link followed.
    public func resolve(_ name: String, relativeTo folder: String) -> Resolution {
        let joined = Self.joined(name, to: folder)
        guard let real = Self.realPath(joined) else {
            // Nothing there; but a name that would lead outside is refused as such, not as missing.
            let (existing, rest) = Self.nearestExisting(Self.standardized(joined))
            guard let existing else { return .missing }
            let wouldBe = existing == "/" ? "/" + rest : existing + "/" + rest
            return contains(wouldBe) ? .missing : .outside(wouldBe)
        }
        return contains(real) ? .inside(real) : .outside(real)
    }

    /// The real path of `name` when it lies inside an allowed folder; `nil` when it does not
    /// exist (reported by the caller, who knows how to word it) and when it lies outside, which
    /// is reported here, at `location` (where the name is written): what is wrong and how to
    /// fix it. `what` starts the message ("the CSV file"); without it the message starts with
    /// the name.
    public func file(_ name: String, relativeTo folder: String, at location: SourceLocation?, what: String? = nil,
                     diagnostics: inout Diagnostics) -> (real: String?, missing: Bool) {
        switch resolve(name, relativeTo: folder) {
        case .inside(let real):
            // A pipe or a device would block or never end: only files and folders are read.
            var info = stat()
            guard stat(real, &info) == 0, [S_IFREG, S_IFDIR].contains(info.st_mode & S_IFMT) else {
                diagnostics.append(.error(at: location, (what.map { $0 + " " } ?? "") + "`\(name)` is not a file "
                                          + "(it is a pipe, a socket or a device)", hints: ["name an ordinary file"]))
                return (nil, false)
            }
            return (real, false)
        case .missing:
            return (nil, true)
        case .outside(let real):
            let link = Self.standardized(Self.joined(name, to: folder)) == real ? "" : " (it leads to `\(real)`)"
            diagnostics.append(.error(at: location, (what.map { $0 + " " } ?? "") + "`\(name)` is outside \(description)\(link)",
                                      hints: ["Ayumi reads only files inside \(description); "
                                              + "copy the file there and give its name relative to \(Self.shown(folder))"]))
            return (nil, false)
        }
    }

    /// Whether the real path `real` lies inside an allowed folder.
    public func contains(_ real: String) -> Bool {
        roots.contains { real == $0 || real.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }

    /// The path with every symbolic link followed and `.`/`..` removed; `nil` when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func joined(_ name: String, to folder: String) -> String {
        name.hasPrefix("/") || folder.isEmpty ? name : folder + "/" + name
    }

    /// The real path of the nearest folder above `path` that exists, and the rest of the path.
    private static func nearestExisting(_ path: String) -> (real: String?, rest: String) {
        var folder = path, rest: [String] = []
        while folder != "/" && !folder.isEmpty {
            rest.insert((folder as NSString).lastPathComponent, at: 0)
            folder = (folder as NSString).deletingLastPathComponent
            if let real = realPath(folder) { return (real, rest.joined(separator: "/")) }
        }
        return (nil, rest.joined(separator: "/"))
    }

    /// The absolute path with `.` and `..` removed, links not followed.
    private static func standardized(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }

    private static func shown(_ folder: String) -> String {
        folder.isEmpty || folder == "." ? "the current folder" : "`\(folder)`"
    }
}
