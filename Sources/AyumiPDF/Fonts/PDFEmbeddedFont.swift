import AyumiModel

/// A font subset embedded as a composite font (ISO 32000-1 §9.7): a Type0 font with
/// `/Encoding /Identity-H` over a `CIDFontType2` (TrueType outlines, `/FontFile2`,
/// `/CIDToGIDMap /Identity`) or a `CIDFontType0` (CFF outlines, `/FontFile3 /Subtype
/// /CIDFontType0C`), with widths (`/W`) and a ToUnicode map (§9.10.3), so text drawn with it
/// extracts (and flattened form fields search) as the characters it shows.
///
/// Codes in a content stream are two bytes: `FontSubset.code(of:)`.
struct PDFEmbeddedFont {
    let subset: FontSubset
    /// The PostScript name the PDF gives the font (`/BaseFont`, `/FontName`).
    let baseFont: String

    /// `subset` under its face's own name (`BIZUDGothic-Regular`), or, with `tagged`, under a
    /// subset tag (§9.6.4): six letters from a hash of its codes, so the same glyphs always give
    /// the same name and different subsets differ (`ABCDEF+NotoSansCJKjp-Regular`).
    init(_ subset: FontSubset, tagged: Bool) {
        self.subset = subset
        guard tagged else {
            baseFont = subset.postScriptName
            return
        }
        var hash = SHA256()
        let codes = subset.glyphs.values.map { subset.code(ofGlyph: $0) }.sorted()
        let key = Array((subset.postScriptName + codes.map(String.init).joined(separator: ",")).utf8)
        key.withUnsafeBytes { hash.update($0) }
        let digest = Array(hash.finish().utf8)
        let letters = (0..<6).map { index -> Character in
            let value = Int(PDFCharacter.hexValue(digest[2 * index]) ?? 0) << 4 | Int(PDFCharacter.hexValue(digest[2 * index + 1]) ?? 0)
            return Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(value % 26)))
        }
        baseFont = String(letters) + "+" + subset.postScriptName
    }

    /// `ascender` and `descender` in em.
    var ascent: Double { Double(subset.ascender) / Double(max(subset.unitsPerEm, 1)) }
    var descent: Double { Double(subset.descender) / Double(max(subset.unitsPerEm, 1)) }

    /// A font-unit value in the PDF's 1000-unit glyph space.
    private func thousandths(_ value: Int) -> Int {
        Int((Double(value) * 1000 / Double(max(subset.unitsPerEm, 1))).rounded())
    }

    /// Adds the font's objects to `update` and returns the Type0 font's reference. The font
    /// program and the ToUnicode map are compressed with `compressor`, unless the subset
    /// brings them made already (`FontSubset.prepared`).
    func add(to update: inout PDFIncrementalUpdate, compressor: any StreamCompressor) -> PDFReference {
        let program = subset.prepared?.program ?? compressor.compress(subset.programBytes)
        var fileDictionary: PDFDictionary = ["Filter": .name("FlateDecode")]
        let isCFF: Bool
        switch subset.outlines {
        case .trueType:
            fileDictionary["Length1"] = .integer(subset.prepared?.programLength ?? subset.file.count)
            isCFF = false
        case .cff:
            fileDictionary["Subtype"] = .name("CIDFontType0C")
            isCFF = true
        }
        let file = update.add(.stream(PDFStream(dictionary: fileDictionary, data: program)))
        let box = subset.boundingBox.count == 4 ? subset.boundingBox : [0, subset.descender, subset.unitsPerEm, subset.ascender]
        let descriptor = update.add([
            "Type": .name("FontDescriptor"),
            "FontName": .name(PDFName(baseFont)),
            "Flags": 4,
            "FontBBox": .array(box.map { .integer(thousandths($0)) }),
            "ItalicAngle": 0,
            "Ascent": .integer(thousandths(subset.ascender)),
            "Descent": .integer(thousandths(subset.descender)),
            "CapHeight": .integer(thousandths(subset.capHeight ?? subset.ascender * 7 / 10)),
            "StemV": 80,
            PDFName(isCFF ? "FontFile3" : "FontFile2"): .reference(file),
        ])
        let (defaultWidth, widths) = widthEntries()
        var cidFont: PDFDictionary = [
            "Type": .name("Font"),
            "Subtype": .name(isCFF ? "CIDFontType0" : "CIDFontType2"),
            "BaseFont": .name(PDFName(baseFont)),
            "CIDSystemInfo": ["Registry": .string("Adobe"), "Ordering": .string("Identity"), "Supplement": 0],
            "FontDescriptor": .reference(descriptor),
            "DW": .integer(defaultWidth),
            "W": .array(widths),
        ]
        if !isCFF { cidFont["CIDToGIDMap"] = .name("Identity") }
        let descendant = update.add(.dictionary(cidFont))
        let map = subset.prepared?.toUnicode ?? compressor.compress(subset.toUnicodeMap)
        let toUnicode = update.add(.stream(PDFStream(dictionary: ["Filter": .name("FlateDecode")], data: map)))
        return update.add([
            "Type": .name("Font"),
            "Subtype": .name("Type0"),
            "BaseFont": .name(PDFName(baseFont)),
            "Encoding": .name("Identity-H"),
            "DescendantFonts": [.reference(descendant)],
            "ToUnicode": .reference(toUnicode),
        ])
    }

    /// `/DW` (the commonest width) and `/W` (§9.7.4.3): runs of consecutive codes whose width
    /// differs from it, as `c [w1 w2 …]`. Codes are the glyphs for TrueType, the CIDs for CFF.
    func widthEntries() -> (Int, [PDFObject]) {
        var byCode: [(code: UInt16, width: Int)] = []
        for glyph in 0..<subset.advances.count {
            byCode.append((subset.code(ofGlyph: UInt16(glyph)), thousandths(subset.advances[glyph])))
        }
        byCode.sort { $0.code < $1.code }
        var counts: [Int: Int] = [:]
        for entry in byCode { counts[entry.width, default: 0] += 1 }
        let common = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 1000
        var result: [PDFObject] = []
        var run: [PDFObject] = [], runStart = -2, last = -2
        for entry in byCode where entry.width != common {
            if Int(entry.code) != last + 1, !run.isEmpty {
                result += [.integer(runStart), .array(run)]
                run = []
            }
            if run.isEmpty { runStart = Int(entry.code) }
            run.append(.integer(entry.width))
            last = Int(entry.code)
        }
        if !run.isEmpty { result += [.integer(runStart), .array(run)] }
        return (common, result)
    }
}
