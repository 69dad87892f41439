import Foundation

/// Writes a file so that readers see the old file or the whole new one, never a part.
///
/// The bytes go to a temporary file in the same folder, which is then renamed over the target
/// (rename is atomic within a file system). Missing parent folders are created.
enum AtomicFile {
    /// `private`: the file holds a resident's answers (DESIGN.md, "Output files"), so it is
    /// created readable by its owner alone (0600), the temporary file too, from the first byte.
    static func write(_ bytes: [UInt8], to path: String, private: Bool = false) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard `private` else {
            try Data(bytes).write(to: url, options: .atomic)
            return
        }
        try writePrivately(bytes, to: url)
    }

    /// mkstemp makes the temporary file 0600 and unique; it is removed if anything fails.
    private static func writePrivately(_ bytes: [UInt8], to url: URL) throws {
        var template = Array(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: POSIXErrorCode?
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = POSIXErrorCode(rawValue: errno) ?? .EIO
                    return
                }
                written += count
            }
        }
        if failure == nil, fchmod(descriptor, 0o600) != 0 || fsync(descriptor) != 0 { failure = POSIXErrorCode(rawValue: errno) ?? .EIO }
        close(descriptor)
        if failure == nil, rename(temporary, url.path) != 0 { failure = POSIXErrorCode(rawValue: errno) ?? .EIO }
        if let failure {
            unlink(temporary)
            throw POSIXError(failure)
        }
    }
}
