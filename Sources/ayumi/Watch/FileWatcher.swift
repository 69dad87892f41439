import AyumiModel
import Foundation
import Synchronization

/// Notices changes to a set of files and folders by polling their modification times.
///
/// Polling needs no extra packages and works the same on every file system, network shares
/// included. A snapshot records, for every file under the watched folders (recursively, hidden
/// files and `output/`-like build products excluded by the caller) and every watched file, its
/// modification time and size; two snapshots that differ mean something changed.
struct FileWatcher {
    var folders: [String]
    var files: [String]
    /// Paths never looked at (the outputs, which a build itself writes).
    var ignored: Set<String>

    struct Snapshot: Equatable {
        var entries: [String: Entry]
        struct Entry: Equatable {
            var modified: Date?
            var size: Int?
        }
    }

    func snapshot() -> Snapshot {
        var entries: [String: Snapshot.Entry] = [:]
        let manager = FileManager.default
        func record(_ path: String) {
            let standard = URL(fileURLWithPath: path).standardizedFileURL.path
            guard !ignored.contains(standard) else { return }
            let attributes = try? manager.attributesOfItem(atPath: path)
            entries[standard] = Snapshot.Entry(modified: attributes?[.modificationDate] as? Date,
                                               size: (attributes?[.size] as? NSNumber)?.intValue)
        }
        for folder in folders {
            record(folder)
            guard let walker = manager.enumerator(atPath: folder) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                record(folder + "/" + relative)
            }
        }
        for file in files { record(file) }
        return Snapshot(entries: entries)
    }

    /// What changed between two snapshots, for `--verbose`.
    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        let paths = Set(old.entries.keys).union(new.entries.keys)
        return paths.filter { old.entries[$0] != new.entries[$0] }.sorted()
    }
}
