internal import CHarfBuzzSubset
import AyumiModel
import AyumiPDF
import Foundation

/// The typing font of Ayumi's fillable PDFs: BIZ UDGothic cut to `TypingCharacters`, its
/// program compressed with zlib, ready for AyumiPDF to embed in `/DR` (docs/pdf-output.md).
///
/// Cutting 7,500 glyphs and deflating 2.6 MB at level 9 costs more than a whole build of the
/// note may, so the finished stream is cached in Ayumi's cache folder
/// (`$XDG_CACHE_HOME/ayumi/typing-fonts/`), keyed by the font file's SHA-256, the character
/// rule's version, HarfBuzz's and zlib's versions: what could change its bytes. An entry holds
/// the size of the uncompressed subset and the zlib stream; it is used only when the stream
/// inflates to exactly that size and its Adler-32 (which zlib checks) matches, so a damaged or
/// cut-short entry is cut again, never embedded. (A SHA-256 of the 2.6 MB took 10 ms of a
/// 120 ms build; the key already names the font's SHA-256.) The entry is written to a
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
        if let location, let cached = Self.readEntry(at: location) {
            var subset = try HarfBuzzSubsetter.read(try HarfBuzzFace(bytes: cached.raw, name: file), name: file)
            subset.compressedProgram = cached.compressed
            return subset
        }
        var subset = try cut()
        let compressed = ZlibCompressor.smallest.compress(subset.file)
        subset.compressedProgram = compressed
        if let location { Self.writeEntry(raw: subset.file, compressed: compressed, at: location) }
        return subset
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
        return "\(folder)/typing-fonts/\(digest)-\(faceIndex)-r\(TypingCharacters.ruleVersion)-hb\(harfBuzz)-z\(ZlibCompressor.version).bin"
    }

    // MARK: - Entries

    private static let magic = "ayumi typing font 2\n"

    /// `magic`, then `SIZE\n` of the uncompressed subset, then the zlib stream.
    static func writeEntry(raw: [UInt8], compressed: [UInt8], at path: String) {
        let header = magic + "\(raw.count)\n"
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(Array(header.utf8) + compressed).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The entry at `path`, if it is whole: its stream inflates, Adler-32 intact, to the recorded size.
    static func readEntry(at path: String) -> (raw: [UInt8], compressed: [UInt8])? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        let magicBytes = Array(magic.utf8)
        guard bytes.count > magicBytes.count, Array(bytes.prefix(magicBytes.count)) == magicBytes,
              let end = bytes[magicBytes.count...].firstIndex(of: 0x0A) else { return nil }
        guard let size = Int(String(decoding: bytes[magicBytes.count..<end], as: UTF8.self)), size > 0 else { return nil }
        let compressed = Array(bytes[(end + 1)...])
        guard let raw = ZlibCompressor.decompress(compressed, size: size) else { return nil }
        return (raw, compressed)
    }
}
