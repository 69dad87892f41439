/// A box drawn around other blocks: a note, a tip, an important point.
public struct BoxBlock: Hashable, Sendable {
    /// An optional title set in the box's top edge.
    public var title: [Inline]?
    public var titleStyle: TextStyle?
    public var blocks: [Block]
    public var look: BoxLook

    public init(title: [Inline]?, titleStyle: TextStyle?, blocks: [Block], look: BoxLook) {
        self.title = title
        self.titleStyle = titleStyle
        self.blocks = blocks
        self.look = look
    }
}

/// How a box is drawn.
public struct BoxLook: Hashable, Sendable {
    /// How the border line is drawn.
    public enum BorderStyle: String, CaseIterable, Hashable, Sendable {
        case solid
        /// A dashed line: 切り取り線, the edge of a card to cut out along.
        case dashed
    }

    /// Border width; zero draws no border.
    public var borderWidth: Length
    public var borderColor: Color
    public var borderStyle: BorderStyle
    /// Fill behind the content, or `nil` for none.
    public var background: Color?
    public var cornerRadius: Length
    public var padding: Length

    public init(borderWidth: Length = .pt(1), borderColor: Color = .black, background: Color? = nil,
                cornerRadius: Length = .zero, padding: Length = .mm(4), borderStyle: BorderStyle = .solid) {
        self.borderWidth = borderWidth
        self.borderColor = borderColor
        self.borderStyle = borderStyle
        self.background = background
        self.cornerRadius = cornerRadius
        self.padding = padding
    }
}

/// An sRGB colour, each component from 0 to 1.
public struct Color: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)

    /// Parses `#RRGGBB` (or `#RGB`).
    public init?(hex text: String) {
        guard text.hasPrefix("#") else { return nil }
        var digits = String(text.dropFirst())
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: Double(value >> 16 & 0xFF) / 255, green: Double(value >> 8 & 0xFF) / 255,
                  blue: Double(value & 0xFF) / 255)
    }
}
