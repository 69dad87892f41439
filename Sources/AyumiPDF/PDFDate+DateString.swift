extension PDFDate {
    /// An ISO 8601 date as a PDF date string, `D:YYYYMMDDHHmmSSOHH'mm'` (ISO 32000-1 §7.9.4).
    ///
    /// Accepts what Ayumi's sources give: `2026-04-01`, optionally followed by `THH:MM` or
    /// `THH:MM:SS` (a fraction of a second is dropped) and a zone `Z` or `±HH:MM` (`±HHMM`, `±HH`).
    ///
    /// - `2026-04-01T09:00:00+09:00` → `D:20260401090000+09'00'`
    /// - `2026-04-01T00:00:00Z` → `D:20260401000000Z00'00'`
    /// - `2026-04-01` → `D:20260401000000`: with no zone in the source, none is invented; §7.9.4
    ///   lets the zone be left out, meaning "unknown".
    ///
    /// Returns `nil` for anything else, including impossible dates such as `2026-02-30`.
    public static func pdfDateString(iso8601 text: String) -> String? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2), scanner.skip("-"),
              let day = scanner.number(2), (1...12).contains(month), (1...daysIn(month, of: year)).contains(day)
        else { return nil }
        var (hour, minute, second) = (0, 0, 0)
        if scanner.skip("T") {
            guard let h = scanner.number(2), scanner.skip(":"), let m = scanner.number(2), h < 24, m < 60 else { return nil }
            (hour, minute) = (h, m)
            if scanner.skip(":") {
                guard let s = scanner.number(2), s < 60 else { return nil }
                second = s
                if scanner.skip(".") || scanner.skip(",") {
                    guard scanner.digits() > 0 else { return nil }
                }
            }
        }
        var zone = ""
        if scanner.skip("Z") {
            zone = "Z00'00'"
        } else if let sign = scanner.sign() {
            guard let h = scanner.number(2), h < 24 else { return nil }
            var m = 0
            if scanner.skip(":") {
                guard let minutes = scanner.number(2) else { return nil }
                m = minutes
            } else if let minutes = scanner.number(2) {
                m = minutes
            }
            guard m < 60 else { return nil }
            zone = "\(sign)\(pad(Int64(h), 2))'\(pad(Int64(m), 2))'"
        }
        guard scanner.atEnd else { return nil }
        let digits = [(year, 4), (month, 2), (day, 2), (hour, 2), (minute, 2), (second, 2)].map { pad(Int64($0), $1) }
        return "D:" + digits.joined() + zone
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Reads fixed-width numbers and separators from ASCII text, for `PDFDate.pdfDateString`.
private struct DigitScanner {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    /// Exactly `width` decimal digits.
    mutating func number(_ width: Int) -> Int? {
        guard position + width <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + width] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        position += width
        return value
    }

    /// Any number of digits; returns how many.
    mutating func digits() -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    mutating func sign() -> String? {
        if skip("+") { return "+" }
        if skip("-") { return "-" }
        return nil
    }
}
