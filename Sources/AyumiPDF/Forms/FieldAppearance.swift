import AyumiLayout

/// The appearance streams of one widget (ISO 32000-1 §12.5.5 and §12.7.3.3): what every viewer
/// shows until the resident changes the field, and what prints.
///
/// Ayumi draws them itself, so a pre-filled value looks the same in every viewer (none of them
/// needs a font of its own: the text is set in an embedded subset of the field's font, the
/// check and the radio dot are vector paths). The field's frame and comb dividers are not
/// here: cairo draws them in the page, where every viewer shows them (pdf.js leaves appearance
/// borders out of its HTML fields; reference/pdf-forms.md §2.3).
///
/// - Text: one line centred vertically, from the left after the printed form's gap (0.3 em;
///   centred across for the short parts of a date, as `/Q 1` says; `FormWriter.isCentred`);
///   several lines each
///   centred in its writing row (the layout's rows are at least 8 mm and 2 em deep, so a box
///   `h` deep holds `h / max(8 mm, 2 em)` rows); comb cells one character each, centred.
///   Everything is clipped to the box, inside `/Tx BMC … EMC` (§12.7.3.3).
/// - Check box: a tick, as the page draws one; radio button: a dot. Their `/D` (down)
///   appearances add a light grey ground, so a click shows.
struct FieldAppearance {
    /// The widget's size in points.
    let width: Double
    let height: Double

    init(width: Double, height: Double) {
        self.width = max(width, 1)
        self.height = max(height, 1)
    }

    /// `/BBox [0 0 w h]`.
    var boundingBox: PDFObject { [0, 0, .real(width), .real(height)] }

    func stream(_ content: PDFContentStream, fontResource: (name: String, reference: PDFReference)?) -> PDFObject {
        var dictionary: PDFDictionary = ["Type": .name("XObject"), "Subtype": .name("Form"), "BBox": boundingBox]
        if let fontResource {
            dictionary["Resources"] = ["Font": .dictionary([PDFName(fontResource.name): .reference(fontResource.reference)])]
        } else {
            dictionary["Resources"] = .dictionary([:])
        }
        return .stream(.flate(dictionary: dictionary, data: content.bytes))
    }

    // MARK: - Text

    /// A text field's normal appearance, showing `value` (or nothing).
    func text(_ value: String?, kind: FieldWidget.Kind, size: Double, font: AppearanceFont?, centred: Bool = false)
        -> PDFContentStream {
        var content = PDFContentStream()
        content.beginMarkedContent("Tx")
        if let value, !value.isEmpty, let font {
            content.save()
            content.clip(x: 1, y: 1, width: width - 2, height: height - 2)
            content.beginText()
            content.setFont(font.resource, size: size)
            content.setFillGray(0)
            switch kind {
            case .comb(let cells):
                comb(value, cells: max(1, cells), size: size, font: font.font, into: &content)
            case .text(multiline: true):
                lines(value, size: size, font: font.font, into: &content)
            default:
                let baseline = centredBaseline(in: 0, depth: height, size: size, font: font.font)
                let codes = font.font.codes(for: value.replacingNewlines)
                let extent = codes.map(font.font.advance(of:)).reduce(0, +) * size
                let inset = Self.inset(size: size)
                content.moveText(centred ? max(inset, (width - extent) / 2) : inset, baseline)
                content.showGlyphs(codes)
            }
            content.endText()
            content.restore()
        }
        content.endMarkedContent()
        return content
    }

    /// The gap between the frame and the text: as the printed form sets its answers (0.3 em, at least 2 pt).
    static func inset(size: Double) -> Double { max(0.3 * size, 2) }

    /// The baseline (from the box's bottom) that centres the font's ascender-to-descender box
    /// in a row `depth` deep whose bottom is at `bottom`.
    func centredBaseline(in bottom: Double, depth: Double, size: Double, font: PDFEmbeddedFont) -> Double {
        bottom + (depth - size * (font.ascent - font.descent)) / 2 - size * font.descent
    }

