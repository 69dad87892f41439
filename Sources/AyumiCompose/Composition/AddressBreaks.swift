/// Break opportunities inside URLs, e-mail addresses and file paths.
///
/// Latin text breaks only at spaces, so an address longer than what is left of a line used
/// to push the whole line loose, or be cut wherever the line was full (`acp.htm` / `l`).
/// Inside an address a line may end after `/` and before `.`, `?`, `#`, `-`, `_` or `@`, as
/// UAX #14 practice, browsers and Typst allow; nothing is hyphenated, so the address reads
/// back exactly. A run of ASCII characters counts as an address when it has a scheme (`://`),
/// starts with `www.`, is `name@domain.tld`, starts a path (`/`, `~/`, `./`, `../`), or is a
/// host name (a word with a dot, starting with a letter) followed by `/` — so `128/76`,
/// `km/h` and `3.5km` stay whole.
enum AddressBreaks {
    /// Per unit, inside an address: whether a line may end after it (`nil` outside addresses,
    /// where the ordinary rules decide).
    static func breaks(units: [Unit], scalars: [Unicode.Scalar]) -> [Bool?] {
        var result = [Bool?](repeating: nil, count: units.count)
        var start = 0
        while start < units.count {
            guard isAddressCharacter(units[start], scalars) else { start += 1; continue }
            var end = start + 1
            while end < units.count, isAddressCharacter(units[end], scalars) { end += 1 }
            // Brackets and sentence punctuation around an address belong to the sentence.
            var first = start, last = end
            while first < last, leading.contains(units[first].first) { first += 1 }
            while last > first, trailing.contains(units[last - 1].last) { last -= 1 }
            if last - first >= 2, isAddress(units[first..<last].flatMap { scalars[$0.text] }) {
                for index in first..<(last - 1) {
                    result[index] = mayBreak(after: units[index].last, before: units[index + 1].first)
                }
            }
            start = end
        }
        return result
    }

    private static let leading: Set<Unicode.Scalar> = ["(", "[", "<", "\"", "'"]
    private static let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", ">", "\"", "'"]
    private static let breakBefore: Set<Unicode.Scalar> = [".", "?", "#", "-", "_", "@"]

    /// After `/` (not inside `//`), and before `.` `?` `#` `-` `_` `@` (not after another of
    /// them or a `/`, so `..` or `/.` are not split).
    static func mayBreak(after a: Unicode.Scalar, before b: Unicode.Scalar) -> Bool {
        if a == "/" { return b != "/" }
        return breakBefore.contains(b) && !breakBefore.contains(a)
    }

    private static func isAddressCharacter(_ unit: Unit, _ scalars: [Unicode.Scalar]) -> Bool {
        scalars[unit.text].allSatisfy { (0x21...0x7E).contains($0.value) }
    }

    static func isAddress(_ text: [Unicode.Scalar]) -> Bool {
        let string = String(String.UnicodeScalarView(text))
        if string.contains("://") || string.hasPrefix("www.") { return true }
        if ["/", "~/", "./", "../"].contains(where: { string.hasPrefix($0) }), string.count > 1 { return true }
        if let at = string.firstIndex(of: "@"), at != string.startIndex, string[at...].dropFirst().contains(".") {
            return true
        }
        if let slash = string.firstIndex(of: "/") {
            let host = string[..<slash]
            return host.first?.isLetter == true && host.contains(".")
        }
        return false
    }
}
