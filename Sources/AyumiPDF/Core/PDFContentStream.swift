/// Builds the operators of a content stream (ISO 32000-1 §8 and §9, Annex A), one per line,
/// with numbers written by `PDFNumberFormat`, so an appearance stream is the same bytes on
/// every machine.
///
/// ```swift
/// var content = PDFContentStream()
/// content.beginMarkedContent("Tx")
/// content.beginText()
/// content.setFont("FAP0", size: 10.5)
/// content.moveText(2, 6.3)
/// content.showGlyphs([12, 13])
/// content.endText()
/// content.endMarkedContent()
/// ```
public struct PDFContentStream: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Appends one operator with its operands: `1 0 0 1 2 3 cm`.
    public mutating func append(_ operands: [Double], _ operator: String) {
        for operand in operands {
            // A NaN or infinite operand (a degenerate box) is written as 0; `append` throws
            // before writing anything.
            do { try PDFNumberFormat.append(operand, to: &bytes) } catch { bytes.append(UInt8(ascii: "0")) }
            bytes.append(UInt8(ascii: " "))
        }
        bytes += `operator`.utf8
        bytes.append(0x0A)
    }

    /// `/Tx BMC` (§14.6): marked content; variable text in a field's appearance sits inside `/Tx`.
    public mutating func beginMarkedContent(_ tag: String) { raw("/\(tag) BMC") }
    public mutating func endMarkedContent() { raw("EMC") }
    /// `q` / `Q`: save and restore the graphics state.
    public mutating func save() { raw("q") }
    public mutating func restore() { raw("Q") }
    /// `x y w h re W n`: clip to a rectangle.
    public mutating func clip(x: Double, y: Double, width: Double, height: Double) {
        append([x, y, width, height], "re")
        raw("W n")
    }
    public mutating func rectangle(x: Double, y: Double, width: Double, height: Double) {
        append([x, y, width, height], "re")
    }
    public mutating func moveTo(_ x: Double, _ y: Double) { append([x, y], "m") }
    public mutating func lineTo(_ x: Double, _ y: Double) { append([x, y], "l") }
    public mutating func curveTo(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ x3: Double, _ y3: Double) {
        append([x1, y1, x2, y2, x3, y3], "c")
    }
    /// A full circle as four Bézier curves (the usual 0.5523 control-point ratio).
    public mutating func circle(centerX x: Double, centerY y: Double, radius r: Double) {
        let k = 0.552_284_75 * r
        moveTo(x + r, y)
        curveTo(x + r, y + k, x + k, y + r, x, y + r)
        curveTo(x - k, y + r, x - r, y + k, x - r, y)
        curveTo(x - r, y - k, x - k, y - r, x, y - r)
        curveTo(x + k, y - r, x + r, y - k, x + r, y)
        raw("h")
    }
    public mutating func fill() { raw("f") }
    public mutating func stroke() { raw("S") }
    public mutating func setLineWidth(_ width: Double) { append([width], "w") }
    /// `1 J 1 j`: round caps and joins.
    public mutating func setRoundCapsAndJoins() { raw("1 J\n1 j") }
    /// `g` / `G`: grey fill / stroke colour (0 black, 1 white).
    public mutating func setFillGray(_ gray: Double) { append([gray], "g") }
    public mutating func setStrokeGray(_ gray: Double) { append([gray], "G") }
    public mutating func beginText() { raw("BT") }
    public mutating func endText() { raw("ET") }
    public mutating func setFont(_ resource: String, size: Double) {
        bytes += PDFSerializer.bytes(of: PDFName(resource)) + [0x20]
        append([size], "Tf")
    }
    /// `tx ty Td`: the start of the next line, relative to the current one.
    public mutating func moveText(_ x: Double, _ y: Double) { append([x, y], "Td") }
    /// `<0001 0002> Tj`: two-byte codes (an Identity-H font's CIDs).
    public mutating func showGlyphs(_ codes: [UInt16]) {
        let digits = Array("0123456789ABCDEF".utf8)
        bytes.append(UInt8(ascii: "<"))
        for code in codes {
            for shift in [12, 8, 4, 0] { bytes.append(digits[Int(code >> UInt16(shift) & 0xF)]) }
        }
        bytes += Array("> Tj\n".utf8)
    }

    private mutating func raw(_ text: String) {
        bytes += Array(text.utf8)
        bytes.append(0x0A)
    }
}
