/// Where a phrase (文節) may end, found from character classes alone, without a dictionary:
/// the breaks ragged text (headings, titles, table cells, labels) may use, so a heading wraps
/// as 「信頼できる人を／思い浮かべる」, never 「思い浮／かべる」.
///
/// JLREQ and JIS X 4051 do not cover phrase breaking; CSS Text 4 `word-break: auto-phrase`
/// and BudouX do it with a model. Short display lines need much less: in Japanese a phrase is
/// a content word (kanji, katakana, Latin or digits) followed by its hiragana (okurigana and
/// particles), so a phrase ends where hiragana meets the start of the next content word. The
/// rules, between the character before a place and the one after it:
///
/// - after punctuation, a closing bracket or a space, and before an opening bracket: always;
/// - hiragana → kanji, katakana, Latin or a digit: yes, except after a single hiragana that
///   follows a kanji and is neither a particle nor a verb's final kana (`phraseEndings`):
///   that one is okurigana inside a compound (思い浮かべる, 話し合う, 取り扱い);
/// - when the hiragana before such a place ends in the prefix お or ご (気軽にご相談), the
///   phrase ends before the prefix instead;
/// - nowhere else: not inside a kanji compound, a katakana word, a Latin word or number, nor
///   between kanji and katakana (支援センター), nor before the hiragana that follows a word.
///
/// ー and small kana continue the run they follow.
enum PhraseBoundaries {
    enum Kind: Equatable {
        case kanji, hiragana, katakana, alphanumeric, opening, closing, space, other
    }

    /// `result[i]` tells whether a phrase ends just before `scalars[i]` (`result[0]` is false).
    static func boundaries(in scalars: [Unicode.Scalar]) -> [Bool] {
        var kinds: [Kind] = []
        kinds.reserveCapacity(scalars.count)
        for scalar in scalars {
            var kind = kind(of: scalar)
            // ー carries on the kana run before it.
            if scalar == "ー", let previous = kinds.last, previous == .hiragana || previous == .katakana { kind = previous }
            kinds.append(kind)
        }
        var result = [Bool](repeating: false, count: scalars.count)
        var runStart = 0   // where the run of one kind holding `index - 1` begins
        for index in scalars.indices.dropFirst() {
            let a = kinds[index - 1], b = kinds[index]
            if a != kinds[runStart] { runStart = index - 1 }
            switch (a, b) {
            case (_, .opening) where a != .opening: result[index] = true
            case (.closing, _) where b != .closing: result[index] = true
            case (.space, _) where b != .space && b != .closing: result[index] = true
            case (.hiragana, .kanji), (.hiragana, .katakana), (.hiragana, .alphanumeric):
                let length = index - runStart, last = scalars[index - 1]
                if prefixes.contains(last) {
                    // ご相談: the phrase starts at the prefix (already, if the run is the prefix alone).
                    if length >= 2 { result[index - 1] = true }
                    break
                }
                let afterKanji = runStart > 0 && kinds[runStart - 1] == .kanji
                if length == 1, afterKanji, !phraseEndings.contains(last) { break }
                result[index] = true
            default: break
            }
        }
        return result
    }

    /// Single hiragana that end a phrase even right after a kanji: particles (人生の歩み, 人を),
    /// the な of adjectival nouns (大切な人), and the u-row endings of a verb's plain form
    /// (寄り添う最先端). Other single kana there — the i- and e-row stems of 思い浮かべる,
    /// 話し合う, 考え方, and the い of 長い — are taken as inside a compound: breaking there
    /// would split a word more often than it would help.
    static let phraseEndings: Set<Unicode.Scalar> = [
        "の", "を", "に", "が", "は", "と", "へ", "で", "も", "や", "か", "な",
        "う", "く", "ぐ", "す", "ず", "つ", "づ", "ぬ", "ふ", "ぶ", "む", "ゆ", "る",
    ]
    /// Honorific prefixes, which begin the phrase of the word they stand before (ご相談, お願い).
    static let prefixes: Set<Unicode.Scalar> = ["お", "ご"]

    static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x3005, 0x3006, 0x3007, 0x30F6, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return .kanji
        case 0x3041...0x309F: return .hiragana
        case 0x30FB: return .closing           // ・ ends a phrase like a comma (医療・介護)
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .katakana
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return .alphanumeric
        case 0x20, 0x3000, 0x09, 0x0A: return .space
        default: break
        }
        switch scalar {
        case "「", "『", "（", "［", "｛", "〈", "《", "【", "〔", "“", "‘", "(", "[", "{": return .opening
        case "」", "』", "）", "］", "｝", "〉", "》", "】", "〕", "”", "’", ")", "]", "}",
             "、", "。", "，", "．", "！", "？", "：", "；", "～", "〜", "!", "?", ",", ";", ":":
            return .closing
        default: return .other
        }
    }
}
