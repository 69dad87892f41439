import AyumiLayout
import AyumiModel

/// The font files form-field appearances are set in, by font family (the names of
/// fonts/manifest.yaml, as `FieldWidget.fontFamily` gives them).
///
/// AyumiPDF reads no files: the command line reads each family's first regular face (BIZ
/// UDGothic for `gothic`) and hands over the bytes. Only TrueType (`glyf`) faces can be subset;
/// a field whose family has no usable face uses `fallbackFamily`'s.
public struct FormFonts: Sendable {
    public struct Face: Sendable {
        public var bytes: [UInt8]
        /// The face within a collection (`.ttc`); 0 for a plain font file.
        public var faceIndex: Int
        /// True for a Mincho (serif) face: typed text then uses a Mincho default font.
        public var isMincho: Bool

        public init(bytes: [UInt8], faceIndex: Int = 0, isMincho: Bool = false) {
            self.bytes = bytes
            self.faceIndex = faceIndex
            self.isMincho = isMincho
        }
    }

    public var faces: [String: Face]
    /// The family used for fields whose own family has no face here (`gothic`).
    public var fallbackFamily: String?

    public init(faces: [String: Face] = [:], fallbackFamily: String? = nil) {
        self.faces = faces
        self.fallbackFamily = fallbackFamily
    }

    /// The family whose face sets a field of `family`.
    func family(for family: String) -> String {
        if faces[family] != nil { return family }
        if let fallbackFamily, faces[fallbackFamily] != nil { return fallbackFamily }
        return faces.keys.sorted().first ?? family
    }

    func isMincho(family: String) -> Bool { faces[self.family(for: family)]?.isMincho ?? false }
}

extension FormFonts {
    /// The faces for the fields of `families`, from the font manifest: each family's first
    /// regular face that is a TrueType font, read through `read` (AyumiPDF reads no files itself).
    /// With any family asked for, the `gothic` family (BIZ UDGothic) is included too, as the
    /// fallback for a family that has only CFF faces. No family, no file is read.
    ///
    /// ```swift
    /// let fonts = FormFonts(manifest: manifest, families: FormFonts.families(needing: layout)) { path in
    ///     FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    /// }
    /// ```
    public init(manifest: FontManifest, families: Set<String>, read: (String) -> [UInt8]?) {
        self.init()
        for family in (families.isEmpty ? [] : families.union(["gothic"])).sorted() {
            for entry in manifest.faces(family: family, weight: .regular) {
                guard let bytes = read(entry.file),
                      (try? TrueTypeFont(bytes: bytes, faceIndex: entry.faceIndex)) != nil else { continue }
                let mincho = entry.name.localizedMinchoHint || family.lowercased().contains("mincho")
                faces[family] = Face(bytes: bytes, faceIndex: entry.faceIndex, isMincho: mincho)
                break
            }
        }
        fallbackFamily = faces["gothic"] != nil ? "gothic" : faces.keys.sorted().first
    }
}

private extension String {
    /// Whether a face's name says it is a Mincho or another serif face.
    var localizedMinchoHint: Bool {
        let lower = lowercased()
        return lower.contains("mincho") || lower.contains("serif") || lower.contains("明朝")
    }
}

extension FormFonts {
    /// The families whose faces a layout's form needs: those of the fillable rendition's text
    /// fields with a pre-filled value (empty fields and buttons need no font file).
    public static func families(needing layout: LayoutResult) -> Set<String> {
        Set(layout.fieldWidgets.filter { widget in
            guard widget.rendition == .fillable, let value = widget.value, !value.isEmpty else { return false }
            switch widget.kind {
            case .text, .comb: return true
            case .checkBox, .radioButton: return false
            }
        }.map(\.fontFamily))
    }
}
