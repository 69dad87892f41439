import AyumiModel

/// One step of a placeholder's pipeline: `{{ edition.as_of | wareki }}`.
///
/// The set is small and fixed on purpose: templates are data, not programs, so a filter can
/// only rewrite the value it is given. Each case holds its arguments already checked, so a
/// pipeline that parsed can fail only on the data it meets.
public enum Filter: Hashable, Sendable {
    /// `2026-04-01` → `令和8年4月1日`.
    case wareki
    /// `2026-04-01` → `令和8年4月1日（水）`.
    case warekiWeekday
    /// `2026` → `令和8年`; a full date names its exact era (`2019-04-30` → `平成31年`).
    case eraYear
    /// `[2026, 2027]` → `令和8・9年度版`; the argument replaces 版 (`fiscal_years("")` → `令和8・9年度`).
    case fiscalYears(suffix: String)
    /// `2026` → `２０２６`.
    case fullwidthDigits
    /// `12` → `十二` (or `一二` with `kanji_digits("digits")`), for vertical text.
    case kanjiDigits(KanjiNumeralStyle)
    /// The text to show when the value is missing or empty: `default("未記入")`.
    case defaultValue(String)

    /// An argument as written in the template, quotes removed.
    public struct Argument: Hashable, Sendable {
        public var text: String
        public var location: SourceLocation
        public init(_ text: String, at location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// How many arguments a filter takes, and what the argument is (for messages).
    enum Arity {
        case none
        case optional(String)
        case one(String)
    }

    /// The filters a template may name, in the order the reference lists them.
    static let specifications: [(name: String, arity: Arity)] = [
        ("wareki", .none),
        ("wareki_weekday", .none),
        ("era_year", .none),
        ("fiscal_years", .optional("the word after 年度 (default 版)")),
        ("fullwidth_digits", .none),
        ("kanji_digits", .optional("the style, \"counting\" or \"digits\"")),
        ("default", .one("the text to show when the value is empty")),
    ]

    /// Every filter name, for hints and documentation.
    public static var names: [String] { specifications.map(\.name) }

    /// The name a template uses for this filter.
    public var name: String {
        switch self {
        case .wareki: "wareki"
        case .warekiWeekday: "wareki_weekday"
        case .eraYear: "era_year"
        case .fiscalYears: "fiscal_years"
        case .fullwidthDigits: "fullwidth_digits"
        case .kanjiDigits: "kanji_digits"
        case .defaultValue: "default"
        }
    }
}

// MARK: - Making a filter from what the template wrote

extension Filter {
    /// The filter `name` with `arguments`, or `nil` (with a located diagnostic) when the name is
    /// unknown or the arguments do not fit.
    static func make(name: String, at location: SourceLocation, arguments: [Argument],
                     diagnostics: inout Diagnostics) -> Filter? {
        guard let specification = specifications.first(where: { $0.name == name }) else {
            var hints: [String] = []
            // A misspelling, or the start of a longer name (`fullwidth` for `fullwidth_digits`).
            let prefixed = names.filter { $0.hasPrefix(name) }
            if let guess = Suggestion.closest(to: name, among: names) ?? (prefixed.count == 1 ? prefixed.first : nil) {
                hints.append("did you mean `\(guess)`?")
            }
            hints.append("the filters are " + names.map { "`\($0)`" }.joined(separator: ", "))
            diagnostics.append(.error(at: location, "unknown filter `\(name)`", hints: hints))
            return nil
        }
        switch specification.arity {
        case .none:
            if let first = arguments.first {
                diagnostics.append(.error(at: first.location, "the filter `\(name)` takes no arguments",
                                          hints: ["write `\(name)` without parentheses"]))
                return nil
            }
        case .optional(let what), .one(let what):
            if arguments.count > 1 {
                diagnostics.append(.error(at: arguments[1].location,
                                          "the filter `\(name)` takes one argument (\(what)), not \(arguments.count)"))
                return nil
            }
            if case .one = specification.arity, arguments.isEmpty {
                diagnostics.append(.error(at: location, "the filter `\(name)` needs an argument: \(what)",
                                          hints: ["for example `\(name)(\"未記入\")`"]))
                return nil
            }
        }
        let argument = arguments.first
        switch name {
        case "wareki": return .wareki
        case "wareki_weekday": return .warekiWeekday
        case "era_year": return .eraYear
        case "fiscal_years": return .fiscalYears(suffix: argument?.text ?? "版")
        case "fullwidth_digits": return .fullwidthDigits
        case "kanji_digits":
            guard let argument else { return .kanjiDigits(.counting) }
            guard let style = KanjiNumeralStyle(rawValue: argument.text) else {
                var hints: [String] = []
                let styles = KanjiNumeralStyle.allCases.map(\.rawValue)
                if let guess = Suggestion.closest(to: argument.text, among: styles) {
                    hints.append("did you mean `\"\(guess)\"`?")
                }
                hints.append("use \"counting\" (2026 → 二千二十六) or \"digits\" (2026 → 二〇二六)")
                diagnostics.append(.error(at: argument.location, "`kanji_digits` has no style `\(argument.text)`",
                                          hints: hints))
                return nil
            }
            return .kanjiDigits(style)
        default: return .defaultValue(argument?.text ?? "")
        }
    }
}
