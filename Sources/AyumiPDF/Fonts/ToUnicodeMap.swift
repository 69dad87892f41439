/// The ToUnicode CMap of an embedded subset (ISO 32000-1 §9.10.3): each code to the UTF-16BE
/// of its character, so text extracts, searches and copies as what it shows.
///
/// Several characters may share a glyph (山 U+5C71 and the radical ⼭ U+2F2D; 﨑's
/// compatibility twin): the map names the unified ideograph, which search, copy-paste and the
/// viewers' reverse lookup (pdf.js `charCodeOf`, PDFium `CharCodeFromUnicode`) expect
/// (reference/pdf-forms.md §2.3).
struct ToUnicodeMap {
    /// Code → character, one per code.
    let entries: [(code: UInt16, scalar: Unicode.Scalar)]

    init(_ subset: FontSubset) {
        var byCode: [UInt16: Unicode.Scalar] = [:]
        for (scalar, glyph) in subset.glyphs {
            let code = subset.code(ofGlyph: glyph)
            if let existing = byCode[code], (Self.preference(existing), existing.value) <= (Self.preference(scalar), scalar.value) {
                continue
            }
            byCode[code] = scalar
        }
        entries = byCode.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Lower is preferred: a unified ideograph over a compatibility ideograph (U+F900–FAFF,
    /// U+2F800–2FA1F) or a Kangxi/CJK radical (U+2E80–2FDF) sharing its glyph.
    static func preference(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: 1
        default: 0
        }
    }

    var bytes: [UInt8] {
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
