/// Writing the digits in a text as full-width or as kanji numerals.
///
/// Both work on every run of digits in the text, so they can follow another filter:
/// `{{ as_of | wareki | kanji_digits }}` gives 令和八年四月一日 for vertical text.
enum NumberNotation {
    /// `2026` → `２０２６`: ASCII digits become full-width (U+FF10…U+FF19); nothing else changes.
    ///
    /// Full-width digits keep one character per em in horizontal text set on the grid.
    static func fullwidthDigits(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar), let wide = Unicode.Scalar(scalar.value - 0x30 + 0xFF10) {
                result.append(wide)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static let kanjiDigit: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// Every run of digits (ASCII or full-width) written in kanji.
    ///
    /// Digits after a decimal point are always written one by one (1.25 → 一・二五), and the
    /// point becomes 中点 ・, as vertical text writes it.
    static func kanjiDigits(_ text: String, style: KanjiNumeralStyle) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            guard let first = digitValue(characters[index]) else {
                result.append(characters[index])
                index += 1
                continue
            }
            var run = [first]
            var end = index + 1
            while end < characters.count, let value = digitValue(characters[end]) {
                run.append(value)
                end += 1
            }
            let isFraction = index >= 2 && characters[index - 1] == "." && digitValue(characters[index - 2]) != nil
            if isFraction { result.removeLast(); result.append("・") }
            result += style == .digits || isFraction ? run.map { String(kanjiDigit[$0]) }.joined() : counting(run)
            index = end
        }
        return result
    }

    /// A digit 0…9 from an ASCII or full-width digit.
    static func digitValue(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// 十二, 二千二十六, 一万二千 … up to the 兆 group; longer numbers fall back to digit by digit,
    /// which is how such numbers are read anyway.
    static func counting(_ digits: [Int]) -> String {
        var digits = Array(digits.drop { $0 == 0 })
        guard !digits.isEmpty else { return "〇" }
        guard digits.count <= 16 else { return digits.map { String(kanjiDigit[$0]) }.joined() }
        let groupUnits = ["", "万", "億", "兆"]
        let placeUnits = ["", "十", "百", "千"]
        var result = ""
        // Pad to whole groups of four, most significant first.
        digits.insert(contentsOf: [Int](repeating: 0, count: (4 - digits.count % 4) % 4), at: 0)
        let groups = digits.count / 4
        for group in 0..<groups {
            let part = digits[(group * 4)..<(group * 4 + 4)]
            guard part.contains(where: { $0 != 0 }) else { continue }
            for (offset, digit) in part.enumerated() where digit != 0 {
                let place = 3 - offset
                // 十, 百 and 千 stand alone for one: 十二, 百五, 千二百.
                if digit != 1 || place == 0 { result.append(kanjiDigit[digit]) }
                result += placeUnits[place]
            }
            result += groupUnits[groups - 1 - group]
        }
        return result
    }
}

/// How `kanji_digits` writes a number.
public enum KanjiNumeralStyle: String, CaseIterable, Sendable {
    /// With 十, 百, 千, 万, 億 (位取り): 12 → 十二, 2026 → 二千二十六, 105 → 百五. The usual
    /// style for months, days, ages and counts in vertical text.
    case counting
    /// Digit by digit with 〇 (漢数字の棒書き): 2026 → 二〇二六. Usual for years and phone
    /// or postal numbers.
    case digits
}
