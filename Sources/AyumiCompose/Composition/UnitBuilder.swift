import AyumiModel

/// Shapes a paragraph's segments and cuts the glyphs into units.
///
/// Each unit's glyphs are placed relative to the unit's start: upright glyphs as the shaper
/// placed them; Latin in vertical text turned 90° clockwise and centred on the column; a
/// tate-chu-yoko set across the column in one em; half-width punctuation trimmed to the half
/// of its em box that holds the ink; ruby readings and emphasis dots beside their bases, in
/// the line gap (so they never change the line pitch).
struct UnitBuilder {
    let shaper: any Shaper
    let font: FontRequest
    let direction: TextDirection
    /// Numbers of at most this many ASCII digits are set as tate-chu-yoko in vertical text
    /// without markup (`CompositionSettings.uprightDigits`).
    let uprightDigits: Int

    var units: [Unit] = []
    var glyphs: [UnitGlyph] = []
    private(set) var faces: [FontFace] = []
    var missing: [Int] = []
    private var faceIndex: [FontFace: Int] = [:]
    var jukugoGroups = 0
    /// Per character: whether the font has a vertical form (asked once per paragraph).
    private var verticalForms: [Unicode.Scalar: Bool] = [:]
    var size: Double { font.size.points }
    var rubySize: Double { size / 2 }

    static let emBoxAscent = EmBox.ascent

    init(shaper: any Shaper, font: FontRequest, direction: TextDirection, uprightDigits: Int = 0) {
        self.shaper = shaper
        self.font = font
        self.direction = direction
        self.uprightDigits = uprightDigits
    }

    mutating func build(_ segments: Segments) {
        let scalars = segments.scalars
        for segment in segments.segments {
            let start = units.count
            switch segment.kind {
            case .lineBreak:
                if !units.isEmpty { units[units.count - 1].forcedBreakAfter = true }
            case .text:
                addText(scalars, segment.range, bold: segment.bold)
            case .tateChuYoko:
                if direction == .vertical { addTateChuYoko(scalars, segment.range, bold: segment.bold) }
                else { addText(scalars, segment.range, bold: segment.bold) }
            case .ruby(let readings):
                addRuby(scalars, segment.range, readings: readings, bold: segment.bold)
            }
            if segment.emphasis { addEmphasisDots(units: start..<units.count) }
        }
        attachNarrowPunctuation()
        settleSpacesBetweenScripts()
        resolveRubyOverhangs()
    }

    // MARK: - Text

    private mutating func addText(_ scalars: [Unicode.Scalar], _ range: Range<Int>, bold: Bool) {
        var runStart = range.lowerBound
        while runStart < range.upperBound {
            if let numberEnd = uprightNumberEnd(scalars, at: runStart, within: range) {
                addTateChuYoko(scalars, runStart..<numberEnd, bold: bold)
                runStart = numberEnd
                continue
            }
            let rotated = isRotated(scalars[runStart])
            var runEnd = runStart + 1
            while runEnd < range.upperBound, isRotated(scalars[runEnd]) == rotated,
                  uprightNumberEnd(scalars, at: runEnd, within: range) == nil {
                runEnd += 1
            }
            addRun(scalars, runStart..<runEnd, bold: bold, rotated: rotated)
            runStart = runEnd
        }
    }

    /// In vertical text, Latin letters, digits and their spaces are set rotated (JLREQ 3.2.3),
    /// and so are dashes and similar marks that lie along the line when the font has no vertical
    /// form for them (BIZ UD has none for — – － − ；), as UAX #50 asks for these characters.
    mutating func isRotated(_ scalar: Unicode.Scalar) -> Bool {
        guard direction == .vertical else { return false }
        if scalar.isASCII { return scalar.value >= 0x20 }
        guard Self.rotatedWithoutVerticalForm.contains(scalar.value) else { return false }
        if let known = verticalForms[scalar] { return !known }
        let has = shaper.hasVerticalForm(scalar, font: font)
        verticalForms[scalar] = has
        return !has
    }

    /// Characters whose Unicode vertical orientation is R or Tr among those Japanese text uses.
    static let rotatedWithoutVerticalForm: Set<UInt32> = [
        0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2025, 0x2026, 0x2212, 0x301C, 0x3030, 0x30FC,
        0xFF0D, 0xFF1A, 0xFF1B, 0xFF1D, 0xFF3F, 0xFF5E,
    ]

