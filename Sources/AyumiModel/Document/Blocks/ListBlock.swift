/// A list: each item is text, marked with a bullet or a number.
public struct ListBlock: Hashable, Sendable {
    public enum Marker: String, CaseIterable, Hashable, Sendable {
        /// ・ before each item.
        case bullet
        /// （1）（2）… before each item.
        case number
        /// ①②… before each item.
        case circled
    }

    public var marker: Marker
    public var items: [[Inline]]
    public var style: TextStyle

    public init(marker: Marker, items: [[Inline]], style: TextStyle) {
        self.marker = marker
        self.items = items
        self.style = style
    }
}
