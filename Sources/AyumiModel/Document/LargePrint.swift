/// 大きな文字版: the same document reflowed at a larger size, not a scaled page.
///
/// The body text (the size most of the paragraphs' characters are set in) grows to at least
/// `minimumSize`, and every other length grows by the same factor: headings, spaces, indents,
/// box padding and borders, ruled-line pitch, table widths, the line grid. No text ends up
/// smaller than `minimumSize` (captions, headers and footers included). The paper and margins stay,
/// so the layout that runs next sets fewer characters on each line and breaks pages anew.
///
/// ```swift
/// let large = document.largePrint()            // body ≥ 14pt
/// let pages = DocumentLayout(shaper: shaper).layout(large).pages
/// ```
extension Document {
    /// The document reflowed for large print (body text at least `minimumSize`, 14pt by default).
    public func largePrint(minimumSize: Length = .pt(14)) -> Document {
        let body = bodyTextSize ?? minimumSize
        let factor = max(1, minimumSize.points / body.points)
        let scaler = LargePrintScaler(factor: factor, minimumSize: minimumSize)
        var result = self
        result.blocks = blocks.map { scaler.scale($0) }
        result.page.gridPitch = page.gridPitch.map { $0 * factor }
        result.page.gridCharacterSize = page.gridCharacterSize.map { $0 * factor }
        if let master = pageMaster { result.pageMaster?.style = scaler.scale(master.style) }
        return result
    }

    /// The size most of the paragraphs' characters are set in (lists and fields when there are
    /// no paragraphs); `nil` for a document without body text.
    public var bodyTextSize: Length? {
        var characters: [Length: Int] = [:]
        func count(_ blocks: [Block], paragraphsOnly: Bool) {
            for block in blocks {
                switch block {
                case .text(let text) where text.role == .paragraph:
                    characters[text.style.size, default: 0] += text.content.plainText.unicodeScalars.count
                case .list(let list) where !paragraphsOnly:
                    characters[list.style.size, default: 0] += list.items.map { $0.plainText.unicodeScalars.count }
                        .reduce(0, +)
                case .field(let field) where !paragraphsOnly:
                    characters[field.style.size, default: 0] += max(1, field.label.plainText.unicodeScalars.count)
                case .box(let box): count(box.blocks, paragraphsOnly: paragraphsOnly)
                default: break
                }
            }
        }
        count(blocks, paragraphsOnly: true)
        if characters.isEmpty { count(blocks, paragraphsOnly: false) }
        // The most characters wins; ties go to the smaller size, so the result is deterministic.
        return characters.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}

/// Scales styles and lengths by one factor, with a floor under every font size.
struct LargePrintScaler {
    let factor: Double
    let minimumSize: Length

    func scale(_ length: Length) -> Length { length * factor }

    /// The style at `factor`, or larger if that would still be under the minimum size.
    /// Lengths that belong to the font (pitch, indent) follow the font's own growth; spaces
    /// between blocks follow the document's factor.
    func scale(_ style: TextStyle) -> TextStyle {
        var result = style
        let size = max(style.size * factor, minimumSize)
        let own = style.size.points > 0 ? size.points / style.size.points : factor
        result.size = size
        result.linePitch = style.linePitch * own
        result.firstLineIndent = style.firstLineIndent * own
        result.spaceBefore = style.spaceBefore * factor
        result.spaceAfter = style.spaceAfter * factor
        return result
    }

    func scale(_ block: Block) -> Block {
        switch block {
        case .text(var text):
            text.style = scale(text.style)
            return .text(text)
        case .list(var list):
            list.style = scale(list.style)
            return .list(list)
        case .box(var box):
            box.titleStyle = box.titleStyle.map { scale($0) }
            box.blocks = box.blocks.map { scale($0) }
            box.look.borderWidth = scale(box.look.borderWidth)
            box.look.cornerRadius = scale(box.look.cornerRadius)
            box.look.padding = scale(box.look.padding)
            return .box(box)
        case .ruledLines(var lines):
            lines.labelStyle = scale(lines.labelStyle)
            lines.valueStyle = scale(lines.valueStyle)
            lines.pitch = scale(lines.pitch)
            return .ruledLines(lines)
        case .field(var field):
            field.style = scale(field.style)
            return .field(field)
        case .table(var table):
            table.style = scale(table.style)
            table.headingStyle = scale(table.headingStyle)
            table.emptyRowHeight = scale(table.emptyRowHeight)
            table.columns = table.columns.map { column in
                var column = column
                if case .fixed(let width) = column.width { column.width = .fixed(scale(width)) }
                return column
            }
            return .table(table)
        case .qrCode(var code):
            code.captionStyle = scale(code.captionStyle)
            code.size = scale(code.size)
            return .qrCode(code)
        case .spacer(let length):
            return .spacer(scale(length))
        case .tableOfContents(var contents):
            contents.style = scale(contents.style)
            return .tableOfContents(contents)
        case .image, .pageBreak:
            return block
        }
    }
}
