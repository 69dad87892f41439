import AyumiLayout

/// The fonts of a form (docs/pdf-output.md, "Fonts"):
///
/// - `typing`: one **embedded** typing font for every text field, Mincho-styled ones included
///   (a second 1.8 MB font would break the 3 MB budget): a subset of the `gothic` family's first
///   face (BIZ UDGothic) covering what residents type, cut at an edge (AyumiFonts) and named in
///   `/DR` and `/DA`, so viewers that type with `/DR` draw exactly these glyphs. Ayumi's own
///   appearances use it too, under another resource name (reference/pdf-forms.md §2.3);
/// - `fallbacks`: the faces after it in the `gothic` family's chain (Noto Sans CJK JP), tried in
///   order for characters of pre-filled values the typing font lacks (𠮷); `subsetter` cuts a
///   small subset of just those characters from each.
///
/// AyumiPDF reads no files and links no C: the command line builds this value.
public struct FormFonts: Sendable {
    /// A face of the fallback chain: a file and the face within it (`.ttc`).
    public struct Face: Sendable, Hashable {
        public var file: String
        public var faceIndex: Int

        public init(file: String, faceIndex: Int) {
            self.file = file
            self.faceIndex = faceIndex
        }
    }

    public var typing: FontSubset?
    public var fallbacks: [Face]
    public var subsetter: (any FontSubsetter)?
    /// Compresses the font programs and ToUnicode maps (zlib at the edge; `PDFFlate` without one).
    public var compressor: any StreamCompressor

    public init(typing: FontSubset? = nil, fallbacks: [Face] = [], subsetter: (any FontSubsetter)? = nil,
                compressor: any StreamCompressor = FixedHuffmanCompressor()) {
        self.typing = typing
        self.fallbacks = fallbacks
        self.subsetter = subsetter
        self.compressor = compressor
    }
}

extension FormFonts {
    /// Whether a layout's form needs the typing font: it has a text field in the fillable
    /// rendition (empty or not; buttons draw vector paths and need none).
    public static func isNeeded(by layout: LayoutResult) -> Bool {
        layout.fieldWidgets.contains { widget in
            guard widget.rendition == .fillable else { return false }
            switch widget.kind {
            case .text, .comb: return true
            case .checkBox, .radioButton: return false
            }
        }
    }
}
