/// Ruby (JLREQ 3.3) and emphasis dots (3.3.9).
///
/// Readings are half the base size. A reading per base character, none longer than two
/// characters, is set as jukugo ruby: each base character its own unit, its reading centred
/// on it, and the line may break between them. Otherwise the base is one complex (group
/// ruby): a shorter reading is spread 1:2:1 over the base; a longer one is set solid with the
/// base spread 1:2:1 under it, overhanging neighbouring kana by at most one ruby character.
extension UnitBuilder {
    mutating func addRuby(_ scalars: [Unicode.Scalar], _ range: Range<Int>, readings: [[Unicode.Scalar]], bold: Bool) {
        let base = shape(Array(scalars[range]), bold: bold, size: size, direction: direction)
        noteMissing(base.0, base: range.lowerBound)
        let baseClusters = clusters(of: base.0, count: range.count)
        let perCharacter = readings.count == baseClusters.count && (readings.count > 1 || baseClusters.count == 1)
        if perCharacter, readings.allSatisfy({ $0.count <= 2 }) {
            let group = baseClusters.count > 1 ? nextJukugoGroup() : nil
            for ((cluster, glyphRange), reading) in zip(baseClusters, readings) {
                let text = (range.lowerBound + cluster.lowerBound)..<(range.lowerBound + cluster.upperBound)
                let first = glyphs.count
                let width = appendGlyphs(base, glyphRange, pen: 0, rotated: false)
                let rubyStart = glyphs.count
                let shapedReading = shape(reading, bold: bold, size: rubySize, direction: direction)
                let readingWidth = shapedReading.0.glyphs.reduce(0) { $0 + $1.advance }
                appendGlyphs(shapedReading, 0..<shapedReading.0.glyphs.count, pen: (width - readingWidth) / 2,
                             rotated: false, layer: .ruby, across: rubyAcross)
                var unit = Unit(characterClass: group == nil ? .simpleRubyComplex : .jukugoRubyComplex, text: text,
                                glyphs: first..<glyphs.count, width: width, fontSize: size,
                                first: scalars[text.lowerBound], last: scalars[text.upperBound - 1])
                unit.jukugoGroup = group
                unit.ruby = RubyAnnotation(glyphs: rubyStart..<glyphs.count, baseWidth: width, rubyWidth: readingWidth,
                                           rubyCharacter: rubySize)
                units.append(unit)
            }
            return
        }
        // Group ruby: one complex; glyph positions are final once the neighbours are known.
        let first = glyphs.count
        let baseWidth = appendGlyphs(base, 0..<base.0.glyphs.count, pen: 0, rotated: false)
        let rubyStart = glyphs.count
        let reading = shape(readings.flatMap { $0 }, bold: bold, size: rubySize, direction: direction)
        let readingWidth = appendGlyphs(reading, 0..<reading.0.glyphs.count, pen: 0, rotated: false, layer: .ruby,
                                        across: rubyAcross)
        var unit = Unit(characterClass: .simpleRubyComplex, text: range, glyphs: first..<glyphs.count,
                        width: max(baseWidth, readingWidth), fontSize: size,
                        first: scalars[range.lowerBound], last: scalars[range.upperBound - 1])
        unit.ruby = RubyAnnotation(glyphs: rubyStart..<glyphs.count, baseWidth: baseWidth, rubyWidth: readingWidth,
                                   rubyCharacter: rubySize)
        units.append(unit)
    }

    private mutating func nextJukugoGroup() -> Int {
        jukugoGroups += 1
        return jukugoGroups
    }

    /// Where readings and dots sit across the line: above the base's em box in horizontal
    /// text, right of the column in vertical text — in the line gap either way.
    var rubyAcross: Double {
        direction == .vertical
            ? size / 2 + rubySize / 2
            : -(Self.emBoxAscent * size + (1 - Self.emBoxAscent) * rubySize)
    }

    /// Places the glyphs of every group-ruby complex, now that its neighbours are known.
    mutating func resolveRubyOverhangs() {
        for index in units.indices {
            guard let ruby = units[index].ruby, units[index].jukugoGroup == nil,
                  units[index].characterClass == .simpleRubyComplex else { continue }
            let baseRange = units[index].glyphs.lowerBound..<ruby.glyphs.lowerBound
            let excess = max(0, ruby.rubyWidth - ruby.baseWidth)
            let limit = min(ruby.rubyCharacter, excess / 2)
            let before = index > 0 && acceptsOverhang(units[index - 1]) ? limit : 0
            let after = index + 1 < units.count && acceptsOverhang(units[index + 1]) ? limit : 0
            let width = max(ruby.baseWidth, ruby.rubyWidth - before - after)
            units[index].width = width
            spread(baseRange, over: width, contentWidth: ruby.baseWidth, from: 0)
            if ruby.rubyWidth <= ruby.baseWidth {
                spread(ruby.glyphs, over: width, contentWidth: ruby.rubyWidth, from: 0)
            } else {
                shift(ruby.glyphs, by: -before)
            }
        }
    }

    /// Ruby may overhang kana, the long vowel mark and small kana — never kanji (JLREQ 3.3.8).
    private func acceptsOverhang(_ unit: Unit) -> Bool {
        switch unit.characterClass {
        case .hiragana, .katakana, .prolongedSoundMark, .smallKana: unit.ruby == nil
        default: false
        }
    }

    /// Spreads glyphs laid solid (total `contentWidth`) over `width`, 1:2:1: a unit of space
    /// at each end and two between neighbours (JLREQ 3.3.6).
    private mutating func spread(_ range: Range<Int>, over width: Double, contentWidth: Double, from start: Double) {
        guard !range.isEmpty, width > contentWidth + 1e-9 else { return }
        let unit = (width - contentWidth) / Double(2 * range.count)
        for (position, index) in range.enumerated() {
            glyphs[index].along += start + unit * Double(2 * position + 1)
        }
    }

    private mutating func shift(_ range: Range<Int>, by amount: Double) {
        for index in range { glyphs[index].along += amount }
    }

    /// One dot (• across, ﹅ in vertical text) centred beside each character, except
    /// punctuation and spaces (JLREQ 3.3.9).
    mutating func addEmphasisDots(units range: Range<Int>) {
        let dotText: [Unicode.Scalar] = [direction == .vertical ? "\u{FE45}" : "\u{2022}"]
        let dot = shape(dotText, bold: false, size: rubySize, direction: direction)
        guard let glyph = dot.0.glyphs.first else { return }
        for index in range where !units[index].isPunctuation && units[index].ruby == nil {
            let along = (units[index].width - glyph.advance) / 2 + (direction == .vertical ? glyph.offsetY : glyph.offsetX)
            let across = rubyAcross + (direction == .vertical ? glyph.offsetX : glyph.offsetY)
            units[index].emphasisDot = glyphs.count
            glyphs.append(UnitGlyph(face: dot.1[glyph.face], glyphID: glyph.glyphID, size: rubySize, along: along,
                                    across: across, isRotated: false, layer: .emphasisDot))
        }
    }
}
