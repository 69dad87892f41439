import AyumiModel
import Yams

/// The values of an edition file by key path, in file order: what `ayumi edition diff` compares.
///
/// Paths join keys with dots and number list items from 1, the way staff count them:
/// `edition.publisher`, `contacts[2].phone`. A list of short plain values (`fiscal_years: [2026,
/// 2027]`, every item at most 16 characters) is one entry; any other list has an entry for each
/// item (`laws[2]`), so a changed sentence shows on its own.
public struct EditionEntry: Hashable, Sendable {
    public enum Value: Hashable, Sendable, CustomStringConvertible {
        case text(String)
        case list([String])
        /// An empty group or list, or a key with nothing after it.
        case empty

        public var description: String {
            switch self {
            case .text(let text): text
            case .list(let items): "[" + items.joined(separator: ", ") + "]"
            case .empty: ""
            }
        }
    }

    public var path: String
    public var value: Value
    /// Where the value is written.
    public var location: SourceLocation

    /// Every entry of `file`, in the order they are written.
    public static func all(in file: YAMLFile) -> [EditionEntry] {
        guard let root = file.root else { return [] }
        var entries: [EditionEntry] = []
        collect(root, path: "", file: file, into: &entries)
        return entries
    }

    private static func collect(_ node: Node, path: String, file: YAMLFile, into entries: inout [EditionEntry]) {
        switch node {
        case .scalar(let scalar):
            entries.append(EditionEntry(path: path, value: scalar.string.isEmpty ? .empty : .text(scalar.string),
                                        location: file.location(of: node)))
        case .mapping(let mapping):
            if mapping.isEmpty {
                entries.append(EditionEntry(path: path, value: .empty, location: file.location(of: node)))
            }
            for (key, value) in mapping {
                let name = key.scalar?.string ?? "?"
                collect(value, path: path.isEmpty ? name : path + "." + name, file: file, into: &entries)
            }
        case .sequence(let sequence):
            let items = Array(sequence)
            if items.allSatisfy({ ($0.scalar?.string.count ?? .max) <= 16 }) {
                entries.append(EditionEntry(path: path, value: items.isEmpty ? .empty : .list(items.compactMap { $0.scalar?.string }),
                                            location: file.location(of: node)))
            } else {
                for (index, item) in items.enumerated() {
                    collect(item, path: "\(path)[\(index + 1)]", file: file, into: &entries)
                }
            }
        case .alias:
            break
        }
    }
}

/// Every scalar of a YAML tree with its key path, lists numbered from 1 (`edition.fiscal_years[1]`).
struct ScalarWalk {
    struct Item {
        var path: String
        /// The top-level key the scalar is under (`contacts` for `contacts[2].phone`).
        var section: String
        var node: Node
    }

    static func scalars(in root: Node) -> [Item] {
        var items: [Item] = []
        func walk(_ node: Node, _ path: String, _ section: String) {
            switch node {
            case .scalar:
                items.append(Item(path: path, section: section, node: node))
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let name = key.scalar?.string ?? "?"
                    walk(value, path.isEmpty ? name : path + "." + name, section.isEmpty ? name : section)
                }
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated() { walk(item, "\(path)[\(index + 1)]", section) }
            case .alias:
                break
            }
        }
        walk(root, "", "")
        return items
    }
}
