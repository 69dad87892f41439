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
///   several lines from the top, `lineSpacing` em apart, wrapped at the box's width; comb cells
///   one character each, centred. A value too long is set smaller (`fittedSize`) down to
///   `minimumSize`, so nothing vanishes from the print. Text runs switch font where the typing
///   font lacks a character (`AppearanceFontSet`). Everything is clipped to the box, inside
///   `/Tx BMC … EMC` (§12.7.3.3).
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

    func stream(_ content: PDFContentStream, fonts: PDFDictionary?) -> PDFObject {
        var dictionary: PDFDictionary = ["Type": .name("XObject"), "Subtype": .name("Form"), "BBox": boundingBox]
        if let fonts {
            dictionary["Resources"] = ["Font": .dictionary(fonts)]
        } else {
            dictionary["Resources"] = .dictionary([:])
        }
        return .stream(.flate(dictionary: dictionary, data: content.bytes))
    }

    // MARK: - Text

    /// The smallest size a pre-filled value shrinks to before it is reported as not fitting.
    static let minimumSize = 7.0
    /// The line pitch of multi-line text, in em: 1.5, so wrapped lines of a pre-filled answer
    /// read as the typed ones and leave room for a pen's correction between them.
    static let lineSpacing = 1.5

    /// A text appearance, and whether the value fitted (at `size` or shrunk down to `minimumSize`).
    struct Text {
        var content: PDFContentStream
        var fits: Bool
        /// The size the value was set at.
        var size: Double
    }

    /// A text field's normal appearance, showing `value` (or nothing). A value too long for the
    /// box at `size` is set smaller, down to `minimumSize`, so nothing vanishes from the print;
    /// `fits` says whether even that was enough (the rest is clipped at the box).
    func text(_ value: String?, kind: FieldWidget.Kind, size: Double, fonts: AppearanceFontSet?, centred: Bool = false) -> Text {
        var content = PDFContentStream()
        var result = Text(content: content, fits: true, size: size)
        content.beginMarkedContent("Tx")
        if let value, !value.isEmpty, let fonts, !fonts.fonts.isEmpty {
            content.save()
            content.clip(x: 1, y: 1, width: width - 2, height: height - 2)
            content.beginText()
            content.setFillGray(0)
            var writer = RunWriter(fonts: fonts)
            switch kind {
            case .comb(let cells):
                comb(value, cells: max(1, cells), size: size, fonts: fonts, writer: &writer, into: &content)
            case .text(multiline: true):
                (result.fits, result.size) = lines(value, size: size, fonts: fonts, writer: &writer, into: &content)
            default:
                let line = value.replacingNewlines
                let (fitted, fits) = Self.fittedSize(size) { candidate in
                    fonts.advance(of: line) * candidate <= width - 2 * Self.inset(size: candidate)
                }
                (result.fits, result.size) = (fits, fitted)
                let extent = fonts.advance(of: line) * fitted
                let inset = Self.inset(size: fitted)
                let baseline = centredBaseline(in: 0, depth: height, size: fitted, fonts: fonts)
                content.moveText(centred ? max(inset, (width - extent) / 2) : inset, baseline)
                writer.show(line, size: fitted, into: &content)
            }
            content.endText()
            content.restore()
        }
        content.endMarkedContent()
        result.content = content
        return result
    }

    /// The largest size from `size` down to `minimumSize`, in half points, at which `fits` holds;
    /// `minimumSize` and `false` when none does.
    static func fittedSize(_ size: Double, fits: (Double) -> Bool) -> (Double, Bool) {
        var candidate = size
        while candidate > minimumSize {
            if fits(candidate) { return (candidate, true) }
            candidate = max(minimumSize, (candidate * 2 - 1).rounded(.down) / 2)
        }
        let floor = min(size, minimumSize)
        return (floor, fits(floor))
    }

    /// The gap between the frame and the text: as the printed form sets its answers (0.3 em, at least 2 pt).
    static func inset(size: Double) -> Double { max(0.3 * size, 2) }

    /// The baseline (from the box's bottom) that centres the typing font's ascender-to-descender
    /// box in a row `depth` deep whose bottom is at `bottom`.
    func centredBaseline(in bottom: Double, depth: Double, size: Double, fonts: AppearanceFontSet) -> Double {
        bottom + (depth - size * (fonts.ascent - fonts.descent)) / 2 - size * fonts.descent
    }

    private func comb(_ value: String, cells: Int, size: Double, fonts: AppearanceFontSet, writer: inout RunWriter,
                      into content: inout PDFContentStream) {
        let cell = width / Double(cells)
        let baseline = centredBaseline(in: 0, depth: height, size: size, fonts: fonts)
        var previousX = 0.0, previousY = 0.0
        for (index, character) in value.replacingNewlines.prefix(cells).enumerated() {
            let advance = fonts.advance(of: String(character)) * size
            let x = Double(index) * cell + (cell - advance) / 2
            content.moveText(x - previousX, baseline - previousY)
            previousX = x
            previousY = baseline
            writer.show(String(character), size: size, into: &content)
        }
    }

    /// Several lines, `lineSpacing` em apart from the top: broken at line feeds and wherever the
    /// next character would pass the box's right edge (never before a closing bracket or 、。),
    /// each centred in its row; set smaller when they do not fit the box's depth.
    private func lines(_ value: String, size: Double, fonts: AppearanceFontSet, writer: inout RunWriter,
                       into content: inout PDFContentStream) -> (Bool, Double) {
        let layout = { (candidate: Double) -> [String] in
            Self.wrap(value, width: width - 2 * Self.inset(size: candidate), size: candidate, fonts: fonts)
        }
        let (fitted, fits) = Self.fittedSize(size) { candidate in
            Double(layout(candidate).count) * Self.lineSpacing * candidate <= height - 2 * Self.inset(size: candidate) / 2
        }
        let pitch = Self.lineSpacing * fitted
        let inset = Self.inset(size: fitted)
        var previousY = 0.0
        for (index, line) in layout(fitted).enumerated() {
            let bottom = height - inset / 2 - Double(index + 1) * pitch
            let baseline = centredBaseline(in: bottom, depth: pitch, size: fitted, fonts: fonts)
            content.moveText(index == 0 ? inset : 0, baseline - previousY)
            previousY = baseline
            writer.show(line, size: fitted, into: &content)
        }
        return (fits, fitted)
    }

    /// Characters that may not start a line (a small part of JLREQ's cl-02, cl-06, cl-07).
    private static let noLineStart: Set<Character> = ["、", "。", "，", "．", "」", "』", "）", "】", "〕", "・", "ー", "ッ", "ャ", "ュ",
                                                      "ョ", "っ", "ゃ", "ゅ", "ょ", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", ",", ".", ")", "!", "?", "！", "？"]

    static func wrap(_ value: String, width: Double, size: Double, fonts: AppearanceFontSet) -> [String] {
        var lines: [String] = []
        for paragraph in value.split(omittingEmptySubsequences: false,
                                      whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var line = "", extent = 0.0
            for character in paragraph {
                let advance = fonts.advance(of: String(character)) * size
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

/// Shows text run by run, choosing each run's font (`Tf`) only when it changes.
struct RunWriter {
    let fonts: AppearanceFontSet
    private var current: (font: Int, size: Double)?

    init(fonts: AppearanceFontSet) { self.fonts = fonts }

    mutating func show(_ text: String, size: Double, into content: inout PDFContentStream) {
        for run in fonts.runs(text) {
            if current?.font != run.font || current?.size != size {
                content.setFont(fonts.fonts[run.font].resource, size: size)
                current = (run.font, size)
            }
            content.showGlyphs(run.codes)
        }
    }
}

extension String {
    /// Line feeds and carriage returns as spaces (a single-line field shows one line).
    var replacingNewlines: String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
