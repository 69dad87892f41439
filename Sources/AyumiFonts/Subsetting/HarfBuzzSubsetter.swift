internal import CHarfBuzzSubset
import AyumiPDF

/// Cuts fonts with HarfBuzz's subsetter (`hb-subset`), TrueType and CFF alike, and reads each
/// subset back as the `FontSubset` AyumiPDF embeds.
///
/// Options: no hinting (screens and printers of these sizes do without it, and it is a third
/// of BIZ UD's bytes), and no tables a PDF viewer does not use to draw or to type: the layout
/// tables (GSUB, GPOS, GDEF, BASE, kern — Ayumi places every glyph itself, and no viewer
/// shapes form text), vertical metrics (vhea, vmtx, VORG: fields are horizontal) and DSIG
/// (a signature a subset breaks). The `cmap` stays: engines that type with the `/DR` font map
/// Unicode to glyphs through it. Glyphs are renumbered (no retain-gids): the subset's `loca`
/// and `hmtx` stay as small as its glyphs.
public struct HarfBuzzSubsetter: FontSubsetter {
    static let droppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "kern", "vhea", "vmtx", "VORG", "DSIG"]

    public init() {}

    public func subset(file: String, faceIndex: Int, characters: [Unicode.Scalar]) throws(FontSubsetError) -> FontSubset {
        let original = try HarfBuzzFace(file: file, index: faceIndex)
        let face = try Self.cut(original, characters: characters, name: file)
        var subset = try Self.read(face, name: file)
        if case .cff(_, let cids) = subset.outlines {
            // The content codes are the subset's CIDs; they must name the glyphs the original
            // face gives these characters (Noto CJK: Adobe-Identity-0, CID = glyph number).
            for (scalar, glyph) in subset.glyphs {
                let cid = Int(glyph) < cids.count ? cids[Int(glyph)] : 0
                guard original.glyph(for: scalar) == cid else {
                    throw FontSubsetError(file: file, problem: "the subset's CID \(cid) for U+\(String(scalar.value, radix: 16, uppercase: true)) "
                                          + "is not the original glyph \(original.glyph(for: scalar).map(String.init) ?? "none")")
                }
            }
        }
        // Only the characters asked for: a CFF subset's cmap may keep others sharing a glyph.
        let asked = Set(characters)
        subset.glyphs = subset.glyphs.filter { asked.contains($0.key) }
        return subset
    }

    /// The subset of `face` holding `characters` (those it has) and `.notdef`.
    static func cut(_ face: HarfBuzzFace, characters: some Sequence<Unicode.Scalar>, name: String) throws(FontSubsetError)
        -> HarfBuzzFace {
        guard let input = hb_subset_input_create_or_fail() else { throw FontSubsetError(file: name, problem: "out of memory") }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for scalar in characters { hb_set_add(unicodes, scalar.value) }
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for table in droppedTables { hb_set_add(dropped, HarfBuzzFace.tag(table)) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let result = hb_subset_or_fail(face.face, input) else {
            throw FontSubsetError(file: name, problem: "hb-subset failed")
        }
        // Serialise and read back: the subset face is built lazily from the plan, and its blob
        // is what gets embedded.
        let bytes = HarfBuzzFace.serialised(result)
        return try HarfBuzzFace(bytes: bytes, name: name)
    }

    /// A subset as AyumiPDF embeds it: TrueType when it has `glyf`, else CID-keyed CFF with the
    /// CIDs from its charset.
    static func read(_ face: HarfBuzzFace, name: String) throws(FontSubsetError) -> FontSubset {
        let file = face.fileBytes()
        let outlines: FontSubset.Outlines
        if !face.table("glyf").isEmpty {
            outlines = .trueType
        } else {
            let cff = face.table("CFF ")
            guard !cff.isEmpty else { throw FontSubsetError(file: name, problem: "the subset has neither glyf nor CFF outlines") }
            // hb-subset renumbers glyphs but keeps each one's CID in the charset: FreeType reads it.
            let cids: [UInt16]?
            do { cids = try FreeTypeFace(bytes: file, name: name).cids(glyphCount: face.glyphCount) } catch {
                throw FontSubsetError(file: name, problem: "FreeType cannot open the CFF subset (error \(error))")
            }
            guard let cids else { throw FontSubsetError(file: name, problem: "the CFF font is not CID-keyed") }
            outlines = .cff(table: cff, cids: cids)
        }
        return FontSubset(postScriptName: face.postScriptName(fallback: "AyumiFormFont"), file: file, outlines: outlines,
                          glyphs: face.characterMap(), advances: face.advances(), unitsPerEm: face.unitsPerEm,
                          ascender: face.ascender, descender: face.descender, capHeight: face.capHeight,
                          boundingBox: face.boundingBox)
    }
}

extension HarfBuzzFace {
    /// The bytes of a face HarfBuzz built (a subset), destroying the face.
    static func serialised(_ face: OpaquePointer) -> [UInt8] {
        defer { hb_face_destroy(face) }
        guard let blob = hb_face_reference_blob(face) else { return [] }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }
}
