/// One unit of composition: a character, or a complex (a ruby group, a tate-chu-yoko) that
/// JLREQ treats as one character for breaking and spacing.
struct Unit {
    var characterClass: CharacterClass
    /// The characters it shows, as offsets into the paragraph's scalars.
    var text: Range<Int>
    /// Its glyphs in `UnitBuilder.glyphs`, placed relative to the unit's start.
    var glyphs: Range<Int>
    /// Its extent along the line (half an em for half-width punctuation).
    var width: Double
    var fontSize: Double
    var first: Unicode.Scalar
    var last: Unicode.Scalar
    /// The emphasis dot (圏点) beside this unit, in `UnitBuilder.glyphs`.
    var emphasisDot: Int?
    var forcedBreakAfter = false
    /// Units of one jukugo ruby share a group: breaks are allowed between them, stretching not.
    var jukugoGroup: Int?
    /// A ruby complex's readings and how far they may overhang its neighbours.
    var ruby: RubyAnnotation?
    /// A bracket, comma, full stop or colon in a proportional (Western) form such as ASCII `(`
    /// or `,`: set at the width the font gives it, with no blank half to serve as space (JLREQ
    /// 3.1.2 trims full-width forms only). Its class still decides line breaks (3.1.7, 3.1.8).
    var isNarrowPunctuation = false
    /// What a typed space stands for (see `SpaceRole`); meaningful for spaces only.
    var spaceRole = SpaceRole.wordSpace
    /// How much longer the unit is when it starts or ends a line: a reading that overhangs its
    /// neighbour mid-line cannot overhang the line's edge (JLREQ 3.3), so the complex takes
    /// that room itself there. Line breaking counts it; `LinePlacer` re-settles the glyphs.
    var lineHeadExtra: Double = 0
    var lineEndExtra: Double = 0

    var isSpace: Bool { characterClass == .westernSpace }

    /// The class the unit before this one meets, for 和欧間 (JLREQ 3.2.6): a narrow opening
    /// bracket meets what precedes it as Latin text does, and what it encloses solid.
    var leadingSpacingClass: CharacterClass {
        isNarrowPunctuation && characterClass == .openingBracket ? .western : characterClass
    }

    /// The class the unit after this one meets: a narrow closing bracket, comma, stop or colon
    /// is set solid after what it closes and meets what follows as Latin text does.
    var trailingSpacingClass: CharacterClass {
        isNarrowPunctuation && characterClass != .openingBracket ? .western : characterClass
    }

    /// Characters that widow control does not count (JLREQ 3.5.4 counts characters, not marks).
    var isPunctuation: Bool {
        switch characterClass {
        case .openingBracket, .closingBracket, .hyphen, .dividingPunctuation, .middleDot, .fullStop, .comma,
             .westernSpace, .ideographicSpace:
            true
        default: isNarrowPunctuation
        }
    }
}

/// What a typed ASCII space stands for.
enum SpaceRole {
    /// A Western word space: as wide as the font sets it, adjustable from ¼ to ½ em.
    case wordSpace
    /// A space typed between Japanese and Latin text: it is the ¼ em 和欧間 (JLREQ 3.2.6), with
    /// its stretch and shrink, not an addition to it.
    case japaneseLatin
    /// A further space in a run typed between Japanese and Latin text: nothing.
    case collapsed
}

/// A glyph of a unit, placed relative to the unit's start.
struct UnitGlyph {
    var face: Int
    var glyphID: UInt32
    var size: Double
    var along: Double
    var across: Double
    var isRotated: Bool
    var layer: LineGlyph.Layer
    /// Below 1 for a tate-chu-yoko's glyphs drawn narrower to fit one em.
    var horizontalScale: Double = 1
}

/// The readings of a ruby complex, already placed relative to the unit.
struct RubyAnnotation {
    /// The reading glyphs in `UnitBuilder.glyphs`.
    var glyphs: Range<Int>
    /// Base and reading widths, for overhang.
    var baseWidth: Double
    var rubyWidth: Double
    /// Half the ruby size: the most a reading may overhang a neighbour (one ruby character).
    var rubyCharacter: Double
    /// Whether base and reading are laid solid from the unit's start and placed only on the
    /// line (`RubySetting`): true for group ruby and mono-ruby, false for jukugo ruby, whose
    /// readings are centred on their characters when built and never overhang.
    var settlesOnLine = true
    /// How far the reading overhangs the units before and after it mid-line (JLREQ 3.3.8).
    var overhangBefore: Double = 0
    var overhangAfter: Double = 0
}
