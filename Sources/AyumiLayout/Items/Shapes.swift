import AyumiModel

/// How a line or an outline is drawn.
public struct Stroke: Hashable, Sendable {
    public enum Dash: String, Hashable, Sendable {
        case solid
        /// Dashes three times the line width, with gaps of the same length.
        case dashed
        /// Round dots one line width across, three widths apart.
        case dotted
    }

    public var width: Double
    public var color: Color
    public var dash: Dash

    public init(width: Double, color: Color = .black, dash: Dash = .solid) {
        self.width = width
        self.color = color
        self.dash = dash
    }
}

/// A straight line from `start` to `end`.
public struct Rule: Hashable, Sendable {
    public var start: Point
    public var end: Point
    public var stroke: Stroke
    public var structure: StructureElement.ID?

    public init(from start: Point, to end: Point, stroke: Stroke, structure: StructureElement.ID? = nil) {
        self.start = start
        self.end = end
        self.stroke = stroke
        self.structure = structure
    }
}

/// A rectangle: filled, stroked or both, with rounded corners if `cornerRadius` > 0.
///
/// The stroke is centred on the rectangle's edge. `gap`, if set, leaves part of one edge
/// undrawn (where a box's title sits in its border).
public struct RectangleShape: Hashable, Sendable {
    public var rect: Rect
    public var cornerRadius: Double
    public var fill: Color?
    public var stroke: Stroke?
    public var gap: EdgeGap?
    public var structure: StructureElement.ID?

    public init(rect: Rect, cornerRadius: Double = 0, fill: Color? = nil, stroke: Stroke? = nil, gap: EdgeGap? = nil,
                structure: StructureElement.ID? = nil) {
        self.rect = rect
        self.cornerRadius = cornerRadius
        self.fill = fill
        self.stroke = stroke
        self.gap = gap
        self.structure = structure
    }
}

/// A stretch of a rectangle's edge left undrawn, from `start` to `end` in page coordinates
/// (x for the top and bottom edges, y for the left and right edges).
public struct EdgeGap: Hashable, Sendable {
    public enum Edge: String, Hashable, Sendable {
        case top, right, bottom, left
    }

    public var edge: Edge
    public var start: Double
    public var end: Double

    public init(edge: Edge, start: Double, end: Double) {
        self.edge = edge
        self.start = start
        self.end = end
    }
}

/// A check box (□) or radio button (○) drawn as a vector shape the size of the text beside it.
///
/// Checked marks are drawn as paths too: a tick in a box, a dot in a circle.
public struct ChoiceMark: Hashable, Sendable {
    public enum Shape: String, Hashable, Sendable {
        /// A square: any number of options may be chosen.
        case checkBox
        /// A circle: one option of the group.
        case radioButton
    }

    public var shape: Shape
    /// The square the mark fills.
    public var rect: Rect
    public var isChecked: Bool
    public var stroke: Stroke
    public var structure: StructureElement.ID?

    public init(shape: Shape, rect: Rect, isChecked: Bool, stroke: Stroke, structure: StructureElement.ID? = nil) {
        self.shape = shape
        self.rect = rect
        self.isChecked = isChecked
        self.stroke = stroke
        self.structure = structure
    }
}