    private func comb(_ value: String, cells: Int, size: Double, font: PDFEmbeddedFont, into content: inout PDFContentStream) {
        let cell = width / Double(cells)
        let baseline = centredBaseline(in: 0, depth: height, size: size, font: font)
        var previousX = 0.0, previousY = 0.0
        for (index, character) in value.replacingNewlines.prefix(cells).enumerated() {
            let codes = font.codes(for: String(character))
            let advance = codes.map(font.advance(of:)).reduce(0, +) * size
            let x = Double(index) * cell + (cell - advance) / 2
            content.moveText(x - previousX, (index == 0 ? baseline : 0) - (index == 0 ? previousY : 0))
            previousX = x
            previousY = baseline
            content.showGlyphs(codes)
        }
    }

    /// Several lines: broken at line feeds and wherever the next character would pass the
    /// box's right edge (never before a closing bracket or 、。), each centred in its row.
    private func lines(_ value: String, size: Double, font: PDFEmbeddedFont, into content: inout PDFContentStream) {
        let rows = max(1, Int((height / max(2 * size, 22.677_165)).rounded(.down)))
        let pitch = height / Double(rows)
        let inset = Self.inset(size: size)
        let wrapped = Self.wrap(value, width: width - 2 * inset, size: size, font: font)
        var previousY = 0.0
        for (index, line) in wrapped.enumerated() {
            // Rows from the top; a text longer than the rows runs on below at the same pitch (clipped).
            let bottom = height - Double(index + 1) * pitch
            let baseline = centredBaseline(in: bottom, depth: pitch, size: size, font: font)
            content.moveText(index == 0 ? inset : 0, baseline - previousY)
            previousY = baseline
            content.showGlyphs(font.codes(for: line))
        }
    }

    /// Characters that may not start a line (a small part of JLREQ's cl-02, cl-06, cl-07).
    private static let noLineStart: Set<Character> = ["、", "。", "，", "．", "」", "』", "）", "】", "〕", "・", "ー", "ッ", "ャ", "ュ",
                                                      "ョ", "っ", "ゃ", "ゅ", "ょ", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", ",", ".", ")", "!", "?", "！", "？"]

    static func wrap(_ value: String, width: Double, size: Double, font: PDFEmbeddedFont) -> [String] {
        var lines: [String] = []
        for paragraph in value.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", extent = 0.0
            for character in paragraph {
                let advance = font.codes(for: String(character)).map(font.advance(of:)).reduce(0, +) * size
                if extent + advance > width, !line.isEmpty, !noLineStart.contains(character) {
                    lines.append(line)
                    line = ""
                    extent = 0
                }
                line.append(character)
                extent += advance
            }
            lines.append(line)
        }
        return lines
    }

    // MARK: - Buttons

    /// A check box's tick (the page's own shape), or nothing for `/Off`; `down` adds a grey ground.
    func checkBox(on: Bool, down: Bool) -> PDFContentStream {
        var content = PDFContentStream()
        content.save()
        if down {
            content.setFillGray(0.75)
            content.rectangle(x: 1, y: 1, width: width - 2, height: height - 2)
            content.fill()
        }
        if on {
            content.setStrokeGray(0)
            content.setLineWidth(max(1, width * 0.12))
            content.setRoundCapsAndJoins()
            content.moveTo(width * 0.18, height * 0.5)
            content.lineTo(width * 0.42, height * 0.22)
            content.lineTo(width * 0.9, height * 0.88)
            content.stroke()
        }
        content.restore()
        return content
    }

    /// A radio button's dot, or nothing for `/Off`; `down` adds a grey disc.
    func radioButton(on: Bool, down: Bool) -> PDFContentStream {
        var content = PDFContentStream()
        let radius = min(width, height) / 2
        content.save()
        if down {
            content.setFillGray(0.75)
            content.circle(centerX: width / 2, centerY: height / 2, radius: radius * 0.85)
            content.fill()
        }
        if on {
            content.setFillGray(0)
            content.circle(centerX: width / 2, centerY: height / 2, radius: radius * 0.5)
            content.fill()
        }
        content.restore()
        return content
    }
}

/// An embedded font as an appearance stream names it.
struct AppearanceFont {
    let font: PDFEmbeddedFont
    /// The resource name in the appearance's `/Resources` (`FAP0`): never the `/DA` font's
    /// name, or pdf.js would type with this subset (reference/pdf-forms.md §2.3).
    let resource: String
    let reference: PDFReference
}

extension String {
    /// Line feeds and carriage returns as spaces (a single-line field shows one line).
    var replacingNewlines: String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
