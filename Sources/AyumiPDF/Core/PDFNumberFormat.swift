/// How AyumiPDF writes real numbers (ISO 32000-1 §7.3.3): fixed-point, never an exponent.
///
/// PDF has no exponent syntax (`1e-07` is not a number to a PDF reader), and `String(describing:)`
/// of a `Double` uses one for small and large values; so the digits are made here, with no
/// locale and no Foundation:
/// - rounded half away from zero to `fractionDigits` decimals (cairo also writes at most six);
/// - trailing zeros and a trailing point trimmed: `2.50` → `2.5`, `3.0` → `3`;
/// - no negative zero: `-0.0000001` → `0`;
/// - NaN and infinities are refused, since PDF cannot express them.
public enum PDFNumberFormat {
    /// Decimals kept: 10⁻⁶ pt is far below any printer's resolution.
    public static let fractionDigits = 6

    public static func string(for value: Double) throws(PDFError) -> String {
        guard value.isFinite else { throw .nonFiniteReal(value) }
        let magnitude = value.magnitude
        var whole = magnitude.rounded(.towardZero)
        var fraction = ((magnitude - whole) * 1_000_000).rounded(.toNearestOrAwayFromZero)
        if fraction >= 1_000_000 {
            whole += 1
            fraction = 0
        }
        var text = integerDigits(whole)
        if fraction > 0 {
            let digits = String(Int(fraction))
            var decimals = String(repeating: "0", count: fractionDigits - digits.count) + digits
            while decimals.last == "0" { decimals.removeLast() }
            text += "." + decimals
        }
        return value < 0 && text != "0" ? "-" + text : text
    }

    /// The decimal digits of a non-negative whole `Double`, exactly, however large.
    static func integerDigits(_ whole: Double) -> String {
        if whole < 9_000_000_000_000_000_000 { return String(UInt64(whole)) }
        // whole = significand × 2^shift with an integer significand; double a decimal digit array.
        var digits = Array(String(UInt64(whole.significandBitPattern | 1 << 52)).utf8.reversed().map { $0 - 48 })
        for _ in 0..<(Int(whole.exponent) - 52) {
            var carry: UInt8 = 0
            for index in digits.indices {
                let doubled = digits[index] * 2 + carry
                digits[index] = doubled % 10
                carry = doubled / 10
            }
            if carry > 0 { digits.append(carry) }
        }
        return String(decoding: digits.reversed().map { $0 + 48 }, as: UTF8.self)
    }
}
