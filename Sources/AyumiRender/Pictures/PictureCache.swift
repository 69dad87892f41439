#if canImport(Glibc)
import Glibc
#endif
import AyumiLayout
import AyumiModel

/// Pictures decoded once per process, shared by every document of a batch (and by layout and
/// drawing of one document): a 1.1 MB PNG of a large size took seconds to decode, and batch
/// decoded it again for each person.
///
/// An entry is keyed by the file's real path and what `fstat` says of the bytes read (device,
/// inode, size, modification and change times), so a picture edited while `watch` runs is read
/// again. Failures are kept too, so a bad picture is judged once. The decoded pixels are bounded
/// (`budget`): past it, the oldest entries go, though the newest always stays.
enum PictureCache {
    /// The most bytes of decoded pictures kept: a few pictures at the size limit.
    static let budget = 512 << 20

    struct Key: Hashable, Sendable {
        var realPath: String
        var device: UInt64, inode: UInt64, size: Int64
        var modified: Int, modifiedNanoseconds: Int, changed: Int, changedNanoseconds: Int
    }

    private struct State {
        var entries: [Key: Result<LoadedPicture, ImageProblem>] = [:]
        var order: [Key] = []
        var bytes = 0
    }

    private static let state = Locked(State())

    /// The picture at `path`, read, checked and decoded the first time. `limits` are checked on
    /// every call (also for a picture already decoded); `nil` when layout checked them already.
    ///
    /// Decoding happens under the lock: two documents asking for the same picture at once wait
    /// for one decode instead of making two.
    static func picture(at path: String, limits: ImageLimits?) -> Result<LoadedPicture, ImageProblem> {
        guard let (key, bytes) = contents(of: path) else { return .failure(.unreadable) }
        let result = state.withLock { state -> Result<LoadedPicture, ImageProblem> in
            if let cached = state.entries[key] { return cached }
            let loaded = LoadedPicture.load(bytes, limits: limits ?? ImageLimits(imagePixels: .max))
            // A failure for being too large depends on the limits asked with: not kept.
            if case .failure(.tooLarge) = loaded { return loaded }
            state.entries[key] = loaded
            state.order.append(key)
            state.bytes += (try? loaded.get())?.byteCount ?? 0
            while state.bytes > budget, state.order.count > 1 {
                let oldest = state.order.removeFirst()
                state.bytes -= (try? state.entries.removeValue(forKey: oldest)?.get())?.byteCount ?? 0
            }
            return loaded
        }
        if let limits, case .success(let picture) = result,
           !limits.allows(width: picture.info.pixelWidth, height: picture.info.pixelHeight) {
            return .failure(.tooLarge(width: picture.info.pixelWidth, height: picture.info.pixelHeight, limits: limits))
        }
        return result
    }

    /// The file's key and bytes, read through one descriptor (so the key describes the bytes).
    private static func contents(of path: String) -> (Key, [UInt8])? {
        guard let resolved = realpath(path, nil) else { return nil }
        let realPath = String(cString: resolved)
        free(resolved)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let key = Key(realPath: realPath, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                      modified: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec,
                      changed: info.st_ctim.tv_sec, changedNanoseconds: info.st_ctim.tv_nsec)
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + done, $0.count - done) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        // A file that shrank while being read is judged by what was read (a cut-short picture).
        bytes.removeLast(bytes.count - done)
        return (key, bytes)
    }
}
