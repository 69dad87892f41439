import Foundation

/// Remembers the PostScript name FreeType read from each face of an unchanged font file, so a
/// build opens a face with FreeType only when its file has changed.
///
/// Why: FreeType takes about 1 ms to open a Noto CJK face (it reads the CFF font's charset and
/// private dictionaries for 65,535 glyphs), and every build opened four of them only to read
/// their names; the renderer opens faces of its own for cairo anyway. Entries are keyed like
/// `ChecksumCache` (path, size, modification time, inode) plus the face's index, and kept in
/// `font-names.tsv` beside it. A name is stored only after FreeType opened the face, so a face
/// found here is one FreeType has read in this very file. When the folder cannot be written,
/// Ayumi just opens every face each time.
struct FaceNameCache {
    private struct Key: Hashable {
        var file: ChecksumCache.Key
        var face: Int
    }

    private let location: String?
    private var entries: [Key: String] = [:]
    private var changed = false

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        location = ChecksumCache.folder(environment: environment).map { $0 + "/font-names.tsv" }
        guard let location, let data = FileManager.default.contents(atPath: location),
              let text = String(data: data, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 6, let face = Int(fields[1]), let size = Int(fields[2]), let modified = Int(fields[3]),
                  let inode = UInt64(fields[4]), !fields[0].isEmpty else { continue }
            let file = ChecksumCache.Key(path: String(fields[5]), size: size, modified: modified, inode: inode)
            entries[Key(file: file, face: face)] = String(fields[0])
        }
    }

    /// The name stored for face `face` of `path`, if the file is unchanged since.
    func name(of path: String, face: Int) -> String? {
        ChecksumCache.key(for: path).flatMap { entries[Key(file: $0, face: face)] }
    }

    /// Stores the name FreeType read from face `face` of `path` (names with a tab or a line
    /// break, which no PostScript name has, are not stored).
    mutating func remember(_ name: String, of path: String, face: Int) {
        guard let file = ChecksumCache.key(for: path), !name.isEmpty,
              !name.contains(where: { $0 == "\t" || $0.isNewline }) else { return }
        entries = entries.filter { $0.key.file.path != path || $0.key.face != face }
        entries[Key(file: file, face: face)] = name
        changed = true
    }

    /// Writes the cache back if anything was added (atomically; failure is harmless).
    func save() {
        guard changed, let location else { return }
        let lines = entries.sorted { ($0.key.file.path, $0.key.face) < ($1.key.file.path, $1.key.face) }.map { key, name in
            "\(name)\t\(key.face)\t\(key.file.size)\t\(key.file.modified)\t\(key.file.inode)\t\(key.file.path)"
        }
        let folder = (location as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: location), options: .atomic)
    }
}
