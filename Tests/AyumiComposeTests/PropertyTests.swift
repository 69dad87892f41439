import AyumiCompose
import AyumiModel
import Testing

/// Random prose at random measures: no line-break prohibition is ever violated, every
/// non-final line is flush, and no text is lost. The generator is seeded, so a failure
/// reproduces; the seed is in the failure message.
@Suite("Composition properties")
struct PropertyTests {
    /// A small, fast, seedable generator (SplitMix64).
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Random but well-formed prose: words of kana and kanji (small kana and ー inside words,
    /// 々 after a kanji), Latin words between spaces, numerals with units, brackets around
    /// words, punctuation after them — the runs of characters that may not start a line stay as
    /// short as in real text.
    static func prose(_ random: inout SplitMix) -> String {
        let kana = Array("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん")
        let katakana = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ")
        let kanji = Array("人生会議医療介護家族希望大切話合書日本年月時間病院自宅")
        let small = Array("っゃゅょッャュョ")
        let latin = ["Care", "ACP", "Advance", "Planning", "note"]
        let numbers = ["12", "3.5", "50％", "36.5℃", "￥1,500", "2026年"]
        func word() -> String {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: return " " + latin.randomElement(using: &random)! + " "
            case 1: return numbers.randomElement(using: &random)!
            case 2:
                var w = String(katakana.randomElement(using: &random)!)
                if Bool.random(using: &random) { w.append(small.randomElement(using: &random)!) }
                return w + "ー" + String(katakana.randomElement(using: &random)!)
            case 3: return String(kanji.randomElement(using: &random)!) + "々"
            default:
                var w = ""
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    w.append(Bool.random(using: &random) ? kana.randomElement(using: &random)! : kanji.randomElement(using: &random)!)
                    if Int.random(in: 0..<6, using: &random) == 0 { w.append(small.randomElement(using: &random)!) }
                }
                return w
            }
        }
        var text = ""
        for _ in 0..<Int.random(in: 2...12, using: &random) {
            let bracket = Int.random(in: 0..<4, using: &random) == 0 ? [("「", "」"), ("（", "）"), ("『", "』")].randomElement(using: &random) : nil
            var sentence = ""
            for index in 0..<Int.random(in: 2...10, using: &random) {
                sentence += word()
                if index > 0, Int.random(in: 0..<5, using: &random) == 0 { sentence += ["、", "・", "……"].randomElement(using: &random)! }
            }
            if let (open, close) = bracket { sentence = open + sentence + close }
            text += sentence + ["。", "。", "！", "？　", "——"].randomElement(using: &random)!
        }
        return text
    }

    static let cannotStart: Set<CharacterClass> = [
        .closingBracket, .hyphen, .dividingPunctuation, .middleDot, .fullStop, .comma,
        .iterationMark, .prolongedSoundMark, .smallKana,
    ]
    static let cannotEnd: Set<CharacterClass> = [.openingBracket, .prefixedAbbreviation]

    @Test("no prohibited line start or end, flush lines, nothing lost", arguments: 0..<200)
    func randomProse(seed: Int) {
        var random = SplitMix(state: UInt64(seed) &* 7919 &+ 17)
        let text = Self.prose(&random)
        let measure = Double(Int.random(in: 12...45, using: &random)) * 10 + Double(Int.random(in: 0...9, using: &random))
        let direction: TextDirection = Bool.random(using: &random) ? .horizontal : .vertical
        let paragraph = Compose(direction: direction).paragraph(text, measure: measure, indent: 10)
        let lines = paragraph.lines
        for (number, line) in lines.enumerated() {
            guard let first = line.units.first, let last = line.units.last else { continue }
            if number > 0 {
                #expect(!Self.cannotStart.contains(first.characterClass), "seed \(seed): line \(number + 1) starts with \(first.text): \(lines[number - 1].units.map(\.text).joined()) | \(line.units.map(\.text).joined())")
            }
            if number < lines.count - 1 {
                #expect(!Self.cannotEnd.contains(last.characterClass), "seed \(seed): line \(number + 1) ends with \(last.text): \(line.units.map(\.text).joined()) | \(lines[number + 1].units.map(\.text).joined())")
                #expect(abs(line.extent - measure) < 0.001, "seed \(seed): line \(number + 1) is \(line.extent), not \(measure)")
            }
        }
        let composed = lines.flatMap { $0.units.map(\.text) }.joined()
        #expect(composed.filter { $0 != " " } == text.filter { $0 != " " }, "seed \(seed): text lost or reordered")
    }
}
