/// Text from the user's files made safe to print on a terminal.
///
/// A cell of a table, a column name or a file name can hold control characters, and an escape
/// sequence (ESC `[2J`, ESC `]0;…BEL`, the C1 CSI U+009B) printed as it is would clear the
/// screen, retitle the window or worse. Every message, hint and summary line goes through
/// `visible` before it is written: C0 controls become their pictures (ESC → ␛), DEL becomes ␡,
/// C1 controls and the bidirectional overrides (which can make text read backwards) become
/// U+FFFD. Each character becomes exactly one, so carets under source lines stay in place.
/// Line breaks and tabs are kept; what Ayumi writes itself (the progress bar) does not pass here.
enum TerminalText {
    static func visible(_ text: String, keepingLineBreaks: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLineBreaks, scalar == "\n" || scalar == "\t" {
                scalars.append(scalar)
            } else if scalar.value < 0x20 {
                scalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else if scalar.value == 0x7F {
                scalars.append("\u{2421}")
            } else if isUnsafe(scalar) {
                scalars.append("\u{FFFD}")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
