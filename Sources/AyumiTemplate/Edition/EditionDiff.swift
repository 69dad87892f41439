import AyumiModel

/// What changed between two editions, key by key.
///
/// ```swift
/// for difference in EditionDiff.compare(old, new) { print(difference.path, difference.kind) }
/// ```
/// Changed and added values come in the new file's order, then removed ones in the old file's.
public struct EditionDiff: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case changed(old: EditionEntry.Value, new: EditionEntry.Value)
        case added(EditionEntry.Value)
        case removed(EditionEntry.Value)
    }

    public var path: String
    public var kind: Kind
    /// Where the value is: in the new file, or in the old one for a removed value.
    public var location: SourceLocation

    public static func compare(_ old: YAMLFile, _ new: YAMLFile) -> [EditionDiff] {
        let before = EditionEntry.all(in: old), after = EditionEntry.all(in: new)
        let oldByPath = Dictionary(before.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let newPaths = Set(after.map(\.path))
        var differences: [EditionDiff] = []
        for entry in after {
            if let previous = oldByPath[entry.path] {
                if previous.value != entry.value {
                    differences.append(EditionDiff(path: entry.path, kind: .changed(old: previous.value, new: entry.value),
                                                   location: entry.location))
                }
            } else {
                differences.append(EditionDiff(path: entry.path, kind: .added(entry.value), location: entry.location))
            }
        }
        for entry in before where !newPaths.contains(entry.path) {
            differences.append(EditionDiff(path: entry.path, kind: .removed(entry.value), location: entry.location))
        }
        return differences
    }
}
