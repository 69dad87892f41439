/// The space between two neighbouring units, and how far justification may change it.
///
/// Values follow JLREQ 3.1.2–3.1.6 and Appendix B Table 1 (half-width punctuation with its
/// blank half as space; 「」、。 pairs total 1.5 em; ・ takes ¼ em each side) and 3.2.6 (¼ em
/// between Japanese and Latin, 和欧間). Priorities follow JIS X 4051: reduce before expanding,
/// and in the order of `ShrinkPriority` and `StretchPriority`.
struct Glue: Equatable {
    /// Reduction steps, first used first (JIS X 4051 Table 4; JLREQ 3.8.3).
    enum ShrinkPriority: Int, CaseIterable {
        /// Western word spaces, down to ¼ em.
        case westernSpace = 1
        /// The ¼ em each side of a middle dot, down to 0.
        case middleDot
        /// The ½ em before an opening bracket or after a closing bracket or comma, down to 0.
        /// (The ½ em after a full stop is never reduced mid-line.)
        case bracketOrComma
        /// 和欧間, down to ⅛ em.
        case japaneseLatin
    }

    /// Expansion steps (JIS X 4051 Table 6): spaces up to ½ em, 和欧間 up to ½ em, then every
    /// other position between Japanese characters up to ¼ em, then those positions equally.
    /// Never inside Latin words, numerals, inseparable pairs or jukugo ruby, and never around
    /// punctuation (JLREQ 3.1.11).
    enum StretchPriority: Int, CaseIterable {
        case westernSpace = 1
        case japaneseLatin
        case betweenCharacters
    }

    var natural: Double = 0
    var shrink: Double = 0
    var shrinkPriority: ShrinkPriority?
    var stretch: Double = 0
    var stretchPriority: StretchPriority?

    static let none = Glue()

    /// The glue between `a` and the unit `b` that follows it.
    static func between(_ a: Unit, _ b: Unit, em: Double) -> Glue {
        if b.isSpace {
            switch b.spaceRole {
            case .wordSpace:
                // The space's own width is the adjustable part: natural as the font sets it,
                // shrinking to ¼ em, stretching to ½ em.
                return Glue(natural: 0, shrink: max(0, b.width - em / 4), shrinkPriority: .westernSpace,
                            stretch: max(0, em / 2 - b.width), stretchPriority: .westernSpace)
            case .japaneseLatin:
                // The space is ¼ em wide: it is the 和欧間, adjusted as one.
                return Glue(shrink: em / 8, shrinkPriority: .japaneseLatin, stretch: em / 4, stretchPriority: .japaneseLatin)
            case .collapsed:
                return .none
            }
        }
        if a.isSpace { return .none }
        if let punctuation = punctuationGlue(a, b, em: em) { return punctuation }
        if isJapaneseLatinBoundary(a.trailingSpacingClass, b.leadingSpacingClass) {
            return Glue(natural: em / 4, shrink: em / 8, shrinkPriority: .japaneseLatin,
                        stretch: em / 4, stretchPriority: .japaneseLatin)
        }
        let (ca, cb) = (a.characterClass, b.characterClass)
        if ca.isJapaneseText, cb.isJapaneseText, a.jukugoGroup == nil || a.jukugoGroup != b.jukugoGroup {
            return Glue(stretch: em / 4, stretchPriority: .betweenCharacters)
        }
        return .none
    }

    /// Whether JLREQ 3.2.6 puts 和欧間 between a unit meeting its neighbour as `a` and the
    /// neighbour meeting it as `b`: Japanese characters on one side, Latin on the other.
    static func isJapaneseLatinBoundary(_ a: CharacterClass, _ b: CharacterClass) -> Bool {
        (a.isJapaneseText && b.isWesternText) || (a.isWesternText && b.isJapaneseText)
    }

    /// Space around half-width punctuation, or `nil` when neither side is punctuation. The ½ em
    /// (or ¼ em beside a middle dot) is the blank half of a full-width mark; a narrow (Western)
    /// form has none, so it brings no space of its own.
    private static func punctuationGlue(_ unitA: Unit, _ unitB: Unit, em: Double) -> Glue? {
        let (a, b) = (unitA.characterClass, unitB.characterClass)
        let (fullA, fullB) = (!unitA.isNarrowPunctuation, !unitB.isNarrowPunctuation)
        func isClosing(_ cls: CharacterClass) -> Bool { cls == .closingBracket || cls == .fullStop || cls == .comma }
        if (a == .middleDot && fullA) || (b == .middleDot && fullB) {
            return Glue(natural: em / 4, shrink: em / 4, shrinkPriority: .middleDot)
        }
        if a == .openingBracket, b == .openingBracket { return Glue.none }
        if isClosing(a), isClosing(b) { return Glue.none }
        let after = isClosing(a) && fullA ? em / 2 : 0
        let before = b == .openingBracket && fullB ? em / 2 : 0
        guard after > 0 || before > 0 else { return nil }
        // The half em after a full stop is never reduced mid-line, whatever follows it (JLREQ
        // 3.1.9, 3.8.3): 。「 and 。（ keep a half em between them, which is both the stop's blank
        // half and the bracket's. Only at the line end may it go, and there it is not glue.
        let fixed = a == .fullStop
        return Glue(natural: max(after, before), shrink: fixed ? 0 : max(after, before),
                    shrinkPriority: fixed ? nil : .bracketOrComma)
    }

    /// What stays after the last unit of a line: a closing bracket's, comma's or full stop's
    /// half em is kept (JLREQ 3.1.9 allows ½ em or nothing, never ¼; keeping it means the
    /// glyph's em box ends exactly at the line end), as is a middle dot's quarter.
    static func lineEnd(after unit: Unit, em: Double) -> Double {
        guard !unit.isNarrowPunctuation else { return 0 }
        return switch unit.characterClass {
        case .closingBracket, .fullStop, .comma: em / 2
        case .middleDot: em / 4
        default: 0
        }
    }
}
