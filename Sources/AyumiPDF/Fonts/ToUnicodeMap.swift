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

    /// The CMap's text, written as bytes directly: the typing font's 9,100 entries made it
    /// one of the form's costlier parts as Swift strings.
    var bytes: [UInt8] {
        var out = Array("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """.utf8)
        out.reserveCapacity(out.count + entries.count * 20 + 200)
        let digits = Array("0123456789ABCDEF".utf8)
        func hex(_ value: UInt16) {
            for shift in [12, 8, 4, 0] { out.append(digits[Int(value >> UInt16(shift) & 0xF)]) }
        }
        var start = 0
        while start < entries.count {
            let chunk = entries[start..<min(start + 100, entries.count)]
            out += Array("\(chunk.count) beginbfchar\n".utf8)
            for (code, scalar) in chunk {
                out.append(UInt8(ascii: "<"))
                hex(code)
                out += Array("> <".utf8)
                for unit in String(scalar).utf16 { hex(unit) }
                out += Array(">\n".utf8)
            }
            out += Array("endbfchar\n".utf8)
            start += 100
        }
        out += Array("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n".utf8)
        return out
    }

    static func hex(_ value: UInt16) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([12, 8, 4, 0].map { digits[Int(value >> UInt16($0) & 0xF)] })
    }
}

extension FontSubset {
    /// The subset's ToUnicode CMap (`ToUnicodeMap`), uncompressed.
    public var toUnicodeMap: [UInt8] { ToUnicodeMap(self).bytes }
}
