import AyumiModel

/// The recursive-descent parser behind `PlaceholderExpression.parse`.
///
/// It reads Unicode scalars (the unit `SourceLocation` columns count) and reports each mistake
/// at the character that caused it, with a hint when a full-width look-alike (｜ （ ） ” ．)
/// was typed with the Japanese input method still on.
struct ExpressionParser {
    private let source: SourceText
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private(set) var diagnostics = Diagnostics()

    init(_ source: SourceText) {
        self.source = source
        self.scalars = Array(source.text.unicodeScalars)
    }

    mutating func parseExpression() -> PlaceholderExpression? {
        skipSpaces()
        let start = index
        guard index < scalars.count else {
            diagnostics.append(.error(at: location(index), "the placeholder is empty",
                                      hints: ["write the name of a data field between the braces, such as {{ title }}"]))
            return nil
        }
        guard let path = parsePath() else { return nil }
        var steps: [FilterPipeline.Step] = []
        var last = path.joined(separator: ".")
        while true {
            skipSpaces()
            guard index < scalars.count else { break }
            guard scalars[index] == "|" else {
                unexpected(after: last)
                return nil
            }
            index += 1
            skipSpaces()
            let nameStart = index
            guard let name = parseName() else {
                diagnostics.append(expected("a filter name after `|`", at: index))
                return nil
            }
            last = name
            skipSpaces()
            var arguments: [Filter.Argument] = []
            if index < scalars.count, scalars[index] == "(" {
                guard let parsed = parseArguments(of: name) else { return nil }
                arguments = parsed
                skipSpaces()
            }
            // Anything but `|` here is a syntax error; report that rather than the filter's arguments.
            if index < scalars.count, scalars[index] != "|" { continue }
            if let filter = Filter.make(name: name, at: location(nameStart), arguments: arguments,
                                        diagnostics: &diagnostics) {
                steps.append(FilterPipeline.Step(filter, at: location(nameStart),
                                                 argumentLocation: arguments.first?.location))
            }
        }
        let subject = path.joined(separator: ".")
        return PlaceholderExpression(path: path, at: location(start),
                                     pipeline: FilterPipeline(subject: subject, steps: steps))
    }

    // MARK: - Parts

    private mutating func parsePath() -> [String]? {
        guard let first = parseName() else {
            diagnostics.append(expected("the name of a data field", at: index))
            return nil
        }
        var path = [first]
        while index < scalars.count, scalars[index] == "." {
            index += 1
            guard let name = parseName() else {
                diagnostics.append(expected("a name after `.`", at: index))
                return nil
            }
            path.append(name)
        }
        return path
    }

    private mutating func parseName() -> String? {
        guard index < scalars.count, Self.startsName(scalars[index]) else { return nil }
        var view = String.UnicodeScalarView()
        while index < scalars.count, Self.continuesName(scalars[index]) {
            view.append(scalars[index])
            index += 1
        }
        return String(view)
    }

    /// `( "…", '…' )`; `index` is at the `(`.
    private mutating func parseArguments(of filter: String) -> [Filter.Argument]? {
        let open = index
        index += 1
        skipSpaces()
        var arguments: [Filter.Argument] = []
        if index < scalars.count, scalars[index] == ")" {
            index += 1
            return arguments
        }
        while true {
            skipSpaces()
            guard index < scalars.count else { return unclosedParenthesis(at: open, filter: filter) }
            guard scalars[index] == "\"" || scalars[index] == "'" else {
                diagnostics.append(.error(at: location(index), "an argument of `\(filter)` must be in quotes",
                                          hints: lookalikeHint(scalars[index]).map { [$0] }
                                              ?? ["write it as \(filter)(\"…\")"]))
                return nil
            }
            guard let argument = parseString() else { return nil }
            arguments.append(argument)
            skipSpaces()
            guard index < scalars.count else { return unclosedParenthesis(at: open, filter: filter) }
            switch scalars[index] {
            case ",": index += 1
            case ")": index += 1; return arguments
            default:
                diagnostics.append(expected("`,` or `)` after an argument of `\(filter)`", at: index))
                return nil
            }
        }
    }

    /// A quoted argument; `index` is at the opening quote.
    private mutating func parseString() -> Filter.Argument? {
        let open = index
        let quote = scalars[index]
        index += 1
        var view = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == quote {
                index += 1
                return Filter.Argument(String(view), at: location(open))
            }
            if scalar == "\\", index + 1 < scalars.count, [quote, "\\"].contains(scalars[index + 1]) {
                index += 1
            }
            view.append(scalars[index])
            index += 1
        }
        diagnostics.append(.error(at: location(open), "this quote is not closed",
                                  hints: ["end the argument with another `\(quote)`"]))
        return nil
    }

    // MARK: - Messages

    private mutating func unexpected(after what: String) {
        let scalar = scalars[index]
        var hints: [String] = []
        if let lookalike = lookalikeHint(scalar) {
            hints.append(lookalike)
        } else if Self.startsName(scalar) {
            hints.append("separate filters with `|`, as in `\(what) | wareki`")
        }
        diagnostics.append(.error(at: location(index), "unexpected `\(Character(scalar))` after `\(what)`", hints: hints))
    }

    private func expected(_ what: String, at offset: Int) -> Diagnostic {
        guard offset < scalars.count else {
            return .error(at: location(offset), "expected \(what) before the end of the placeholder")
        }
        let found = scalars[offset]
        return .error(at: location(offset), "expected \(what), not `\(Character(found))`",
                      hints: lookalikeHint(found).map { [$0] } ?? [])
    }

    private mutating func unclosedParenthesis(at open: Int, filter: String) -> [Filter.Argument]? {
        diagnostics.append(.error(at: location(open), "the `(` after `\(filter)` is not closed",
                                  hints: ["end the arguments with `)`"]))
        return nil
    }

    /// A hint for a full-width character typed where its ASCII twin belongs.
    private func lookalikeHint(_ scalar: Unicode.Scalar) -> String? {
        let twins: [Unicode.Scalar: String] = [
            "｜": "|", "（": "(", "）": ")", "＂": "\"", "“": "\"", "”": "\"", "’": "'", "‘": "'",
            "．": ".", "，": ",", "、": ",", "＿": "_",
        ]
        guard let twin = twins[scalar] else { return nil }
        return "`\(Character(scalar))` is a full-width character; write the half-width `\(twin)`"
    }

    // MARK: - Characters

    private mutating func skipSpaces() {
        while index < scalars.count, [" ", "\t", "\n", "\u{3000}"].contains(scalars[index]) { index += 1 }
    }

    private func location(_ offset: Int) -> SourceLocation {
        source.location(ofScalarAt: offset) ?? SourceLocation(file: source.sourceMap.file, line: 1, column: 1)
    }

    static func startsName(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic && !isFullwidthLookalike(scalar)
    }

    static func continuesName(_ scalar: Unicode.Scalar) -> Bool {
        startsName(scalar) || ("0"..."9").contains(scalar)
    }

    /// Full-width Latin letters (Ａ…ｚ) are alphabetic, but a name typed with them is a slip.
    private static func isFullwidthLookalike(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value)
    }
}
