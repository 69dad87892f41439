import AyumiModel
import AyumiTemplate
import Foundation

/// Prints diagnostics to standard error the way compilers do:
///
/// ```
/// examples/article/bad.yaml:4:9: error: no font can show U+E000 (a private-use character)
///    4 |   本文に外字があります。
///      |         ^
///   hint: private-use characters (外字) show differently on every computer; …
/// ```
///
/// The caret is placed by display width: kana, kanji and full-width forms take two columns.
struct DiagnosticReporter {
    /// The language of the headline words (`error`, `warning`, `hint`) and of the messages that
    /// `DiagnosticTranslation` knows; other messages keep the wording their stage gave them.
    var language: Language = .current
    /// Files whose lines are never shown under a message (a table of people: a row is
    /// personal data, and a batch's messages may end up in a log). The place is still given.
    var hiddenSources: Set<String> = []

    /// Renders at most `Limits.messagesPerFile` diagnostics of each file, then one line saying
    /// how many more there are (`Diagnostics.cappedPerFile`).
    func render(_ diagnostics: Diagnostics) -> String {
        var sources: [String: [Substring]] = [:]
        // Each source line is made printable once, however many messages point into it: doing
        // it per message made thousands of messages on one long line take minutes.
        var shownLines: [SourceLocation: [Unicode.Scalar]] = [:]
        var text = ""
        for original in diagnostics.cappedPerFile() {
            let diagnostic = DiagnosticTranslation.translate(original, to: language)
            // A message may quote a file name, a column or a value: never an escape sequence.
            text += TerminalText.visible(headline(diagnostic)) + "\n"
            if let location = diagnostic.location, !hiddenSources.contains(location.file) {
                if sources[location.file] == nil {
                    // A file over the size limit is never read, not even to show a line of it.
                    let content = InputFileLimit.check(location.file) != nil ? nil
                        : FileManager.default.contents(atPath: location.file).flatMap { String(data: $0, encoding: .utf8) }
                    sources[location.file] = content?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
                }
                if let lines = sources[location.file], location.line - 1 < lines.count, location.line >= 1 {
                    let key = SourceLocation(file: location.file, line: location.line, column: 0)
                    let line = shownLines[key] ?? Self.printable(lines[location.line - 1])
                    shownLines[key] = line
                    text += snippet(line, location: location)
                }
            }
            for hint in diagnostic.hints { text += "  " + Message.hintWord.text(in: language) + ": \(TerminalText.visible(hint))\n" }
        }
        return text
    }

    /// `file:line:column: error: message`; the severity word in the reader's language.
    private func headline(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let word = (diagnostic.severity == .error ? Message.errorWord : Message.warningWord).text(in: language)
        return "\(place)\(word): \(diagnostic.message)"
    }

    /// The most characters of a source line to show: long lines are cut around the caret.
    static let window = 60

    /// A source line as it can be shown: carriage returns dropped, tabs as spaces, control
    /// characters as their visible pictures (`TerminalText`), never sent to the terminal.
    static func printable(_ line: Substring) -> [Unicode.Scalar] {
        var plain = String.UnicodeScalarView()
        for scalar in line.unicodeScalars where scalar != "\r" { plain.append(scalar == "\t" ? " " : scalar) }
        return Array(TerminalText.visible(String(plain), keepingLineBreaks: false).unicodeScalars)
    }

    private func snippet(_ scalars: [Unicode.Scalar], location: SourceLocation) -> String {
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(4, number.count + 1))
        var shown: String
        var column = location.column
        if scalars.count > Self.window {
            let start = max(0, min(column - 1 - Self.window / 2, scalars.count - Self.window))
            let end = min(scalars.count, start + Self.window)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            shown = (start > 0 ? "…" : "") + String(view) + (end < scalars.count ? "…" : "")
            column = column - start + (start > 0 ? 1 : 0)
        } else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            shown = String(view)
        }
        let before = shown.unicodeScalars.prefix(max(0, column - 1))
        let padding = before.reduce(0) { $0 + DisplayWidth.of($1) }
        let caretWidth = shown.unicodeScalars.dropFirst(column - 1).first.map(DisplayWidth.of) ?? 1
        return String(repeating: " ", count: gutter.count - number.count) + number + " | " + shown + "\n"
            + gutter + " | " + String(repeating: " ", count: padding) + String(repeating: "^", count: caretWidth) + "\n"
    }
}

/// How many terminal columns a character takes (Unicode East Asian Width: W and F take two).
enum DisplayWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}
