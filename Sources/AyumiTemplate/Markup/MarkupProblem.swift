import AyumiModel

/// Every mistake the inline markup parser reports, with its message and hints in one place.
///
/// Messages say what is wrong, in lowercase with no final period; hints show the correct form.
/// A message names markup characters but never quotes the writer's own text, because a
/// resident's data may hold personal details (only the location points at it).
enum MarkupProblem: Equatable {
    // Ruby {漢字|かんじ}
    case unclosedRuby
    case strayClosingBrace
    case strayBar
    case rubyWithoutReading
    case emptyRubyBase
    case emptyReading
    case readingCountMismatch(expected: Int, found: Int)
    case rubyInsideRuby
    /// `{{ name }}` that reached the markup: in a data file, or not closed in a template.
    case unfilledPlaceholder
    // Bold **…** and emphasis dots 《《…》》
    case unclosedBold
    case unclosedEmphasis
    case strayEmphasisClose
    case emptyBold
    case emptyEmphasis
    case emphasisInsideEmphasis
    /// Bold or emphasis opened inside the other and still open when the outer one closes.
    case crossedMarkup(inner: Marker, outer: Marker)
    // Tate-chu-yoko ^12^
    case unclosedTateChuYoko
    case emptyTateChuYoko
    case tateChuYokoTooLong(found: Int)
    // Page references [[見出し]]
    case unclosedPageReference
    case emptyPageReference
    /// Markup inside ruby or 縦中横, whose content is plain text.
    case markupInside(String, PlainContainer)
    // Backslashes
    case unknownEscape(Unicode.Scalar)
    case breakAtEnd

    /// A pair of markup characters that opens a span.
    enum Marker: String, Equatable {
        case bold = "**"
        case emphasis = "《《"

        var closing: String { self == .bold ? "**" : "》》" }
        /// How the end of this span reads in a sentence.
        var ending: String { self == .bold ? "the bold text around it ends" : "the emphasis dots around it end" }
    }

    /// Markup whose content is plain text.
    enum PlainContainer: Equatable {
        case ruby
        case tateChuYoko
        case pageReference
    }

    /// The longest text 縦中横 may hold, in characters.
    static let tateChuYokoLimit = 4

