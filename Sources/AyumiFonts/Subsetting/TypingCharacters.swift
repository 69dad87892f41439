import AyumiPDF
import Glibc

/// The characters the typing font covers: what residents type in a Japanese form.
///
/// The Japanese character sets come from the C library's iconv (glibc's EUC-JP, CP932 and
/// EUC-JISX0213 converters) rather than a table typed into Ayumi: every code of the set is
/// decoded and what decodes to one character is kept.
///
/// - JIS X 0208 (EUC-JP rows 0xA1–0xFE: all 6,879 characters, the 6,355 kanji of levels 1 and 2);
/// - the NEC row-13 specials and the NEC-selected and IBM extension kanji (CP932 lead bytes
///   0x87, 0xED–0xEE, 0xFA–0xFC: ① ㈱ 髙 﨑 德 …);
/// - JIS X 0213 plane 1 (EUC-JISX0213 without the 0x8F plane-2 prefix) as far as the face has
///   it; plane 2 (level-4 kanji) is left out: with it the typing font is 3.33 MB raw / 2.25 MB
///   compressed and the note passes 3 MB (docs/pdf-output.md);
/// - ASCII, the full-width forms U+FF01–FF60 (with ⦅⦆), half-width katakana U+FF61–FF9F, CJK symbols and
///   punctuation U+3000–303F, the hiragana and katakana blocks, and the dashes, tildes and
///   quotes residents type (～ 〜 － ‐ ― − ・ … “ ”).
///
/// Only the Basic Multilingual Plane is kept: plane 1 of JIS X 0213 has 26 characters beyond it
/// (𠀋 𡈽 …), which would add a second, 12-byte-per-character cmap table to the font (47 KB
/// compressed) and take the note past 3 MB, while PDFium cannot type a character beyond the BMP
/// at all (docs/pdf-output.md). Ayumi's own appearances still draw them, from the fallback.
///
/// Changing what is kept changes the typing font: raise `ruleVersion`, which keys its cache.
enum TypingCharacters {
    static let ruleVersion = 2

    /// The whole set. Without one of the converters (a C library without its gconv modules)
    /// it fails rather than give a typing font without kanji.
    static func all() throws(FontSubsetError) -> Set<Unicode.Scalar> {
        var result = Set<Unicode.Scalar>()
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xFF01...0xFF60, 0xFF61...0xFF9F, 0x3000...0x303F,
                                             0x3041...0x3096, 0x3099...0x30FF]
        for range in ranges { result.formUnion(range.compactMap(Unicode.Scalar.init)) }
        let punctuation: [UInt32] = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D,
                                     0x2025, 0x2026, 0x2212, 0x00A5, 0x00B7, 0x30FB, 0xFFE0, 0xFFE1, 0xFFE2, 0xFFE5]
        result.formUnion(punctuation.compactMap(Unicode.Scalar.init))
        let sets: [(String, [UInt8], [ClosedRange<UInt8>])] = [
            ("EUC-JP", Array(0xA1...0xFE), [0xA1...0xFE]),
            ("CP932", [0x87, 0xED, 0xEE, 0xFA, 0xFB, 0xFC], [0x40...0x7E, 0x80...0xFC]),
            ("EUC-JISX0213", Array(0xA1...0xFE), [0xA1...0xFE]),
        ]
        for (encoding, leads, trails) in sets {
            guard let characters = decoded(encoding: encoding, leads: leads, trails: trails), !characters.isEmpty else {
                throw FontSubsetError(file: "iconv", problem: "the C library cannot convert from \(encoding) (are glibc's gconv modules installed?)")
            }
            result.formUnion(characters)
        }
        return result.filter { $0.value <= 0xFFFF }
    }

    /// The characters the two-byte codes `lead trail` of `encoding` decode to, one each; codes
    /// that are not characters of the set, or decode to a sequence (か + ゚), are left out;
    /// `nil` when iconv has no converter for `encoding`.
    static func decoded(encoding: String, leads: some Sequence<UInt8>, trails: [ClosedRange<UInt8>]) -> Set<Unicode.Scalar>? {
        let converter = iconv_open("UTF-32LE", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var result = Set<Unicode.Scalar>()
        var input = [CChar](repeating: 0, count: 2)
        var output = [CChar](repeating: 0, count: 16)
        for lead in leads {
            for range in trails {
                for trail in range {
                    input[0] = CChar(bitPattern: lead)
                    input[1] = CChar(bitPattern: trail)
                    iconv(converter, nil, nil, nil, nil)  // back to the initial state
                    let written = input.withUnsafeMutableBufferPointer { inBuffer in
                        output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                            var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                            var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                            var inLeft = 2, outLeft = 16
                            guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return 0 }
                            // Flush a character held back to see whether a combining mark follows (JIS X 0213).
                            guard iconv(converter, nil, nil, &outPointer, &outLeft) != -1 else { return 0 }
                            return 16 - outLeft
                        }
                    }
                    guard written == 4 else { continue }
                    let bytes = output.prefix(4).map { UInt32(UInt8(bitPattern: $0)) }
                    let value = bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24
                    if let scalar = Unicode.Scalar(value) { result.insert(scalar) }
                }
            }
        }
        return result
    }
}
