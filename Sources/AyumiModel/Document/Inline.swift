/// A piece of a paragraph's content, as inline markup describes it.
///
/// The markup (see docs/templates.md) is the same in every text a template or data file holds:
///
/// | markup | inline |
/// |---|---|
/// | plain text | `.text` |
/// | `{漢字|かんじ}` | `.ruby` with one reading for the whole base (group ruby) |
/// | `{漢字|かん|じ}` | `.ruby` with one reading per base character (mono / jukugo ruby) |
/// | `**強調**` | `.bold` |
/// | `《《大切》》` | `.emphasisDots` (圏点) |
/// | `^12^` | `.tateChuYoko` (縦中横, upright in vertical text) |
/// | `\` at the end of a line | `.lineBreak` |
/// | `[[人生会議とは]]` | `.pageReference` (the page number of that heading) |
/// | `\{` `\*` `\\` … | the character itself, in `.text` |
public indirect enum Inline: Hashable, Sendable {
    case text(SourceText)
    case ruby(Ruby)
    case bold([Inline])
    case emphasisDots([Inline])
    case tateChuYoko(SourceText)
    /// A forced line break inside a paragraph; the location is where the writer asked for it.
    case lineBreak(SourceLocation?)
    /// `[[見出し]]`: the page number of the heading with this text (a cross-reference such as
    /// 「→ [[人生会議とは]]ページ」), found when the pages are made.
    case pageReference(SourceText)
}

/// Ruby (振り仮名): readings set small beside their base characters.
public struct Ruby: Hashable, Sendable {
    /// The base characters (親文字).
    public var base: SourceText
    /// One reading for the whole base (group ruby), or one reading per base character
    /// (mono ruby, which composition sets as jukugo ruby when the base is a compound).
    public var readings: [SourceText]

    public init(base: SourceText, readings: [SourceText]) {
        self.base = base
        self.readings = readings
    }

    /// Whether each base character has its own reading.
    public var isPerCharacter: Bool { readings.count > 1 || (readings.count == 1 && base.text.unicodeScalars.count == 1) }
}

extension Array where Element == Inline {
    /// The text a reader sees on the line, without ruby readings or markup
    /// (what text extraction from the PDF should give back).
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text): result += text.text
            case .ruby(let ruby): result += ruby.base.text
            case .bold(let inner), .emphasisDots(let inner): result += inner.plainText
            case .tateChuYoko(let text): result += text.text
            case .lineBreak: result += "\n"
            case .pageReference: break  // a number known only once the pages are made
            }
        }
        return result
    }
}

extension Array where Element == Inline {
    /// The plain text (as `plainText`) with each character's source location.
    public var sourceText: SourceText {
        var result = SourceText(generated: "")
        for inline in self {
            switch inline {
            case .text(let text), .tateChuYoko(let text): result = result.appending(text)
            case .ruby(let ruby): result = result.appending(ruby.base)
            case .bold(let inner), .emphasisDots(let inner): result = result.appending(inner.sourceText)
            case .lineBreak: result = result.appending(SourceText(generated: "\n"))
            case .pageReference: break
            }
        }
        return result
    }
}