    private mutating func addRun(_ scalars: [Unicode.Scalar], _ range: Range<Int>, bold: Bool, rotated: Bool) {
        let shaped = shape(Array(scalars[range]), bold: bold, size: size, direction: rotated ? .horizontal : direction)
        noteMissing(shaped.0, base: range.lowerBound)
        for (cluster, glyphRange) in clusters(of: shaped.0, count: range.count) {
            let first = range.lowerBound + cluster.lowerBound
            let text = first..<(range.lowerBound + cluster.upperBound)
            var unit = Unit(characterClass: CharacterClass(scalars[first]), text: text, glyphs: glyphs.count..<glyphs.count,
                            width: 0, fontSize: size, first: scalars[first], last: scalars[text.upperBound - 1])
            unit.width = appendGlyphs(shaped, glyphRange, pen: 0, rotated: rotated)
            unit.glyphs = unit.glyphs.lowerBound..<glyphs.count
            trimPunctuation(&unit)
            units.append(unit)
        }
    }

    /// Glyph ranges per cluster (offsets in the shaped text), in order; characters without a
    /// glyph are recorded as missing.
    func clusters(of text: ShapedText, count: Int) -> [(Range<Int>, Range<Int>)] {
        var result: [(Range<Int>, Range<Int>)] = []
        var index = 0
        while index < text.glyphs.count {
            let cluster = text.glyphs[index].cluster
            var end = index + 1
            while end < text.glyphs.count, text.glyphs[end].cluster == cluster { end += 1 }
            let next = end < text.glyphs.count ? text.glyphs[end].cluster : count
            result.append((cluster..<max(next, cluster + 1), index..<end))
            index = end
        }
        return result
    }

    /// Shapes and returns the result with its faces mapped to the paragraph's face list.
    mutating func shape(_ text: [Unicode.Scalar], bold: Bool, size: Double, direction: TextDirection,
                        features: [FontFeature] = []) -> (ShapedText, [Int]) {
        let request = FontRequest(family: font.family, weight: bold ? .bold : font.weight, size: .pt(size))
        let shaped = features.isEmpty ? shaper.shape(text, font: request, direction: direction)
            : shaper.shape(text, font: request, direction: direction, features: features)
        let mapping = shaped.faces.map { face -> Int in
            if let known = faceIndex[face] { return known }
            faces.append(face)
            faceIndex[face] = faces.count - 1
            return faces.count - 1
        }
        return (shaped, mapping)
    }

    /// Appends the glyphs of `range` with the pen starting at `pen`; returns the pen's travel.
    @discardableResult
    mutating func appendGlyphs(_ shaped: (ShapedText, [Int]), _ range: Range<Int>, pen start: Double,
                                       rotated: Bool, layer: LineGlyph.Layer = .base, across shift: Double = 0) -> Double {
        let (text, mapping) = shaped
        var pen = start
        for glyph in text.glyphs[range] {
            let size = layer == .base ? self.size : rubySize
            let along: Double, across: Double
            if rotated {
                along = pen + glyph.offsetX
                across = -(Self.emBoxAscent - 0.5) * size + glyph.offsetY
            } else if direction == .vertical {
                along = pen + glyph.offsetY
                across = glyph.offsetX
            } else {
                along = pen + glyph.offsetX
                across = glyph.offsetY
            }
            glyphs.append(UnitGlyph(face: mapping[glyph.face], glyphID: glyph.glyphID, size: size, along: along,
                                    across: across + shift, isRotated: rotated, layer: layer))
            pen += glyph.advance
        }
        return pen - start
    }

    /// Full-width 「」、。・ glyphs carry half an em of blank; JLREQ sets them in half an em and
    /// makes the blank adjustable space (3.1.2). The ink is in the second half of an opening
    /// bracket's box, the first half of a closing bracket's, comma's or full stop's (in both
    /// directions, with vertical forms), and the middle of a middle dot's.
    mutating func trimPunctuation(_ unit: inout Unit) {
        guard unit.characterClass.isHalfWidthPunctuation else { return }
        guard unit.width > 0.9 * size else {
            // A proportional form (ASCII "(" or ","): set as it is, keeping its class for line
            // breaks; `attachNarrowPunctuation` makes it Latin when it belongs to a Latin word.
            unit.isNarrowPunctuation = true
            return
        }
        let shift: Double = switch unit.characterClass {
        case .openingBracket: -size / 2
        case .middleDot: -size / 4
        default: 0
        }
        for index in unit.glyphs { glyphs[index].along += shift }
        unit.width = size / 2
    }

    mutating func noteMissing(_ shaped: ShapedText, base: Int) {
        missing.append(contentsOf: shaped.missing.map { $0 + base })
    }
}
