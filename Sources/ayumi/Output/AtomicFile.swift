import Foundation

/// The one way Ayumi writes an output file: readers see the old file or the whole new one,
/// never a part, and nothing of it is left behind when the run is interrupted.
///
/// - Only nothing or a regular file is replaced (`OutputTarget.inspect`); a folder, link,
///   device or pipe gets a friendly error.
/// - The bytes go to a private temporary file next to the target (`TemporaryFile`: 0600,
///   removed by a signal, swept by the next run after SIGKILL), then renamed over it.
/// - The mode: an existing file keeps its own; a new file with a resident's answers
///   (`private`) is 0600, another follows the user's umask (`FileModes`).
/// - Missing parent folders are created.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String, private: Bool = false) throws(OutputError) {
        let target = try OutputTarget.inspect(path)
        let folder = (path as NSString).deletingLastPathComponent
        let place = folder.isEmpty ? "." : folder
        try OutputTarget.createFolder(place)
        let temporary = try TemporaryFile.create(in: place)
        do throws(OutputError) {
            try temporary.write(bytes)
        } catch {
            temporary.discard()
            if case .system(_, let code) = error { throw .system(path, code) }   // name the target, not the temporary
            throw error
        }
        try temporary.commit(to: path, mode: FileModes.mode(replacing: target.existingMode, private: `private`))
    }
}
