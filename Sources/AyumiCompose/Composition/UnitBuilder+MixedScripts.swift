/// Western punctuation and typed spaces in Japanese text (JLREQ 3.1.7, 3.1.8, 3.2.6).
///
/// Staff text mixes ASCII `(` `)` `,` `.` `:` `;` with full-width marks. Such a mark keeps its
/// JLREQ class, so it obeys the line-start and line-end prohibitions whatever its width, unless
/// it belongs to a Latin word (`3.5`, `e.g.`, `Care,`, `(ACP)`), where it is Latin text like
/// the letters it touches. A space typed between Japanese and Latin text becomes the ¼ em
/// 和欧間 instead of adding its own width to it.
extension UnitBuilder {
    /// Makes a narrow mark Latin (cl-27) when it touches Latin text on the side it attaches to:
    /// a closing bracket, comma, stop or colon attaches to what precedes it, an opening bracket
    /// to what follows it. Closing marks are settled left to right and opening brackets right to
    /// left, so chains such as `e.g.`, `(ACP).` and `((A` follow their word.
    mutating func attachNarrowPunctuation() {
        for index in units.indices.dropFirst()
        where units[index].isNarrowPunctuation && units[index].characterClass != .openingBracket {
            if units[index - 1].characterClass.isWesternText { units[index].characterClass = .western }
        }
        for index in units.indices.dropLast().reversed()
        where units[index].isNarrowPunctuation && units[index].characterClass == .openingBracket {
            if units[index + 1].characterClass.isWesternText { units[index].characterClass = .western }
        }
    }

    /// A run of typed spaces between Japanese and Latin text stands for the 和欧間: its first
    /// space is set ¼ em wide (with the 和欧間's own stretch and shrink, see `Glue.between`) and
    /// the rest take no room. A space between two Latin words, or between two Japanese
    /// characters, stays a word space as typed.
    mutating func settleSpacesBetweenScripts() {
        var index = 0
        while index < units.count {
            guard units[index].isSpace else { index += 1; continue }
            var end = index
            while end < units.count, units[end].isSpace { end += 1 }
            if index > 0, end < units.count, !units[(index - 1)..<end].contains(where: \.forcedBreakAfter),
               Glue.isJapaneseLatinBoundary(units[index - 1].trailingSpacingClass, units[end].leadingSpacingClass) {
                units[index].spaceRole = .japaneseLatin
                units[index].width = size / 4
                for extra in (index + 1)..<end {
                    units[extra].spaceRole = .collapsed
                    units[extra].width = 0
                }
            }
            index = end
        }
    }
}
