/// The JLREQ character classes that decide line breaks and spacing.
///
/// Numbers are JLREQ's (Appendix A, <https://www.w3.org/TR/jlreq/#character_classes>). Classes
/// for complexes (cl-21 … cl-23, cl-30) are assigned by composition, not by code point.
public enum CharacterClass: Int, CaseIterable, Hashable, Sendable {
    /// cl-01 始め括弧類: 「（『［〔【〈《 and friends.
    case openingBracket = 1
    /// cl-02 終わり括弧類: 」）』］〕】〉》.
    case closingBracket = 2
    /// cl-03 ハイフン類: ‐ 〜 ゠ –.
    case hyphen = 3
    /// cl-04 区切り約物: ！？‼⁇⁈⁉.
    case dividingPunctuation = 4
    /// cl-05 中点類: ・：；.
    case middleDot = 5
    /// cl-06 句点類: 。.
    case fullStop = 6
    /// cl-07 読点類: 、,.
    case comma = 7
    /// cl-08 分離禁止文字: —―…‥〳〴〵.
    case inseparable = 8
    /// cl-09 繰返し記号: ヽヾゝゞ々〻.
    case iterationMark = 9
    /// cl-10 長音記号: ー.
    case prolongedSoundMark = 10
    /// cl-11 小書きの仮名: ぁぃぅ…ッャュョ.
    case smallKana = 11
    /// cl-12 前置省略記号: ￥＄£＃€№.
    case prefixedAbbreviation = 12
    /// cl-13 後置省略記号: °′″℃¢％‰.
    case postfixedAbbreviation = 13
    /// cl-14 和字間隔: the ideographic space.
    case ideographicSpace = 14
    /// cl-15 平仮名.
    case hiragana = 15
    /// cl-16 片仮名.
    case katakana = 16
    /// cl-17 等号類 (math symbols).
    case mathSymbol = 17
    /// cl-18 演算記号 (math operators).
    case mathOperator = 18
    /// cl-19 漢字等: ideographs, and anything else set on the em grid.
    case ideographic = 19
    /// cl-20 合印中の文字 (reference marks).
    case referenceMark = 20
    /// cl-21 親文字群中の文字 (添え字付き).
    case ornamentedComplex = 21
    /// cl-22 親文字群中の文字 (熟語ルビ以外のルビ付き): a mono- or group-ruby complex.
    case simpleRubyComplex = 22
    /// cl-23 親文字群中の文字 (熟語ルビ付き): a jukugo-ruby complex.
    case jukugoRubyComplex = 23
    /// cl-24 連数字中の文字: digits and their separators.
    case groupedNumeral = 24
    /// cl-25 単位記号中の文字.
    case unitSymbol = 25
    /// cl-26 欧文間隔: the Western word space.
    case westernSpace = 26
    /// cl-27 欧文間隔以外の欧文用文字: Latin letters and Western punctuation.
    case western = 27
    /// cl-28 割注始め括弧類.
    case warichuOpening = 28
    /// cl-29 割注終わり括弧類.
    case warichuClosing = 29
    /// cl-30 縦中横中の文字: a tate-chu-yoko complex.
    case tateChuYoko = 30

    /// The class of a single character in running Japanese text.
    public init(_ scalar: Unicode.Scalar) {
        if let listed = Self.listed[scalar.value] { self = listed; return }
        let v = scalar.value
        switch v {
        case 0x30 ... 0x39: self = .groupedNumeral
        case 0x41 ... 0x5A, 0x61 ... 0x7A, 0xC0 ... 0x24F: self = .western
        case 0x21 ... 0x7E: self = .western
        case 0x3041 ... 0x309F: self = .hiragana
        case 0x30A0 ... 0x30FF, 0x31F0 ... 0x31FF, 0xFF66 ... 0xFF9D: self = .katakana
        case 0x3300 ... 0x33FF: self = .postfixedAbbreviation
        default: self = .ideographic
        }
    }

    /// Japanese characters (kana, kanji and complexes on the em grid), between which and Latin
    /// text JLREQ puts ¼em (和欧間).
    var isJapaneseText: Bool {
        switch self {
        case .hiragana, .katakana, .ideographic, .simpleRubyComplex, .jukugoRubyComplex, .tateChuYoko,
             .smallKana, .prolongedSoundMark, .iterationMark:
            true
        default: false
        }
    }

    /// Latin letters, numerals and unit symbols (the other side of 和欧間).
    var isWesternText: Bool {
        self == .western || self == .groupedNumeral || self == .unitSymbol
    }

    /// Punctuation set in half an em, with the other half as adjustable space (約物).
    var isHalfWidthPunctuation: Bool {
        switch self {
        case .openingBracket, .closingBracket, .middleDot, .fullStop, .comma: true
        default: false
        }
    }
}
