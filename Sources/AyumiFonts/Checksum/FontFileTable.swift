import Foundation

/// A table in Ayumi's cache folder of facts about font files — a file's checksum, a face's
/// name — each true only while its file is unchanged.
///
/// A file is unchanged while its path, size, modification time, inode and status-change time
/// (`ctime`) are. fontconfig's cache stops at the inode, but that is not enough for a checksum
/// that vouches for a font: a file rewritten in place (same inode) with the same size, its
/// modification time set back with `touch -d`, would pass as the verified font. The ctime
/// closes that: every write, `utime`, `chmod` or rename sets it to the present, and no call
/// lets a user set it back (only changing the system clock, which needs root, could). Re-hashing
/// on every build instead would cost ~10 ms per 2.6 MB, about 0.3 s for the 60 MB of Noto CJK.
/// The table is a tab-separated file, one fact a line:
/// `VALUE, FACE, SIZE, MODIFIED, INODE, CHANGED, PATH`, in a file whose name carries the
/// format (`font-checksums.v2.tsv`): an older Ayumi's table (six fields, no ctime) is left to
/// it, so two versions sharing a cache folder do not drop each other's lines on every run. It holds font paths only, never what a document
/// says. When the folder cannot be written, nothing is remembered and Ayumi just does the work
/// each time; a line it cannot read is dropped.
struct FontFileTable {
    /// What identifies an unchanged file.
    struct FileKey: Hashable {
        var path: String
        var size: Int
        var modified: Int
        var inode: UInt64
        /// The status-change time (`st_ctim`), in nanoseconds.
        var changed: Int
    }

    private struct Key: Hashable {
        var file: FileKey
        var face: Int
    }

    private let location: String?
    private var entries: [Key: String] = [:]
    private var changed = false

    /// Reads the table `name` (such as `font-names.tsv`) from the cache folder, if it is there.
    init(name: String, environment: [String: String]) {
        location = Self.folder(environment: environment).map { $0 + "/" + Self.versioned(name) }
        guard let location, let data = FileManager.default.contents(atPath: location),
              let text = String(data: data, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 7, !fields[0].isEmpty, let face = Int(fields[1]), let size = Int(fields[2]),
                  let modified = Int(fields[3]), let inode = UInt64(fields[4]), let statusChanged = Int(fields[5]) else { continue }
            let file = FileKey(path: String(fields[6]), size: size, modified: modified, inode: inode, changed: statusChanged)
            entries[Key(file: file, face: face)] = String(fields[0])
        }
    }

    /// The value stored for face `face` of `path`, if the file is unchanged since.
    func value(for path: String, face: Int = 0) -> String? {
        Self.key(for: path).flatMap { entries[Key(file: $0, face: face)] }
    }

    /// Stores `value` for face `face` of `path` as the file is now, replacing what an earlier
    /// version of the file had. Values with a tab or a line break are not stored.
    mutating func store(_ value: String, for path: String, face: Int = 0) {
        guard let file = Self.key(for: path), !value.isEmpty,
              !value.contains(where: { $0 == "\t" || $0.isNewline }) else { return }
        entries = entries.filter { $0.key.file.path != path || $0.key.face != face }
        entries[Key(file: file, face: face)] = value
        changed = true
    }

    /// Writes the table back if anything was stored (atomically; a failure is harmless).
    func save() {
        guard changed, let location else { return }
        let lines = entries.sorted { ($0.key.file.path, $0.key.face) < ($1.key.file.path, $1.key.face) }.map { key, value in
            "\(value)\t\(key.face)\t\(key.file.size)\t\(key.file.modified)\t\(key.file.inode)\t\(key.file.changed)\t\(key.file.path)"
        }
        let folder = (location as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: location), options: .atomic)
    }

    /// The format of the table's lines, in its file name: 2 added the ctime.
    static let format = 2

    /// `font-checksums.tsv` → `font-checksums.v2.tsv`.
    static func versioned(_ name: String) -> String {
        let base = (name as NSString).deletingPathExtension, suffix = (name as NSString).pathExtension
        return base + ".v\(format)" + (suffix.isEmpty ? "" : "." + suffix)
    }

    /// Ayumi's cache folder: `$XDG_CACHE_HOME/ayumi`, else `~/.cache/ayumi`; `nil` without either.
    static func folder(environment: [String: String]) -> String? {
        if let base = environment["XDG_CACHE_HOME"], !base.isEmpty { return base + "/ayumi" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/ayumi" }
        return nil
    }

    /// How `path` is now, by `stat`; `nil` if it cannot be read.
    static func key(for path: String) -> FileKey? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        let changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        return FileKey(path: path, size: Int(info.st_size), modified: modified, inode: UInt64(info.st_ino), changed: changed)
    }
}
