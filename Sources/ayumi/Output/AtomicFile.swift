import Foundation

/// Writes a file so that readers see the old file or the whole new one, never a part.
///
/// The bytes go to a temporary file in the same folder, which is then renamed over the target
/// (rename is atomic within a file system). Missing parent folders are created.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: .atomic)
    }
}