    var diagnostic: (message: String, hints: [String]) {
        switch self {
        case .unclosedRuby:
            ("`{` starts ruby but no `}` closes it",
             ["write ruby as {漢字|かんじ}, all on one line", "to print a brace itself, write \\{"])
        case .strayClosingBrace:
            ("`}` closes ruby that was never opened", ["to print a brace itself, escape it as \\}",
                                                       "ruby is written {漢字|かんじ}"])
        case .strayBar:
            ("`|` belongs inside ruby, between the base and its reading",
             ["to print a vertical bar itself, escape it as \\|", "ruby is written {漢字|かんじ}"])
        case .rubyWithoutReading:
            ("ruby has no reading: the `|` between the base and the reading is missing",
             ["write ruby as {漢字|かんじ}", "to print braces themselves, write \\{ and \\}"])
        case .emptyRubyBase:
            ("ruby has no base characters before `|`", ["write the characters the reading belongs to first, as in {漢字|かんじ}"])
        case .emptyReading:
            ("ruby has an empty reading after `|`",
             ["write the reading after the bar, as in {漢字|かんじ}, or one reading per character, as in {漢字|かん|じ}"])
        case .readingCountMismatch(let expected, let found):
            ("ruby expected \(expected) readings, one for each base character, but found \(found)",
             ["give one reading per character, as in {漢字|かん|じ}, or one reading for the whole word, as in {漢字|かんじ}"])
        case .rubyInsideRuby:
            ("ruby cannot go inside ruby", ["write each ruby on its own, as in {人生|じんせい}{会議|かいぎ}",
                                            "to print a brace itself, write \\{"])
        case .unfilledPlaceholder:
            ("`{{` starts a placeholder that was not filled in",
             ["in template.yaml, write a placeholder as {{ name }}, closed with }}",
              "a data file holds the value itself, not a placeholder",
              "to print braces themselves, write \\{\\{"])
        case .unclosedBold:
            ("`**` starts bold text but no `**` closes it",
             ["close it with another **, as in **大切**", "to print an asterisk itself, write \\*"])
        case .unclosedEmphasis:
            ("`《《` starts emphasis dots but no `》》` closes them",
             ["close them with 》》, as in 《《大切》》", "to print the bracket itself, write \\《"])
        case .strayEmphasisClose:
            ("`》》` closes emphasis dots that were never opened",
             ["open them with 《《, as in 《《大切》》", "to print the brackets themselves, write \\》\\》"])
        case .emptyBold:
            ("`**` and `**` have nothing between them", ["put the words to make bold between them, as in **大切**"])
        case .emptyEmphasis:
            ("`《《` and `》》` have nothing between them", ["put the words to mark with dots between them, as in 《《大切》》"])
        case .emphasisInsideEmphasis:
            ("`《《` opens emphasis dots while earlier ones are still open",
             ["close the earlier ones with 》》 first, as in 《《大切》》", "to print the bracket itself, write \\《"])
        case .crossedMarkup(let inner, let outer):
            ("`\(inner.rawValue)` is still open where \(outer.ending)",
             ["close the inner markup first, as in \(outer.rawValue)\(inner.rawValue)大切\(inner.closing)\(outer.closing)"])
        case .unclosedTateChuYoko:
            ("`^` starts 縦中横 but no `^` closes it on the same line",
             ["close it with another ^, as in ^12^", "to print a caret itself, write \\^"])
        case .emptyTateChuYoko:
            ("`^^` holds no characters to set as 縦中横",
             ["put one to \(Self.tateChuYokoLimit) characters between the carets, as in ^12^",
              "to print a caret itself, write \\^"])
        case .tateChuYokoTooLong(let found):
            ("縦中横 holds at most \(Self.tateChuYokoLimit) characters, but this has \(found)",
             ["keep it to four characters or fewer, as in ^12^; longer numbers read well as they are",
              "to print a caret itself, write \\^"])
        case .markupInside(let marker, .ruby):
            ("`\(marker)` cannot go inside ruby, whose base and readings are plain text",
             ["put the markup around the ruby, as in **{漢字|かんじ}**",
              "to print the character itself, write \\\(marker.unicodeScalars.first.map(String.init) ?? marker)"])
        case .unclosedPageReference:
            ("`[[` starts a page reference but no `]]` closes it on the same line",
             ["write the heading's text between [[ and ]], as in → [[人生会議とは]]ページ"])
        case .emptyPageReference:
            ("`[[]]` names no heading", ["write the heading's text between [[ and ]], as in → [[人生会議とは]]ページ"])
        case .markupInside(let marker, .pageReference):
            ("`\(marker)` cannot go inside a page reference, which holds a heading's plain text",
             ["write the heading's text as it reads, as in [[人生会議とは]]"])
        case .markupInside(let marker, .tateChuYoko):
            ("`\(marker)` cannot go inside 縦中横, which holds plain characters only",
             ["write 縦中横 as ^12^",
              "to print the character itself, write \\\(marker.unicodeScalars.first.map(String.init) ?? marker)"])
        case .unknownEscape(let scalar):
            ("\(Self.describeEscape(scalar)) is not an escape",
             ["write \\\\ for a backslash",
              "the escapes are \\{ \\} \\| \\* \\《 \\》 \\^ \\\\, and \\ at the very end of a line for a line break"])
        case .breakAtEnd:
            ("a line break (`\\` at the end of a line) has no text after it",
             ["remove the \\ at the end", "to print a backslash itself, write \\\\"])
        }
    }

    /// Whether the problem stops the document from being made (otherwise it is a warning).
    var isError: Bool { self != .breakAtEnd }

    /// The backslash and what follows it, quoted only when that is a mark or a Latin character
    /// (`\n`, `\U` in a Windows path), never a word of the writer's own.
    private static func describeEscape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case _ where scalar == " " || scalar == "\u{3000}": return "a backslash followed by a space"
        case _ where scalar == "\t": return "a backslash followed by a tab"
        case .control, .format: return "a backslash followed by an invisible character"
        case _ where (0x21...0x7E).contains(scalar.value): return "`\\\(scalar)`"
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return "`\\\(scalar)`"
        default: return "a backslash before an ordinary character"
        }
    }
}

extension MarkupProblem {
    /// A problem and the scalar offset of the character it is about.
    struct Found {
        var offset: Int
        var problem: MarkupProblem

        init(_ offset: Int, _ problem: MarkupProblem) {
            self.offset = offset
            self.problem = problem
        }
    }
}
