/// A length in PostScript points (1/72 inch), the unit used everywhere inside Ayumi.
///
/// Templates may write other units; `LengthSpec` parses them and resolves font-relative units.
public struct Length: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var points: Double

    public init(points: Double) { self.points = points }

    public static func pt(_ value: Double) -> Length { Length(points: value) }
    public static func mm(_ value: Double) -> Length { Length(points: value * 72 / 25.4) }
    public static func cm(_ value: Double) -> Length { .mm(value * 10) }
    /// Q (級) and H (歯): a quarter millimetre, the unit of Japanese phototypesetting.
    public static func q(_ value: Double) -> Length { .mm(value / 4) }

    public static let zero = Length(points: 0)

    public static func < (a: Length, b: Length) -> Bool { a.points < b.points }
    public static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    public static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    public static func * (a: Length, k: Double) -> Length { Length(points: a.points * k) }
    public static func / (a: Length, k: Double) -> Length { Length(points: a.points / k) }
    public static func += (a: inout Length, b: Length) { a.points += b.points }
    public static func -= (a: inout Length, b: Length) { a.points -= b.points }
    public static prefix func - (a: Length) -> Length { Length(points: -a.points) }

    public var millimetres: Double { points * 25.4 / 72 }

    public var description: String { "\(points)pt" }
}

/// A length as a template writes it: absolute, or relative to the current font size.
///
/// `zw` (全角) and `em` both mean one current font size; they are kept as one case because
/// Ayumi's Japanese fonts are square.
public enum LengthSpec: Hashable, Sendable, CustomStringConvertible {
    case absolute(Length)
    case fontRelative(Double)

    /// The units a template may write, longest first so `pt` is not read as `p` + `t`.
    public static let unitNames = ["pt", "mm", "cm", "zw", "em", "Q", "H"]

    /// Parses `12pt`, `20mm`, `1.5cm`, `40Q`, `40H`, `1.5zw`, `2em`.
    ///
    /// Returns `nil` when the text is not a length; callers turn that into a located diagnostic
    /// listing `unitNames`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        guard let unit = Self.unitNames.first(where: { trimmed.hasSuffix($0) }) else { return nil }
        let number = String(trimmed.dropLast(unit.count)).trimmingSpaces
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              let value = Double(number), value.isFinite
        else { return nil }
        switch unit {
        case "pt": self = .absolute(.pt(value))
        case "mm": self = .absolute(.mm(value))
        case "cm": self = .absolute(.cm(value))
        case "Q", "H": self = .absolute(.q(value))
        default: self = .fontRelative(value)
        }
    }

    /// The length in points, given the font size that `zw`/`em` refer to.
    public func resolved(fontSize: Length) -> Length {
        switch self {
        case .absolute(let length): length
        case .fontRelative(let factor): fontSize * factor
        }
    }

    public var description: String {
        switch self {
        case .absolute(let length): "\(length.points)pt"
        case .fontRelative(let factor): "\(factor)zw"
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs (no Foundation needed).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
