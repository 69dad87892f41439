/// Ruby (JLREQ 3.3).
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
                // Jukugo readings are centred now; a mono-ruby's is laid solid and settled
                // on its line like group ruby's.
                appendGlyphs(shapedReading, 0..<shapedReading.0.glyphs.count,
                             pen: group == nil ? 0 : (width - readingWidth) / 2,
                             rotated: false, layer: .ruby, across: rubyAcross)
                var unit = Unit(characterClass: group == nil ? .simpleRubyComplex : .jukugoRubyComplex, text: text,
                                glyphs: first..<glyphs.count, width: width, fontSize: size,
                                first: scalars[text.lowerBound], last: scalars[text.upperBound - 1])
                unit.jukugoGroup = group
                unit.ruby = RubyAnnotation(glyphs: rubyStart..<glyphs.count, baseWidth: width, rubyWidth: readingWidth,
                                           rubyCharacter: rubySize, settlesOnLine: group == nil)
                units.append(unit)
            }
            return
        }
        // Group ruby: one complex, laid solid; its glyphs are placed once its line is known.
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

    /// Works out how far each group- or mono-ruby reading overhangs its neighbours mid-line
    /// and the complex's length there; at a line's head or end it is longer by what it cannot
    /// overhang (`RubySetting`, `Unit.lineHeadExtra`).
    mutating func resolveRubyOverhangs() {
        for index in units.indices {
            guard var ruby = units[index].ruby, ruby.settlesOnLine else { continue }
            let excess = max(0, ruby.rubyWidth - ruby.baseWidth)
            let limit = min(ruby.rubyCharacter, excess / 2)
            ruby.overhangBefore = index > 0 && acceptsOverhang(units[index - 1]) ? limit : 0
            ruby.overhangAfter = index + 1 < units.count && acceptsOverhang(units[index + 1]) ? limit : 0
            let baseGlyphs = ruby.glyphs.lowerBound - units[index].glyphs.lowerBound
            func width(head: Bool, end: Bool) -> Double {
                RubySetting(ruby, baseGlyphs: baseGlyphs, atLineHead: head, atLineEnd: end).width
            }
            let midLine = width(head: false, end: false)
            units[index].ruby = ruby
            units[index].width = midLine
            units[index].lineHeadExtra = width(head: true, end: false) - midLine
            units[index].lineEndExtra = width(head: false, end: true) - midLine
        }
    }

    /// Ruby may overhang kana, the long vowel mark and small kana — never kanji (JLREQ 3.3.8).
    private func acceptsOverhang(_ unit: Unit) -> Bool {
        switch unit.characterClass {
        case .hiragana, .katakana, .prolongedSoundMark, .smallKana: unit.ruby == nil
        default: false
        }
    }
}
