import AyumiModel
import Yams

extension FilterValue {
    /// The value a YAML node holds, for a filter pipeline: a scalar as text, a list as a list
    /// (each item keeping its own line and column, so `fiscal_years` can point at the bad one).
    ///
    /// `nil` for a mapping, which holds named values rather than one value: the caller reports
    /// that the placeholder should name one of its keys (`edition.as_of`, not `edition`).
    public init?(_ node: Node, in file: YAMLFile) {
        switch node {
        case .scalar(let scalar):
            self = .text(scalar.string, at: file.location(of: node))
        case .sequence(let sequence):
            var items: [FilterValue] = []
            for item in sequence {
                guard let value = FilterValue(item, in: file) else { return nil }
                items.append(value)
            }
            self = .list(items, at: file.location(of: node))
        case .mapping, .alias:
            return nil
        }
    }
}
