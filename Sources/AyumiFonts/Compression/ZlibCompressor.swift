internal import CZlib
import AyumiPDF

/// zlib's deflate at level 9 (the system `libz`), for the PDF's large streams: the typing
/// font's program and ToUnicode map, the fallback subsets.
///
/// A fixed level and zlib's deterministic deflate make the same bytes every time on a machine
/// with the same zlib (Debian pins it); the typing-font cache keys on `zlibVersion()` so a
/// cached stream is never one another zlib would have made differently. Dynamic Huffman
/// tables and lazy matching make the 2.6 MB typing font 1.74 MB where `PDFFlate`'s fixed
/// Huffman codes make it 1.99 MB (docs/pdf-output.md).
public struct ZlibCompressor: StreamCompressor {
    public static let level: Int32 = 9

    public init() {}

    public func compress(_ data: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &length, input.baseAddress, uLong(data.count), Self.level)
            }
        }
        // compress2 fails only without memory or with a bound too small, neither of which
        // compressBound allows; fall back to the pure compressor rather than lose the stream.
        guard status == Z_OK else { return FixedHuffmanCompressor().compress(data) }
        return Array(output.prefix(Int(length)))
    }

    /// The inflated bytes of a zlib stream whose inflated size is known; `nil` when the data
    /// is damaged or its size differs.
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

    /// The version of the zlib linked (`1.2.13`), part of the typing-font cache's key.
    public static var version: String { String(cString: zlibVersion()) }
}
