import AyumiModel

/// A data value on its way through a filter pipeline, with where it came from.
///
/// Filters mostly take and give text. A list arrives from YAML such as
/// `fiscal_years: [2026, 2027]`; only `fiscal_years` and `default` accept one.
public struct FilterValue: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case text(String)
        /// The items of a YAML list, each with its own location.
        case list([FilterValue])
    }

    public var content: Content
    /// Where the value is written: in the data file, or in the template for a `default`.
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    public static func text(_ text: String, at location: SourceLocation) -> FilterValue {
        FilterValue(.text(text), at: location)
    }

    public static func list(_ items: [FilterValue], at location: SourceLocation) -> FilterValue {
        FilterValue(.list(items), at: location)
    }

    /// True for an empty text or an empty list: what `default` replaces.
    var isEmpty: Bool {
        switch content {
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .list(let items): items.isEmpty
        }
    }
}
