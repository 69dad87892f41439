import AyumiModel

/// Composes a paragraph into lines following JLREQ (W3C, Requirements for Japanese Text Layout)
/// and JIS X 4051.
///
/// The steps:
/// 1. flatten the inline content into text and segments (`Segments`);
/// 2. shape it and cut it into units — characters and complexes — with their glyphs
///    (`UnitBuilder`: half-width punctuation, rotated Latin, tate-chu-yoko, ruby, dots);
/// 3. work out the space between every two units and where breaks are allowed (`Glue`,
///    `BreakRules`);
/// 4. choose the line ends (`LineBreaker`), then justify each line (`Justifier`) and place
///    its glyphs (`LinePlacer`).
public struct ParagraphComposer {
    public var shaper: any Shaper
    public var settings: CompositionSettings

    public init(shaper: any Shaper, settings: CompositionSettings = CompositionSettings()) {
        self.shaper = shaper
        self.settings = settings
    }

    /// Composes `content` in `font` into lines `measure` points long; the first line starts
    /// `firstLineIndent` points in.
    public func compose(_ content: [Inline], font: FontRequest, direction: TextDirection,
                        measure: Double, firstLineIndent: Double = 0) -> ComposedParagraph {
        let segments = Segments(content)
        var builder = UnitBuilder(shaper: shaper, font: font, direction: direction,
                                  uprightDigits: settings.uprightDigits)
        builder.build(segments)
        let units = builder.units
        let em = font.size.points
        let rules = BreakRules(strictness: settings.strictness), loose = BreakRules(strictness: .loose)
        var glues = [Glue.none]
        var breakAfter: [Bool] = [], looseBreakAfter: [Bool] = []
        var lastNonSpace: Unit?
        for index in units.indices {
            if index > 0 { glues.append(Glue.between(units[index - 1], units[index], em: em)) }
            if !units[index].isSpace { lastNonSpace = units[index] }
            let hasNext = index + 1 < units.count
            breakAfter.append(hasNext && rules.canBreak(after: units[index], before: units[index + 1],
                                                        lastBeforeSpaces: lastNonSpace))
            looseBreakAfter.append(hasNext && loose.canBreak(after: units[index], before: units[index + 1],
                                                             lastBeforeSpaces: lastNonSpace))
        }
        // Inside URLs, e-mail addresses and paths the address rules decide, and their breaks cost a little.
        let addressBreaks = AddressBreaks.breaks(units: units, scalars: segments.scalars)
        for (index, allowed) in addressBreaks.enumerated() {
            if let allowed { breakAfter[index] = allowed; looseBreakAfter[index] = allowed }
        }
        // Ragged text (headings, titles, cells, labels) breaks at phrase boundaries, its lines
        // balanced; after the address rules, so a URL in a heading keeps only its own breaks.
        let ragged = settings.alignment != .justify
        if ragged { Self.keepPhraseBreaks(&breakAfter, units: units, scalars: segments.scalars) }
        var breaker = LineBreaker(units: units, glues: glues, breakAfter: breakAfter, looseBreakAfter: looseBreakAfter,
                                  discouragedBreakAfter: addressBreaks.map { $0 == true }, measure: measure,
                                  firstLineIndent: firstLineIndent, hanging: settings.hangingPunctuation, em: em)
        if ragged { breaker = Self.balanced(breaker) }
        let placer = LinePlacer(units: units, glyphs: builder.glyphs, scalars: segments.scalars, em: em)
        let justifier = Justifier(em: em, units: units)
        let ranges = breaker.lines()
        var lines: [ComposedLine] = []
        for (number, range) in ranges.enumerated() {
            let content = breaker.trimmed(range)
            let indent = number == 0 ? firstLineIndent : 0
            let natural = breaker.naturalWidth(content, indent: indent)
            let isLast = number == ranges.count - 1
            let endsByForce = !content.isEmpty && units[content.upperBound - 1].forcedBreakAfter
            let justify = !isLast && !endsByForce && settings.alignment == .justify
            // A hanging 、 or 。 sits past the measure; the rest of the line is justified to it.
            let target = measure + breaker.hungExtent(content, indent: indent)
            let spaces = justifier.spaces(for: content, glues: glues, natural: natural, measure: target,
                                          stretch: justify)
            var line = placer.line(content, spaces: spaces, glues: glues, indent: indent, justified: justify)
            line.offset = alignmentOffset(extent: line.extent, measure: measure)
            lines.append(line)
        }
        return ComposedParagraph(faces: builder.faces, scalars: segments.scalars, lines: lines, direction: direction,
                                 missing: builder.missing)
    }

    /// How far a line moves along for centred or end-aligned text (never past the start edge).
    private func alignmentOffset(extent: Double, measure: Double) -> Double {
        switch settings.alignment {
        case .justify, .start: 0
        case .center: max(0, (measure - extent) / 2)
        case .end: max(0, measure - extent)
        }
    }

    /// Composes plain text (no markup).
    public func compose(_ text: String, font: FontRequest, direction: TextDirection, measure: Double,
                        firstLineIndent: Double = 0) -> ComposedParagraph {
        compose([.text(SourceText(generated: text))], font: font, direction: direction, measure: measure,
                firstLineIndent: firstLineIndent)
    }
}
