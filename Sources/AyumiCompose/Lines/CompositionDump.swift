/// A plain-text dump of a composed paragraph: one row per unit with its class, position,
/// width and the space before it (natural → set). Golden files of these dumps pin down
/// composition; `ayumi` can print them when a layout needs explaining.
extension ComposedParagraph {
    public var textDump: String {
        var out = ""
        for (number, line) in lines.enumerated() {
            out += "line \(number + 1)  extent \(Self.format(line.extent))\(line.isJustified ? "  justified" : "")\n"
            for unit in line.units {
                let text = unit.text == " " ? "␣" : unit.text
                let cls = "cl-" + (unit.characterClass.rawValue < 10 ? "0" : "") + String(unit.characterClass.rawValue)
                var row = "  \(text)\t\(cls)\tat \(Self.format(unit.position))\twidth \(Self.format(unit.width))"
                if unit.naturalSpaceBefore != 0 || unit.spaceBefore != 0 {
                    row += "\tspace \(Self.format(unit.naturalSpaceBefore)) → \(Self.format(unit.spaceBefore))"
                }
                out += row + "\n"
            }
        }
        return out
    }

    /// Points with up to three decimals, trailing zeros dropped, so dumps are stable.
    static func format(_ value: Double) -> String {
        let thousandths = (value * 1000).rounded()
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = Int(abs(thousandths))
        let whole = magnitude / 1000, fraction = magnitude % 1000
        guard fraction != 0 else { return sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(whole).\(digits)"
    }
}
