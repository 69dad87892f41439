/// A font cut down to some characters, as a PDF embeds it: the file (or its CFF table), which
/// glyph each character has, the advances and the metrics a font descriptor gives.
///
/// AyumiPDF reads no font files and links no C: an edge (AyumiFonts, over HarfBuzz's
/// `hb-subset`) makes these values, and AyumiPDF only writes them out (`PDFEmbeddedFont`).
public struct FontSubset: Sendable, Hashable {
    /// How the outlines are embedded (ISO 32000-1 §9.9, Table 126).
    public enum Outlines: Sendable, Hashable {
        /// TrueType (`glyf`): the whole subset file as `/FontFile2` of a CIDFontType2; codes are
        /// the subset's glyph numbers (`/CIDToGIDMap /Identity`).
        case trueType
        /// CFF, CID-keyed: the subset's `CFF ` table as `/FontFile3 /Subtype /CIDFontType0C` of a
        /// CIDFontType0; codes are CIDs, `cids[glyph]` (the subset's charset).
        case cff(table: [UInt8], cids: [UInt16])
    }

    /// The PostScript name of the face the subset was cut from (`BIZUDGothic-Regular`).
    public var postScriptName: String
    /// The subset font file (an `sfnt`), `cmap` table included; empty when `prepared` holds
    /// the program already (the PDF needs nothing else of it).
    public var file: [UInt8]
    public var outlines: Outlines
    /// Each character the subset has, with its glyph number in the subset.
    public var glyphs: [Unicode.Scalar: UInt16]
    /// The advance of each glyph of the subset, in font units.
    public var advances: [Int]
    public var unitsPerEm: Int
    public var ascender: Int
    public var descender: Int
    public var capHeight: Int?
    /// `head`'s xMin, yMin, xMax, yMax.
    public var boundingBox: [Int]
    /// The subset's two large PDF streams made ahead, when the edge has them (the typing font,
    /// cut once and cached with them); otherwise AyumiPDF makes and compresses them with the
    /// form's `StreamCompressor`.
    public var prepared: PreparedStreams?

    /// A subset's font program and ToUnicode map, compressed for `/FlateDecode`, as the PDF
    /// holds them. Compressing the typing font's 130 KB ToUnicode map cost 10 ms of every
    /// build; made once and kept with the program, it costs nothing after the first.
    public struct PreparedStreams: Sendable, Hashable {
        /// `programBytes`, compressed.
        public var program: [UInt8]
        /// The count of `programBytes` (`/Length1` of a `/FontFile2`).
        public var programLength: Int
        /// `toUnicodeMap`, compressed.
        public var toUnicode: [UInt8]

        public init(program: [UInt8], programLength: Int, toUnicode: [UInt8]) {
            self.program = program
            self.programLength = programLength
            self.toUnicode = toUnicode
        }
    }

    public init(postScriptName: String, file: [UInt8], outlines: Outlines, glyphs: [Unicode.Scalar: UInt16], advances: [Int],
                unitsPerEm: Int, ascender: Int, descender: Int, capHeight: Int?, boundingBox: [Int],
                prepared: PreparedStreams? = nil) {
        self.postScriptName = postScriptName
        self.file = file
        self.outlines = outlines
        self.glyphs = glyphs
        self.advances = advances
        self.unitsPerEm = unitsPerEm
        self.ascender = ascender
        self.descender = descender
        self.capHeight = capHeight
        self.boundingBox = boundingBox
        self.prepared = prepared
    }

    /// The bytes of the embedded font program: the file for TrueType, the `CFF ` table for CFF.
    public var programBytes: [UInt8] {
        switch outlines {
        case .trueType: file
        case .cff(let table, _): table
        }
    }

    /// The content-stream code of a subset glyph: the glyph itself (TrueType, CIDToGIDMap
    /// Identity), or its CID (CFF).
    public func code(ofGlyph glyph: UInt16) -> UInt16 {
        switch outlines {
        case .trueType: glyph
        case .cff(_, let cids): Int(glyph) < cids.count ? cids[Int(glyph)] : 0
        }
    }

    /// The code of a character, if the subset has it.
    public func code(of scalar: Unicode.Scalar) -> UInt16? {
        glyphs[scalar].map(code(ofGlyph:))
    }

    /// The advance of a character in em (1 = the font size); 0 for one the subset lacks.
    public func advance(of scalar: Unicode.Scalar) -> Double {
        guard let glyph = glyphs[scalar], Int(glyph) < advances.count, unitsPerEm > 0 else { return 0 }
        return Double(advances[Int(glyph)]) / Double(unitsPerEm)
    }
}

/// Cuts a face down to some characters (implemented at an edge over `hb-subset`; AyumiPDF
/// needs it only for the fallback faces of pre-filled values, see `FormFonts`).
public protocol FontSubsetter: Sendable {
    /// A subset of face `faceIndex` of `file` holding the characters of `characters` it has
    /// (and `.notdef`); characters it lacks are simply not in `glyphs`.
    func subset(file: String, faceIndex: Int, characters: [Unicode.Scalar]) throws(FontSubsetError) -> FontSubset
}

/// Why a face could not be cut.
public struct FontSubsetError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "cannot subset \(file): \(problem)" }
}

/// Compresses stream data for `/FlateDecode` (a zlib stream, RFC 1950). The same bytes must
/// always give the same output, so a PDF is reproducible.
public protocol StreamCompressor: Sendable {
    func compress(_ data: [UInt8]) -> [UInt8]
}

/// `PDFFlate`'s fixed-Huffman deflate: pure Swift, for when no zlib is at hand (tests, fuzzing).
public struct FixedHuffmanCompressor: StreamCompressor {
    public init() {}
    public func compress(_ data: [UInt8]) -> [UInt8] { PDFFlate.compress(data) }
}
