internal import CHarfBuzzSubset
import AyumiModel
import AyumiPDF
import Foundation

/// The typing font of Ayumi's fillable PDFs: BIZ UDGothic cut to `TypingCharacters`, its
/// program compressed with zlib, ready for AyumiPDF to embed in `/DR` (docs/pdf-output.md).
///
/// Cutting 7,500 glyphs and deflating 2.6 MB at level 9 costs more than a whole build of the
/// note may, so the finished subset is cached in Ayumi's cache folder
/// (`$XDG_CACHE_HOME/ayumi/typing-fonts/`), keyed by the font file's SHA-256, the character
/// rule's version, the entry's layout, HarfBuzz's and zlib's versions: what could change its
/// bytes. An entry (`TypingFontEntry`) holds what the PDF needs — metrics, characters,
/// advances, and the program and ToUnicode map compressed — checked by a CRC-32, so a damaged
/// or cut-short entry is cut again, never embedded. (A SHA-256 of the 1.9 MB would cost 8 ms
/// of every build; the key already names the font's SHA-256.) The entry is written to a
/// temporary file and renamed. With or without the cache, the PDF's bytes are the same.
public struct TypingFont {
    let file: String
    let faceIndex: Int
    let environment: [String: String]

    public init(file: String, faceIndex: Int, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.file = file
        self.faceIndex = faceIndex
        self.environment = environment
    }

    /// The subset, from the cache when a good entry is there, else cut, compressed and stored.
    /// Once made, it is kept for the rest of the process with the cache entry it came from, so
    /// `batch` and `watch` read, inflate and parse the entry once, not once per document; an
    /// entry changed or removed on disk since (its size or time differs) is read again.
    public func make() throws(FontSubsetError) -> FontSubset {
        let location = cacheLocation()
        if let location, let stamp = Self.stamp(of: location),
           let made = Self.made.withLock({ $0[location] }), made.stamp == stamp {
            return made.subset
        }
        let subset = try makeAnew(location: location)
        if let location, let stamp = Self.stamp(of: location) { Self.made.withLock { $0[location] = (stamp, subset) } }
        return subset
    }

    /// Subsets made in this process, by cache key, with the size and time of their entry.
    private static let made = Locked<[String: (stamp: [Int], subset: FontSubset)]>([:])

    /// A cache entry's size and modification time (nanoseconds), or `nil` when there is none.
    private static func stamp(of path: String) -> [Int]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return [Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec), Int(status.st_ino)]
    }

    private func makeAnew(location: String?) throws(FontSubsetError) -> FontSubset {
        if let location, let cached = Self.readEntry(at: location) { return cached }
        let subset = Self.prepared(try cut())
        if let location { Self.writeEntry(subset, at: location) }
        return subset
    }

    /// `subset` with its program compressed at zlib's level 9 and its ToUnicode map at the
    /// level the rest of the form uses (`ZlibCompressor.standard`), so the PDF's bytes are
    /// those AyumiPDF would make from the raw subset; the raw file is let go (2.6 MB).
    static func prepared(_ subset: FontSubset) -> FontSubset {
        var prepared = subset
        prepared.prepared = .init(program: ZlibCompressor.smallest.compress(subset.file), programLength: subset.file.count,
                                  toUnicode: ZlibCompressor.standard.compress(subset.toUnicodeMap))
        prepared.file = []
        return prepared
    }

    /// The subset, cut afresh (no cache).
    public func cut() throws(FontSubsetError) -> FontSubset {
        let original = try HarfBuzzFace(file: file, index: faceIndex)
        let face = try HarfBuzzSubsetter.cut(original, characters: try TypingCharacters.all(), name: file)
        let subset = try HarfBuzzSubsetter.read(face, name: file)
        guard case .trueType = subset.outlines else {
            throw FontSubsetError(file: file, problem: "the typing font must have TrueType outlines (a CIDFontType2 with its cmap)")
        }
        return subset
    }

    /// The cache entry's path, or `nil` without a cache folder or when the file cannot be hashed.
    func cacheLocation() -> String? {
        guard let folder = FontFileTable.folder(environment: environment) else { return nil }
        var checksums = ChecksumCache(environment: environment)
        guard let digest = checksums.sha256(of: file) else { return nil }
        checksums.save()
        let harfBuzz = String(cString: hb_version_string())
        return "\(folder)/typing-fonts/\(digest)-\(faceIndex)-r\(TypingCharacters.ruleVersion)-e3-hb\(harfBuzz)-z\(ZlibCompressor.version).bin"
    }

    // MARK: - Entries

    /// Writes the entry (`TypingFontEntry`) to a temporary file and renames it into place.
    static func writeEntry(_ subset: FontSubset, at path: String) {
        guard let entry = TypingFontEntry.encode(subset) else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(entry).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The subset of the entry at `path`, if it is there and whole.
    static func readEntry(at path: String) -> FontSubset? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return TypingFontEntry.decode([UInt8](data))
    }
}
