import AyumiCompose
import AyumiModel

/// The pages of a document and what was found while laying it out.
public struct LayoutResult: Sendable {
    public var pages: [Page]
    public var diagnostics: Diagnostics

    public init(pages: [Page], diagnostics: Diagnostics) {
        self.pages = pages
        self.diagnostics = diagnostics
    }
}

/// Flows a document's blocks into pages.
///
/// Each text block is composed into lines at the measure of the 版面 (AyumiCompose), and the
/// lines are stacked on the page's line grid: downwards for horizontal text, leftwards
/// (columns right to left) for vertical text. A block that would cross the 版面's far edge
/// continues on a new page.
public struct DocumentLayout {
    public var shaper: any Shaper

    public init(shaper: any Shaper) { self.shaper = shaper }

    public func layout(_ document: Document) -> LayoutResult {
        var flow = PageFlow(setup: document.page)
        var diagnostics = Diagnostics()
        let direction: TextDirection = document.page.writingMode == .vertical ? .vertical : .horizontal
        for block in document.blocks {
            switch block {
            case .text(let textBlock):
                let style = textBlock.style
                let font = FontRequest(family: style.family, weight: style.weight, size: style.size)
                let composer = ParagraphComposer(shaper: shaper, settings: style.composition)
                let paragraph = composer.compose(textBlock.content, font: font, direction: direction,
                                                 measure: flow.measure, firstLineIndent: style.firstLineIndent.points)
                diagnostics.append(contentsOf: missingCharacters(in: paragraph, of: textBlock.content.sourceText,
                                                                 font: font))
                flow.place(paragraph, style: style)
            default:
                // Until AyumiLayout sets these blocks (the layout issue), say so rather than drop them.
                diagnostics.append(.error(at: nil, "this version of Ayumi cannot lay out \(Self.kind(of: block)) blocks yet",
                                          hints: ["remove the block from the template for now"]))
            }
        }
        return LayoutResult(pages: flow.finish(), diagnostics: diagnostics)
    }

    private static func kind(of block: Block) -> String {
        switch block {
        case .text: "text"
        case .list: "list"
        case .box: "box"
        case .ruledLines: "lines"
        case .field: "field"
        case .table: "table"
        case .image: "image"
        case .qrCode: "qr"
        case .spacer: "spacer"
        case .pageBreak: "page_break"
        }
    }

    /// One located error per character that no font in the family's chain can show.
    private func missingCharacters(in paragraph: ComposedParagraph, of content: SourceText,
                                   font: FontRequest) -> [Diagnostic] {
        paragraph.missing.map { offset in
            let scalar = paragraph.scalars[offset]
            return .error(at: content.location(ofScalarAt: offset),
                          "no font can show \(MissingCharacter.describe(scalar))",
                          hints: MissingCharacter.hints(for: scalar, family: font.family))
        }
    }
}

/// Wording for characters that no font has.
enum MissingCharacter {
    /// `U+E000 (a private-use character)` or `U+20BB7 「𠮷」`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + hex(scalar.value)
        if isPrivateUse(scalar) { return "\(code) (a private-use character)" }
        if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
            return "\(code) (an invisible control character)"
        }
        return "\(code) 「\(Character(scalar))」"
    }

    static func hints(for scalar: Unicode.Scalar, family: String) -> [String] {
        if isPrivateUse(scalar) {
            return ["private-use characters (外字) show differently on every computer; " +
                    "write the character with a standard one, or describe it in words"]
        }
        return ["no font of the family `\(family)` or its fallbacks has this character; " +
                "replace it, or add a font that has it to fonts/manifest.yaml"]
    }

    private static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .privateUse
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
