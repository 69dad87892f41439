import AyumiModel

extension Template {
    /// A value the template's `data:` declares, as a caller outside the module sees it.
    public struct DataFieldSummary: Hashable, Sendable {
        public var name: String
        /// The declared type: `text`, `markup`, `choice`, `length`, `date`, `boolean`, `number`, `list`, `group`.
        public var type: String
        public var required: Bool
        /// The Japanese label, if the declaration gives one.
        public var label: String?
    }

    /// The values the template's data declares, in the order written (`ayumi batch` matches
    /// table columns against them).
    public var dataFields: [DataFieldSummary] {
        fields.map { DataFieldSummary(name: $0.name, type: $0.kind.rawValue, required: $0.required, label: $0.label) }
    }
}
