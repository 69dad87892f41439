/// Writes answers as an answers file, in the shape of examples/*/residents/*.yaml: one
/// `key: value` line per answer, check lists as `[a, b]`, table rows as `- {key: value, …}`,
/// text of several lines as a literal block (`|-`).
///
/// The output is deterministic (the answers' order, one spelling per value). A scalar is
/// written plain when YAML would read it back as the same text, single-line text otherwise in
/// double quotes with escapes. Ayumi reads answers without YAML's implicit types, but `null`,
/// `true` and the like are quoted anyway, so other tools read the file the same way.
public enum AnswersYAML {
    /// The file's text: an optional comment header, then the answers.
    public static func text(of answers: [Answer], header: [String] = []) -> String {
        var lines = header.map { "# " + $0 }
        for answer in answers {
            let key = scalar(answer.key, flow: false)
            switch answer.value {
            case .text(let text):
                if text.contains("\n"), let block = literalBlock(text, indent: 2) {
                    lines.append("\(key): \(block.header)")
                    lines += block.lines
                } else {
                    lines.append("\(key): \(scalar(text, flow: false))")
                }
            case .list(let words):
                lines.append("\(key): [\(words.map { scalar($0, flow: true) }.joined(separator: ", "))]")
            case .keyedRows(let rows):
                lines.append("\(key):")
                for row in rows {
                    let cells = row.map { "\(scalar($0.key, flow: true)): \(scalar($0.text, flow: true))" }
                    lines.append("  - {\(cells.joined(separator: ", "))}")
                }
            case .cellRows(let rows):
                lines.append("\(key):")
                for row in rows {
                    lines.append("  - [\(row.map { scalar($0, flow: true) }.joined(separator: ", "))]")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A scalar written plain when that is safe, in double quotes otherwise; `flow` for one
    /// inside `[…]` or `{…}`, where `,` `[` `]` `{` `}` end a plain scalar.
    static func scalar(_ text: String, flow: Bool) -> String {
        isPlainSafe(text, flow: flow) ? text : doubleQuoted(text)
    }

    static let reservedWords: Set<String> = [
        "null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE",
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
    ]

    static func isPlainSafe(_ text: String, flow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if reservedWords.contains(text) { return false }
        if first == " " || last == " " || first == "\t" || last == "\t" { return false }
        // Indicators that start something else when they start a scalar (YAML 1.2 §5.3).
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029, 0xFEFF: return false
            default: break
            }
            if flow, ",[]{}".unicodeScalars.contains(scalar) { return false }
            // `: ` starts a value and ` #` a comment; a final `:` reads as a key.
            if scalar == ":", index + 1 == scalars.count || scalars[index + 1] == " " { return false }
            if scalar == "#", index > 0, scalars[index - 1] == " " { return false }
        }
        return true
    }

    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += scalar.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Text of several lines as a literal block: `|-`, `|` or `|+` by how many line breaks it
    /// ends with, with an indentation indicator when the first line starts with a space; `nil`
    /// when the text holds what a block cannot (control characters, trailing spaces on a line
    /// that only has spaces would be lost to nothing else, so they are fine; tabs are fine).
    static func literalBlock(_ text: String, indent: Int) -> (header: String, lines: [String])? {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: continue
            case 0..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029, 0xFEFF: return nil
            default: continue
            }
        }
        var body = Substring(text)
        var trailing = 0
        while body.hasSuffix("\n") { body = body.dropLast(); trailing += 1 }
        guard !body.isEmpty else { return nil }
        let chomping = trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A first line starting with a space (or an empty one) needs the indentation said.
        let indicator = (lines.first?.first == " " || lines.first?.isEmpty == true || lines.first?.first == "\t") ? String(indent) : ""
        let pad = String(repeating: " ", count: indent)
        var out = lines.map { $0.isEmpty ? "" : pad + $0 }
        out += Array(repeating: "", count: max(0, trailing - 1))
        return ("|" + indicator + chomping, out)
    }
}
