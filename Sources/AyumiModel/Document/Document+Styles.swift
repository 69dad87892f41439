extension Document {
    /// Every text style the document uses, nested blocks and page master included, so the
    /// fonts it needs can be opened before layout.
    public var allTextStyles: [TextStyle] {
        var styles: [TextStyle] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .text(let text): styles.append(text.style)
                case .list(let list): styles.append(list.style)
                case .box(let box):
                    if let title = box.titleStyle { styles.append(title) }
                    collect(box.blocks)
                case .ruledLines(let lines): styles += [lines.labelStyle, lines.valueStyle]
                case .field(let field): styles.append(field.style)
                case .table(let table): styles += [table.style, table.headingStyle]
                case .qrCode(let code): styles.append(code.captionStyle)
                case .tableOfContents(let contents): styles.append(contents.style)
                case .image, .spacer, .pageBreak: break
                }
            }
        }
        collect(blocks)
        if let master = pageMaster { styles.append(master.style) }
        return styles
    }
}
