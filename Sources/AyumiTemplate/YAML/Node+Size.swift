import Yams

extension Node {
    /// Which limit a tree passes with its aliases expanded.
    enum SizeLimit { case values, bytes }

    /// The first limit the tree passes — more than `values` nodes, or more than `bytes` bytes of
    /// scalar text — counting shared (aliased) nodes each time they are reached; `nil` when it
    /// stays within both. Stops as soon as a limit is passed, so a "billion laughs" costs at
    /// most `values` steps. The bytes matter as much as the count: a few thousand aliases of
    /// one long text once made 20,400 pages.
    func exceededLimit(values: Int, bytes: Int) -> SizeLimit? {
        var valuesLeft = values, bytesLeft = bytes
        var stack: [Node] = [self]
        while let node = stack.popLast() {
            valuesLeft -= 1
            if valuesLeft < 0 { return .values }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar(let scalar):
                bytesLeft -= scalar.string.utf8.count
                if bytesLeft < 0 { return .bytes }
            case .alias:
                break
            }
        }
        return nil
    }
}
