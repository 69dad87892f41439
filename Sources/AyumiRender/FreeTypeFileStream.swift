internal import CFreeType
#if canImport(Glibc)
import Glibc
#endif

/// Opens a face for cairo through a FreeType stream of Ayumi's own, so that cairo's copies of a
/// whole font table cost less time and memory.
///
/// cairo 1.16 copies a CFF font's whole `CFF ` table out of the face twice per document, once
/// to ask whether the font is CID-keyed and once to subset it (`FT_Load_Sfnt_Table` into a
/// fresh `malloc`). The Noto CJK faces, the fallbacks for characters BIZ UD lacks (𠮷), have
/// tables of 16–24 MB; when bold Mincho was Noto Serif CJK JP Bold (24 MB), it cost the 41-page
/// note some 40 ms and 50 MiB (one bold word in a one-line article, 27 ms) — bold Mincho is now
/// BIZ UDGothic Bold (docs/composition.md), but any fallback character still pays this. Most of the time was not the copying but the page faults of cairo's new
/// buffer: some 6,000 of them per copy, one per 4 KiB page. So a read of at least `largeRead`
/// bytes
/// - first asks the kernel to back the buffer with 2 MiB pages (`MADV_HUGEPAGE`, which only
///   advises: where transparent huge pages are off it changes nothing, where they are always on
///   it is already so), a dozen faults instead of thousands;
/// - then reads with `pread`, so the kernel copies from its page cache and the table's pages
///   are not mapped into the process for it: through FreeType's own stream, which maps the
///   file, the 24 MB would count again in the process's memory.
/// Smaller reads (a glyph, a table header: tens of thousands per document) are copied from a
/// memory map of the file, as FreeType's own stream does, since a system call for each would
/// cost more than it saves. The bytes cairo gets are the same either way, so the PDF is too.
/// Measured on the 41-page note (docs/performance.md): 129 → 119 ms, 99 → 80 MiB.
enum FreeTypeFileStream {
    /// Reads at least this long are advised and read with `pread`.
    static let largeRead = 1 << 20

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// What the stream's `descriptor` points at.
    private struct File {
        var descriptor: Int32
        var map: UnsafeRawPointer
        var size: Int
    }

    /// Face `index` of `path`, or `nil` when the file cannot be opened or is not a font.
    static func openFace(library: FT_Library, path: String, index: Int) -> FT_Face? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0,
              let map = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), map != MAP_FAILED
        else {
            close(descriptor)
            return nil
        }
        let file = UnsafeMutablePointer<File>.allocate(capacity: 1)
        file.initialize(to: File(descriptor: descriptor, map: UnsafeRawPointer(map), size: Int(status.st_size)))
        let stream = UnsafeMutablePointer<FT_StreamRec>.allocate(capacity: 1)
        stream.initialize(to: FT_StreamRec())
        stream.pointee.size = UInt(status.st_size)
        stream.pointee.descriptor.pointer = UnsafeMutableRawPointer(file)
        stream.pointee.read = read
        // FreeType calls this from FT_Done_Face, and when FT_Open_Face fails; it never frees a
        // stream it was given, so the record is freed here too.
        stream.pointee.close = { stream in
            guard let stream, let pointer = stream.pointee.descriptor.pointer else { return }
            let file = pointer.assumingMemoryBound(to: File.self)
            munmap(UnsafeMutableRawPointer(mutating: file.pointee.map), file.pointee.size)
            Glibc.close(file.pointee.descriptor)
            file.deinitialize(count: 1)
            file.deallocate()
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        var arguments = FT_Open_Args()
        arguments.flags = FT_UInt(FT_OPEN_STREAM)
        arguments.stream = stream
        var face: FT_Face?
        guard FT_Open_Face(library, &arguments, index, &face) == 0 else { return nil }
        return face
    }

    /// Reads `count` bytes at `offset` into `buffer` and answers how many it read; a `count`
    /// of 0 is a seek, answered 0 when it is inside the file (FreeType's `FT_Stream_IoFunc`).
    private static let read: FT_Stream_IoFunc = { stream, offset, buffer, count in
        guard let stream, let pointer = stream.pointee.descriptor.pointer else { return count == 0 ? 1 : 0 }
        let file = pointer.assumingMemoryBound(to: File.self).pointee
        guard Int(offset) <= file.size else { return count == 0 ? 1 : 0 }
        guard count > 0 else { return 0 }
        guard let buffer else { return 0 }
        let wanted = min(Int(count), file.size - Int(offset))
        guard wanted >= largeRead else {
            UnsafeMutableRawPointer(buffer).copyMemory(from: file.map + Int(offset), byteCount: wanted)
            return UInt(wanted)
        }
        adviseHugePages(UnsafeMutableRawPointer(buffer), count: wanted)
        var done = 0
        while done < wanted {
            let result = pread(file.descriptor, buffer + done, wanted - done, off_t(offset) + off_t(done))
            if result > 0 {
                done += result
            } else if result < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        return UInt(done)
    }

    /// `MADV_HUGEPAGE` on the whole pages inside `buffer` (a hint; its failure is harmless).
    private static func adviseHugePages(_ buffer: UnsafeMutableRawPointer, count: Int) {
        let start = (Int(bitPattern: buffer) + pageSize - 1) / pageSize * pageSize
        let end = (Int(bitPattern: buffer) + count) / pageSize * pageSize
        guard end > start, let first = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(first, end - start, MADV_HUGEPAGE)
    }
}
