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
        var bytes: [UInt8] = []
        try append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the digits of `value` to `bytes`, as `string(for:)` writes them.
    ///
    /// Serialising a form writes thousands of numbers (four per widget rectangle, six per curve
    /// of an appearance), so they go straight into the output, without a `String` for each.
    public static func append(_ value: Double, to bytes: inout [UInt8]) throws(PDFError) {
        guard value.isFinite else { throw .nonFiniteReal(value) }
        let magnitude = value.magnitude
        var whole = magnitude.rounded(.towardZero)
        var fraction = ((magnitude - whole) * 1_000_000).rounded(.toNearestOrAwayFromZero)
        if fraction >= 1_000_000 {
            whole += 1
            fraction = 0
        }
        // "-" unless everything rounds to zero: no negative zero.
        if value < 0 && (whole != 0 || fraction != 0) { bytes.append(UInt8(ascii: "-")) }
        if whole < 9_000_000_000_000_000_000 {
            appendDecimal(UInt64(whole), to: &bytes)
        } else {
            bytes += Array(integerDigits(whole).utf8)
        }
        guard fraction > 0 else { return }
        // Six decimals with the trailing zeros trimmed: 0.25 → 250000 → "25".
        var decimals = UInt64(fraction), count = fractionDigits
        while decimals % 10 == 0 {
            decimals /= 10
            count -= 1
        }
        bytes.append(UInt8(ascii: "."))
        appendDecimal(decimals, to: &bytes, width: count)
    }

    /// The decimal digits of `value`, padded with leading zeros to `width` (at most 20).
    static func appendDecimal(_ value: UInt64, to bytes: inout [UInt8], width: Int = 1) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var start = 20, rest = value
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0 || 20 - start < width
            bytes.append(contentsOf: buffer[start...])
        }
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
