import AyumiModel
import Foundation

/// Remembers the SHA-256 of font files, so each build checks a font by `stat`, not by reading
/// all of it (the Noto CJK files are 20–27 MB each): `font-checksums.v2.tsv` in Ayumi's cache
/// folder (`$XDG_CACHE_HOME/ayumi`, else `~/.cache/ayumi`; see `FontFileTable`). Any change to
/// a file makes Ayumi hash it again.
struct ChecksumCache {
    private var table: FontFileTable

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        table = FontFileTable(name: "font-checksums.tsv", environment: environment)
    }

    /// The SHA-256 of `path`, from the cache when the file is unchanged, else computed.
    mutating func sha256(of path: String) -> String? {
        if let known = table.value(for: path) { return known }
        guard let digest = Self.hash(path) else { return nil }
        table.store(digest, for: path)
        return digest
    }

    /// Writes the cache back if anything was added.
    func save() {
        table.save()
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
