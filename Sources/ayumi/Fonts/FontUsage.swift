import AyumiCompose
import AyumiFonts
import AyumiModel

/// Which face shows each character of a document, found by shaping its text as layout would.
///
/// Every piece of text the document holds (blocks, nested boxes, labels, answers, table cells,
/// the page master) is shaped in its style's family and weight with the real fonts; a character
/// drawn from any face after the family's own is a fallback, and one no face has is missing.
/// Text that layout adds itself (list markers, era labels in date fields) is not seen here.
struct FontUsage {
    /// One character in one family and weight, with where it first appears and how often.
    struct Use: Hashable {
        var scalar: Unicode.Scalar
        var family: String
        var weight: FontWeight
        /// The face that shows it; `nil` when none can.
        var face: FontFace?
        var firstLocation: SourceLocation?
        var count: Int
    }

    private(set) var fallbacks: [Use] = []
    private(set) var missing: [Use] = []

    init(document: Document, library: FontLibrary) {
        var collector = Collector(shaper: FontShaper(library: library))
        collector.collect(document)
        fallbacks = collector.uses.filter { $0.face != nil }
        missing = collector.uses.filter { $0.face == nil }
    }

    private struct Collector {
        var shaper: FontShaper
        var uses: [Use] = []
        var index: [String: Int] = [:]

        mutating func collect(_ document: Document) {
            blocks(document.blocks)
            if let master = document.pageMaster {
                for inlines in [master.header, master.footer].compactMap({ $0 }) { self.inlines(inlines, style: master.style) }
            }
        }

        mutating func blocks(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .text(let text):
                    inlines(text.content, style: text.style)
                case .list(let list):
                    for item in list.items { inlines(item, style: list.style) }
                case .box(let box):
                    if let title = box.title, let style = box.titleStyle { inlines(title, style: style) }
                    self.blocks(box.blocks)
                case .ruledLines(let lines):
                    if let label = lines.label { inlines(label, style: lines.labelStyle) }
                    if let value = lines.value { inlines(value, style: lines.valueStyle) }
                case .field(let field):
                    inlines(field.label, style: field.style)
                    if case .choice(let options, _, _) = field.kind {
                        for option in options { plain(option, style: field.style) }
                    }
                    switch field.value {
                    case .text(let text)?: plain(text, style: field.style)
                    case .date(let label, _, _, _)?: plain(label, style: field.style)
                    case .choices(_, let other?)?: plain(other, style: field.style)
                    default: break
                    }
                case .table(let table):
                    for column in table.columns { inlines(column.heading, style: table.headingStyle) }
                    for row in table.rows { for cell in row { inlines(cell, style: table.style) } }
                case .qrCode(let code):
                    if let caption = code.caption { inlines(caption, style: code.captionStyle) }
                case .tableOfContents(let contents):
                    plain("0123456789", style: contents.style)
                case .image, .spacer, .pageBreak:
                    break
                }
            }
        }

        mutating func inlines(_ inlines: [Inline], style: TextStyle, weight: FontWeight? = nil) {
            for inline in inlines {
                switch inline {
                case .text(let text), .tateChuYoko(let text):
                    shape(text, style: style, weight: weight ?? style.weight)
                case .ruby(let ruby):
                    shape(ruby.base, style: style, weight: weight ?? style.weight)
                    for reading in ruby.readings { shape(reading, style: style, weight: weight ?? style.weight) }
                case .bold(let inner):
                    self.inlines(inner, style: style, weight: .bold)
                case .emphasisDots(let inner):
                    self.inlines(inner, style: style, weight: weight)
                case .pageReference:
                    plain("0123456789", style: style)
                case .lineBreak:
                    break
                }
            }
        }

        mutating func plain(_ text: String, style: TextStyle) {
            shape(SourceText(generated: text), style: style, weight: style.weight)
        }

        mutating func shape(_ text: SourceText, style: TextStyle, weight: FontWeight) {
            let scalars = Array(text.text.unicodeScalars)
            guard !scalars.isEmpty else { return }
            let request = FontRequest(family: style.family, weight: weight, size: style.size)
            let shaped = shaper.shape(scalars, font: request, direction: .horizontal)
            // The face of each character: a glyph's face covers its cluster and what follows it
            // up to the next cluster (marks and selectors stay with their base).
            var faceOf = [Int?](repeating: nil, count: scalars.count)
            for glyph in shaped.glyphs where glyph.cluster < scalars.count { faceOf[glyph.cluster] = glyph.face }
            let missing = Set(shaped.missing)
            var current: Int?
            for offset in scalars.indices {
                if missing.contains(offset) {
                    note(scalars[offset], face: nil, request: request, at: text.location(ofScalarAt: offset))
                    current = nil
                    continue
                }
                if let face = faceOf[offset] { current = face }
                if let current, current > 0, !Self.isSpace(scalars[offset]) {
                    note(scalars[offset], face: shaped.faces[current], request: request, at: text.location(ofScalarAt: offset))
                }
            }
        }

        mutating func note(_ scalar: Unicode.Scalar, face: FontFace?, request: FontRequest, at location: SourceLocation?) {
            let key = "\(scalar.value)/\(request.family)/\(request.weight.rawValue)"
            if let existing = index[key] {
                uses[existing].count += 1
                if uses[existing].firstLocation == nil { uses[existing].firstLocation = location }
                return
            }
            index[key] = uses.count
            uses.append(Use(scalar: scalar, family: request.family, weight: request.weight, face: face,
                            firstLocation: location, count: 1))
        }

        static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    }
}

/// `U+20BB7 「𠮷」`, `U+E000 (a private-use character)`.
enum CharacterName {
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        switch scalar.properties.generalCategory {
        case .privateUse: return "\(code) " + tr(.privateUseCharacter)
        case .control, .format: return "\(code) " + tr(.invisibleCharacter)
        default: return "\(code) 「\(Character(scalar))」"
        }
    }
}
