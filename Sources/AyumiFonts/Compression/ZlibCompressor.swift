internal import CZlib
import AyumiPDF

/// zlib's deflate (the system `libz`) at a fixed level, for the PDF's large streams: level 9 for
/// the typing font's program (made once and cached, `TypingFont`), level 6 (`standard`) for the
/// rest — the ToUnicode map and the fallback subsets, made every build: level 9 takes 38 ms
/// over the typing font's 130 KB ToUnicode map to save 86 bytes of 45 KB.
///
/// A fixed level and zlib's deterministic deflate make the same bytes every time on a machine
/// with the same zlib (Debian pins it); the typing-font cache keys on `zlibVersion()` so a
/// cached stream is never one another zlib would have made differently. Dynamic Huffman
/// tables and lazy matching make the 2.60 MB typing font 1.77 MB where `PDFFlate`'s fixed
/// Huffman codes make it 1.95 MB (docs/pdf-output.md): 175 KB, 6 % of the 3 MB budget.
public struct ZlibCompressor: StreamCompressor {
    /// The zlib level, 0–9.
    public let level: Int32

    /// Level 6, zlib's own default: nearly all of level 9's gain at a third of its time.
    public static let standard = ZlibCompressor(level: 6)
    /// Level 9, for what is compressed once and kept (the typing font's program).
    public static let smallest = ZlibCompressor(level: 9)

    public init(level: Int32) {
        self.level = max(0, min(9, level))
    }

    public func compress(_ data: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &length, input.baseAddress, uLong(data.count), level)
            }
        }
        // compress2 fails only without memory or with a bound too small, neither of which
        // compressBound allows; fall back to the pure compressor rather than lose the stream.
        guard status == Z_OK else { return FixedHuffmanCompressor().compress(data) }
        return Array(output.prefix(Int(length)))
    }

    /// The inflated bytes of a zlib stream whose inflated size is known; `nil` when the data
    /// is damaged (zlib checks the stream's Adler-32 of the inflated bytes) or its size differs.
    public static func decompress(_ data: [UInt8], size: Int) -> [UInt8]? {
        var length = uLong(size)
        var output = [UInt8](repeating: 0, count: max(size, 1))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &length, input.baseAddress, uLong(data.count))
            }
        }
        guard status == Z_OK, Int(length) == size else { return nil }
        return Array(output.prefix(size))
    }

    /// zlib's CRC-32 of `data`: the check of a typing-font cache entry (`TypingFontEntry`),
    /// a few hundred microseconds for its 1.9 MB where inflating them took ten milliseconds.
    public static func crc32(of data: ArraySlice<UInt8>) -> UInt32 {
        data.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }

    /// The version of the zlib linked (`1.2.13`), part of the typing-font cache's key.
    public static var version: String { String(cString: zlibVersion()) }
}
