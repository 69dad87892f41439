import AyumiCompose
import AyumiModel

/// What every block's layout shares: the shaper and assets, the rendition, the writing
/// direction, and what layout collects on the way (diagnostics, structure elements).
///
/// One context lives for one `DocumentLayout.layout(_:)` call, on one thread.
final class LayoutContext {
    let shaper: any Shaper
    let assets: (any LayoutAssets)?
    let rendition: Rendition
    let axes: Axes
    var direction: TextDirection { axes.isVertical ? .vertical : .horizontal }
    var diagnostics = Diagnostics()
    private(set) var structure: [StructureElement] = []
    /// The table of contents' state across the two passes of a document that has one.
    var contents = ContentsState()

    init(shaper: any Shaper, assets: (any LayoutAssets)?, rendition: Rendition, mode: WritingMode) {
        self.shaper = shaper
        self.assets = assets
        self.rendition = rendition
        self.axes = Axes(mode)
    }

    /// A new structure element, child of `parent`.
    func element(_ role: StructureRole, parent: StructureElement.ID?, alternativeText: String? = nil)
        -> StructureElement.ID {
        let id = structure.count
        structure.append(StructureElement(id: id, role: role, parent: parent, alternativeText: alternativeText))
        return id
    }

    lazy var paginator = Paginator { [unowned self] piece, depth, capacity in
        self.diagnostics.append(.error(
            at: piece.location,
            "\(piece.description) is deeper than the room for it (\(Self.millimetres(depth)) mm, the page holds \(Self.millimetres(capacity)) mm) and sticks out of the page",
            hints: ["shorten it, split it into smaller blocks, or use a larger paper size"]))
    }

    // MARK: - Text

    /// Composes `content` in `style` (AyumiCompose does every JLREQ rule), reporting characters
    /// no font has at their source locations.
    func compose(_ content: [Inline], style: TextStyle, measure: Double, alignment: CompositionSettings.Alignment? = nil,
                 firstLineIndent: Double = 0, direction: TextDirection? = nil, reportMissing: Bool = true)
        -> ComposedParagraph {
        var settings = style.composition
        if let alignment { settings.alignment = alignment }
        let font = FontRequest(family: style.family, weight: style.weight, size: style.size)
        let composer = ParagraphComposer(shaper: shaper, settings: settings)
        let content = resolvingPageReferences(content)
        let paragraph = composer.compose(content, font: font, direction: direction ?? self.direction,
                                         measure: max(measure, style.size.points), firstLineIndent: firstLineIndent)
        if reportMissing, !paragraph.missing.isEmpty {
            let source = content.sourceText
            for offset in paragraph.missing {
                let scalar = paragraph.scalars[offset]
                diagnostics.append(.error(at: source.location(ofScalarAt: offset),
                                          "no font can show \(MissingCharacter.describe(scalar))",
                                          hints: MissingCharacter.hints(for: scalar, family: font.family)))
            }
        }
        return paragraph
    }

    /// Composes text Ayumi makes itself (list markers, 年, 月, 日).
    /// A heading's text as references name it: without spaces at either end.
    static func referenceKey(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// `[[見出し]]` replaced by that heading's page number: a two-digit stand-in in the first
    /// pass (the pages are not known yet), the number in the second; a heading that does not
    /// exist is a located error.
    func resolvingPageReferences(_ content: [Inline]) -> [Inline] {
        content.map { inline in
            switch inline {
            case .pageReference(let target):
                let key = Self.referenceKey(target.text)
                var label = "00"
                if let references = contents.references {
                    if let found = references[key] {
                        label = found
                    } else {
                        label = "?"
                        var hints = ["write the heading's text exactly as it reads, as in [[人生会議とは]]"]
                        if let guess = Suggestion.closest(to: key, among: Array(references.keys)) {
                            hints.insert("did you mean [[\(guess)]]?", at: 0)
                        }
                        let diagnostic = Diagnostic.error(at: target.location(ofScalarAt: 0),
                                                          "no heading reads 「\(key)」, so its page cannot be given", hints: hints)
                        if !diagnostics.all.contains(diagnostic) { diagnostics.append(diagnostic) }
                    }
                }
                return .text(SourceText(label, sourceMap: target.sourceMap))
            case .bold(let inner): return .bold(resolvingPageReferences(inner))
            case .emphasisDots(let inner): return .emphasisDots(resolvingPageReferences(inner))
            default: return inline
            }
        }
    }

    func compose(generated text: String, style: TextStyle, measure: Double = 10_000,
                 alignment: CompositionSettings.Alignment? = .start, direction: TextDirection? = nil,
                 reportMissing: Bool = true) -> ComposedParagraph {
        compose([.text(SourceText(generated: text))], style: style, measure: measure, alignment: alignment,
                direction: direction, reportMissing: reportMissing)
    }

    /// The glyph runs of `paragraph.lines[line]` in a cell starting `cellStart` along the block
    /// direction and `inline` along the line.
    func lineItems(_ paragraph: ComposedParagraph, line: Int, inline: Double = 0, cellStart: Double, pitch: Double,
                   size: Double, structure: StructureElement.ID?, axes: Axes? = nil) -> [PositionedItem] {
        let axes = axes ?? self.axes
        let composed = paragraph.lines[line]
        let origin = axes.lineOrigin(inline: inline + composed.offset, cellStart: cellStart, pitch: pitch, size: size)
        return GlyphRunBuilder(paragraph: paragraph).runs(for: composed, origin: origin, structure: structure)
            .map { .glyphRun($0) }
    }

    /// All lines of `paragraph` stacked at `pitch`, from `cellStart`.
    func paragraphItems(_ paragraph: ComposedParagraph, inline: Double = 0, cellStart: Double = 0, pitch: Double,
                        size: Double, structure: StructureElement.ID?) -> [PositionedItem] {
        var items: [PositionedItem] = []
        for line in paragraph.lines.indices {
            items += lineItems(paragraph, line: line, inline: inline, cellStart: cellStart + Double(line) * pitch,
                               pitch: pitch, size: size, structure: structure)
        }
        return items
    }

    /// The widest line of `paragraph` (its natural width when composed at a wide measure).
    static func extent(of paragraph: ComposedParagraph) -> Double {
        paragraph.lines.map { $0.extent }.max() ?? 0
    }

    /// `12.3` — lengths in messages, one decimal.
    static func millimetres(_ points: Double) -> String { decimal(Length(points: points).millimetres) }

    /// `value` with at most `places` decimals, trailing zeros dropped: `12`, `12.5`, `0.25`.
    static func decimal(_ value: Double, places: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

/// What a table of contents needs: the headings after it, and (in the second pass) their pages.
struct ContentsState {
    /// The headings to list, from the document before layout (`DocumentLayout.contentsEntries`).
    var entries: [(level: Int, content: [Inline])] = []
    /// Set once the table of contents is laid out: headings from there on are recorded.
    var depth: Int?
    /// The structure elements of the listed headings, recorded as they are laid out.
    var headingIDs: [StructureElement.ID] = []
    /// The printed page number of each listed heading, from the first pass; `nil` in the first pass.
    var labels: [String]?
    /// Every heading's text and element as laid out, for page references.
    var allHeadings: [(text: String, id: StructureElement.ID)] = []
    /// The printed page number of each heading by its text, from the first pass; `nil` in it.
    var references: [String: String]?
}
