import AyumiModel

/// Where a line may break: JLREQ 3.1.7 (characters not starting a line), 3.1.8 (not ending a
/// line), 3.1.10 (unbreakable sequences) and Latin words, which break only at spaces.
struct BreakRules {
    var strictness: CompositionSettings.Strictness

    /// Whether a line may end after `a` and the next begin with `b`. When `a` is a space, the
    /// line really ends at the character before the spaces (`lastBeforeSpaces`), and that one
    /// must be allowed to end a line just as `b` must be allowed to start one.
    func canBreak(after a: Unit, before b: Unit, lastBeforeSpaces: Unit? = nil) -> Bool {
        if b.isSpace { return false }
        if a.isSpace {
            return !cannotStart(b.characterClass) && !(lastBeforeSpaces.map { cannotEnd($0.characterClass) } ?? false)
        }
        if cannotStart(b.characterClass) || cannotEnd(a.characterClass) { return false }
        // ——, ……, ‥‥ stay together.
        if a.characterClass == .inseparable, b.characterClass == .inseparable, a.last == b.first { return false }
        // Numerals with their separators (1,000.5), prefixes (￥100) and units (50％, 12.5℃).
        if Self.isDigit(a.last), Self.isDigit(b.first) || Self.isNumeralSeparator(b.first) { return false }
        if Self.isNumeralSeparator(a.last), Self.isDigit(b.first) { return false }
        if Self.isDigit(a.last), b.characterClass == .postfixedAbbreviation { return false }
        // Latin words break at spaces only.
        if a.characterClass.isWesternText, b.characterClass.isWesternText { return false }
        return true
    }

    /// 行頭禁則: closing brackets, hyphens, ？！, middle dots, 。、, reference marks and
    /// warichu closings never start a line; under `strict` neither do small kana, ー and 々.
    func cannotStart(_ cls: CharacterClass) -> Bool {
        switch cls {
        case .closingBracket, .hyphen, .dividingPunctuation, .middleDot, .fullStop, .comma, .referenceMark,
             .warichuClosing:
            true
        case .iterationMark, .prolongedSoundMark, .smallKana: strictness == .strict
        default: false
        }
    }

    /// 行末禁則: opening brackets and prefixed abbreviations (￥＄＃) never end a line.
    func cannotEnd(_ cls: CharacterClass) -> Bool {
        cls == .openingBracket || cls == .prefixedAbbreviation || cls == .warichuOpening
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    static func isNumeralSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "." || scalar == "，" || scalar == "．"
    }
}
