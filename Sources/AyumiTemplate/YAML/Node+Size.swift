import Yams

extension Node {
    /// Whether the tree holds at most `limit` nodes, counting shared (aliased) nodes each time
    /// they are reached; stops counting as soon as the limit is passed.
    func isSmall(limit: Int) -> Bool {
        var budget = limit
        var stack: [Node] = [self]
        while let node = stack.popLast() {
            budget -= 1
            if budget < 0 { return false }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return true
    }
}
