import AyumiModel

/// A subset TrueType font embedded as a composite font (ISO 32000-1 §9.7): a Type0 font with
/// `/Encoding /Identity-H` over a `CIDFontType2` with `/CIDToGIDMap /Identity`, its
/// `/FontFile2`, widths (`/W`) and a ToUnicode map (§9.10.3) so text drawn with it extracts
/// (and flattened form fields search) as the characters it shows.
///
/// Codes in a content stream are two bytes, the subset's glyph numbers (`TrueTypeSubset`).
struct PDFEmbeddedFont {
    let font: TrueTypeFont
    let subset: TrueTypeSubset
    /// `ABCDEF+BIZUDGothic-Regular`: six letters from a hash of the glyphs (§9.6.4), so the same
    /// glyphs always give the same name and different subsets differ.
    let baseFont: String

    init(font: TrueTypeFont, characters: some Sequence<Unicode.Scalar>) throws(TrueTypeError) {
        self.font = font
        subset = try TrueTypeSubset(font, characters: characters)
        var hash = SHA256()
        let key = Array((font.postScriptName + subset.glyphs.keys.sorted().map(String.init).joined(separator: ",")).utf8)
        key.withUnsafeBytes { hash.update($0) }
        let digest = Array(hash.finish().utf8)
        let letters = (0..<6).map { index -> Character in
            let value = Int(PDFCharacter.hexValue(digest[2 * index]) ?? 0) << 4 | Int(PDFCharacter.hexValue(digest[2 * index + 1]) ?? 0)
            return Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(value % 26)))
        }
        baseFont = String(letters) + "+" + font.postScriptName
    }

    /// The codes (CIDs) for a text; a character the font lacks becomes 0 (`.notdef`).
    func codes(for text: String) -> [UInt16] {
        text.unicodeScalars.map { scalar in font.glyph(for: scalar).flatMap { subset.glyphs[$0] } ?? 0 }
    }

    /// The characters of `text` the font has no glyph for.
    func missing(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { font.glyph(for: $0) == nil && !$0.properties.isWhitespace }
    }

    /// The advance of one code, in em (1 = the font size).
    func advance(of code: UInt16) -> Double {
        Int(code) < subset.advances.count ? Double(subset.advances[Int(code)]) / Double(font.unitsPerEm) : 0
    }

    /// A font-unit value in the PDF's 1000-unit glyph space.
    private func thousandths(_ value: Int) -> Int {
        Int((Double(value) * 1000 / Double(font.unitsPerEm)).rounded())
    }

    /// `ascender` and `descender` in em.
    var ascent: Double { Double(font.ascender) / Double(font.unitsPerEm) }
    var descent: Double { Double(font.descender) / Double(font.unitsPerEm) }

    /// Adds the font's objects to `update` and returns the Type0 font's reference.
    func add(to update: inout PDFIncrementalUpdate) -> PDFReference {
        let file = update.add(.stream(.flate(dictionary: ["Length1": .integer(subset.bytes.count)], data: subset.bytes)))
        let box = font.boundingBox
        let descriptor = update.add([
            "Type": .name("FontDescriptor"),
            "FontName": .name(PDFName(baseFont)),
            "Flags": 4,
            "FontBBox": [.integer(thousandths(box.xMin)), .integer(thousandths(box.yMin)), .integer(thousandths(box.xMax)),
                         .integer(thousandths(box.yMax))],
            "ItalicAngle": .integer(Int(font.italicAngle)),
            "Ascent": .integer(thousandths(font.ascender)),
            "Descent": .integer(thousandths(font.descender)),
            "CapHeight": .integer(thousandths(font.capHeight ?? font.ascender * 7 / 10)),
            "StemV": 80,
            "FontFile2": .reference(file),
        ])
        let widths: [PDFObject] = subset.advances.dropFirst().map { .integer(thousandths($0)) }
        let cidFont = update.add([
            "Type": .name("Font"),
            "Subtype": .name("CIDFontType2"),
            "BaseFont": .name(PDFName(baseFont)),
            "CIDSystemInfo": ["Registry": .string("Adobe"), "Ordering": .string("Identity"), "Supplement": 0],
            "FontDescriptor": .reference(descriptor),
            "DW": .integer(thousandths(subset.advances.first ?? font.unitsPerEm)),
            "W": widths.isEmpty ? [] : [1, .array(widths)],
            "CIDToGIDMap": .name("Identity"),
        ])
        let toUnicode = update.add(.stream(.flate(dictionary: [:], data: toUnicodeMap())))
        return update.add([
            "Type": .name("Font"),
            "Subtype": .name("Type0"),
            "BaseFont": .name(PDFName(baseFont)),
            "Encoding": .name("Identity-H"),
            "DescendantFonts": [.reference(cidFont)],
            "ToUnicode": .reference(toUnicode),
        ])
    }

    /// The ToUnicode CMap (§9.10.3): each code to the UTF-16BE of its character.
    func toUnicodeMap() -> [UInt8] {
        var text = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        let entries = subset.characters.sorted { $0.key < $1.key }
        var start = 0
        while start < entries.count {
            let chunk = entries[start..<min(start + 100, entries.count)]
            text += "\(chunk.count) beginbfchar\n"
            for (code, scalar) in chunk {
                let units = String(scalar).utf16.map { Self.hex($0) }.joined()
                text += "<\(Self.hex(code))> <\(units)>\n"
            }
            text += "endbfchar\n"
            start += 100
        }
        text += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        return Array(text.utf8)
    }

    static func hex(_ value: UInt16) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([12, 8, 4, 0].map { digits[Int(value >> UInt16($0) & 0xF)] })
    }
}
