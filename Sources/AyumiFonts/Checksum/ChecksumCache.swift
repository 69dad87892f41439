import AyumiModel
import Foundation

/// Remembers the SHA-256 of font files, so each build checks a font by `stat`, not by reading
/// all of it (the Noto CJK files are 20–27 MB each).
///
/// Like fontconfig's cache, it lives in the user's cache folder
/// (`$XDG_CACHE_HOME/ayumi/font-checksums.tsv`, else `~/.cache/…`) and is keyed by path, size,
/// modification time and inode: any change to the file makes Ayumi hash it again. It holds
/// font paths only. When the folder cannot be written, Ayumi just hashes every time.
struct ChecksumCache {
    /// What identifies an unchanged file (shared with `FaceNameCache`).
    struct Key: Hashable {
        var path: String
        var size: Int
        var modified: Int
        var inode: UInt64
    }

    private let location: String?
    private var entries: [Key: String] = [:]
    private var changed = false

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        location = Self.folder(environment: environment).map { $0 + "/font-checksums.tsv" }
        guard let location, let data = FileManager.default.contents(atPath: location),
              let text = String(data: data, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 5, let size = Int(fields[1]), let modified = Int(fields[2]),
                  let inode = UInt64(fields[3]) else { continue }
            entries[Key(path: String(fields[4]), size: size, modified: modified, inode: inode)] = String(fields[0])
        }
    }

    /// The SHA-256 of `path`, from the cache when the file is unchanged, else computed.
    mutating func sha256(of path: String) -> String? {
        guard let key = Self.key(for: path) else { return nil }
        if let known = entries[key] { return known }
        guard let digest = Self.hash(path) else { return nil }
        entries = entries.filter { $0.key.path != path }
        entries[key] = digest
        changed = true
        return digest
    }

    /// Writes the cache back if anything was added (atomically; failure is harmless).
    func save() {
        guard changed, let location else { return }
        let lines = entries.sorted { $0.key.path < $1.key.path }.map { key, digest in
            "\(digest)\t\(key.size)\t\(key.modified)\t\(key.inode)\t\(key.path)"
        }
        let folder = (location as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: location),
                                                                     options: .atomic)
    }

    /// Ayumi's cache folder: `$XDG_CACHE_HOME/ayumi`, else `~/.cache/ayumi`; `nil` without either.
    static func folder(environment: [String: String]) -> String? {
        if let base = environment["XDG_CACHE_HOME"], !base.isEmpty { return base + "/ayumi" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/ayumi" }
        return nil
    }

    static func key(for path: String) -> Key? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        return Key(path: path, size: Int(info.st_size), modified: modified, inode: UInt64(info.st_ino))
    }

    /// Hashes a file in 1 MiB pieces.
    static func hash(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var digest = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { digest.update($0) }
        }
        return digest.finish()
    }
}
