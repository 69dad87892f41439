/// The fonts an appearance stream sets text in: the typing font first, then the fallback
/// subsets, each under its own resource name (`/FAP0`, `/FAP1` …; never the `/DA` name,
/// reference/pdf-forms.md §2.3). Text is cut into runs of characters that one font has, the
/// first font in order that has them.
struct AppearanceFontSet {
    struct Font {
        let font: PDFEmbeddedFont
        let resource: String
        let reference: PDFReference
    }

    /// A run of text in one font.
    struct Run: Equatable {
        /// The index in `fonts`.
        var font: Int
        var codes: [UInt16]
        /// The run's advance in em.
        var advance: Double
    }

    let fonts: [Font]

    /// The index of the first font that has `scalar`; `nil` when none has it.
    func font(for scalar: Unicode.Scalar) -> Int? {
        fonts.firstIndex { $0.font.subset.glyphs[scalar] != nil }
    }

    /// The characters of `text` no font has (whitespace aside: a field's line break is no glyph).
    func missing(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { font(for: $0) == nil && !$0.properties.isWhitespace }
    }

    /// `text` as runs; white space no font has (a tab) is set as a space, and any other
    /// character no font has as `.notdef` (code 0) of the first font (and reported: `missing`).
    func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        for original in text.unicodeScalars {
            let scalar: Unicode.Scalar = font(for: original) == nil && original.properties.isWhitespace ? " " : original
            let index = font(for: scalar) ?? 0
            let subset = fonts[index].font.subset
            let code = subset.code(of: scalar) ?? 0
            let advance = subset.glyphs[scalar] != nil ? subset.advance(of: scalar) : notdefAdvance(index)
            if var last = runs.last, last.font == index {
                last.codes.append(code)
                last.advance += advance
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(font: index, codes: [code], advance: advance))
            }
        }
        return runs
    }

    /// The advance of `text` in em.
    func advance(of text: String) -> Double {
        runs(text).map(\.advance).reduce(0, +)
    }

    private func notdefAdvance(_ index: Int) -> Double {
        let subset = fonts[index].font.subset
        return subset.advances.first.map { Double($0) / Double(max(subset.unitsPerEm, 1)) } ?? 1
    }

    /// The typing font's ascent and descent (em), which place every line's baseline.
    var ascent: Double { fonts.first?.font.ascent ?? 0.88 }
    var descent: Double { fonts.first?.font.descent ?? -0.12 }

    /// `/Resources /Font` of an appearance: every font of the set.
    var resources: PDFDictionary {
        var dictionary = PDFDictionary()
        for font in fonts { dictionary[PDFName(font.resource)] = .reference(font.reference) }
        return dictionary
    }
}
