/// swift-argument-parser's usage errors, in the reader's language.
///
/// The parser's own errors are not public values, only English text, so for Japanese this
/// recognises the handful of sentence shapes it produces (listed below, from its
/// `ErrorMessageGenerator`) and rewords them; anything else keeps the parser's English after a
/// Japanese lead-in. Ayumi's own `ValidationError`s are already in the reader's language.
enum UsageErrorText {
    static func localized(_ text: String, language: Language) -> String {
        guard language == .japanese else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let line = lines[index]
            if line.hasPrefix("Error: ") {
                lines[index] = "エラー: " + message(String(line.dropFirst(7)))
            } else if line.hasPrefix("Help:  ") {
                lines[index] = "説明: " + line.dropFirst(7)
            } else if line.hasPrefix("Usage: ") {
                lines[index] = "使い方: " + line.dropFirst(7)
            } else if let range = line.range(of: "See '"), line.hasSuffix("' for more information.") {
                let command = line[range.upperBound...].dropLast("' for more information.".count)
                lines[index] = "  くわしくは '\(command)' を見てください。"
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The parser's messages, sentence by sentence.
    static func message(_ english: String) -> String {
        // Ayumi's own ValidationErrors arrive already in Japanese.
        if english.unicodeScalars.contains(where: { (0x3040...0x9FFF).contains($0.value) }) { return english }
        let rules: [(prefix: String, rewrite: (String) -> String)] = [
            ("Unknown option ", { rest in
                let (option, suggestion) = split(rest, at: ". Did you mean ")
                return "\(option) というオプションはありません" + (suggestion.map { "。\($0.dropLast()) のことですか？" } ?? "")
            }),
            ("Missing expected argument ", { "\($0) を指定してください" }),
            ("Missing value for ", { "\($0) の値を指定してください" }),
            ("Unexpected argument ", { "余分な引数があります: \($0)" }),
            ("Missing one of: ", { "次のどれかを指定してください: \($0)" }),
            ("Invalid option: ", { "オプションの書き方が正しくありません: \($0)" }),
            ("The option ", { rest in
                let (option, _) = split(rest, at: " does not take any value")
                return "\(option) には値を付けられません"
            }),
            ("The value ", { rest in
                // 'x' is invalid for '--opt <v>'. Please provide one of 'a', 'b' or 'c'.
                let (head, choices) = split(rest, at: ". Please provide one of ")
                let parts = head.components(separatedBy: " is invalid for ")
                guard parts.count == 2 else { return "値が正しくありません: \(rest)" }
                return "\(parts[1]) に \(parts[0]) は指定できません"
                    + (choices.map { "。次のどれかにしてください: \($0.dropLast().replacingOccurrences(of: " or ", with: ", ").replacingOccurrences(of: " and ", with: ", "))" } ?? "")
            }),
        ]
        for rule in rules where english.hasPrefix(rule.prefix) {
            return rule.rewrite(String(english.dropFirst(rule.prefix.count)))
        }
        if english.contains(" unexpected arguments: ") {
            return "余分な引数があります: " + (english.components(separatedBy: ": ").last ?? english)
        }
        return "コマンドラインが正しくありません（\(english)）"
    }

    private static func split(_ text: String, at separator: String) -> (String, String?) {
        guard let range = text.range(of: separator) else { return (text, nil) }
        return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
    }
}
