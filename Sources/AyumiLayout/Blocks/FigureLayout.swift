import AyumiCompose
import AyumiModel

extension BlockLayouter {
    /// A picture `width` of the measure wide (in vertical text, that share of the column's
    /// length tall), its other side from its proportions, centred. A picture deeper than a
    /// page is made smaller to fit, with a warning.
    func imagePieces(_ image: ImageBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        guard let assets = context.assets else {
            context.diagnostics.append(.error(at: image.location, "internal error: layout was given no way to read pictures; please report this"))
            return []
        }
        let info: ImageInfo
        switch assets.imageInfo(at: image.path) {
        case .success(let found): info = found
        case .failure(let problem):
            context.diagnostics.append(problem.diagnostic(path: image.path, at: image.location))
            return []
        }
        if image.alternativeText.isEmpty {
            context.diagnostics.append(.warning(at: image.location, "the picture `\(image.path)` has no alternative text",
                                                hints: ["add `alt:` saying what the picture shows, for screen readers"]))
        }
        let share = image.width > 0 ? min(1, image.width) : 1
        var inlineLength = share * measure
        let across = Double(axes.isVertical ? info.pixelWidth : info.pixelHeight)
        let along = Double(axes.isVertical ? info.pixelHeight : info.pixelWidth)
        var blockLength = inlineLength * across / along
        if blockLength > capacity {
            context.diagnostics.append(.warning(at: image.location, "the picture `\(image.path)` is larger than the page; it is made smaller to fit",
                                                hints: ["give it a smaller `width`"]))
            inlineLength *= capacity / blockLength
            blockLength = capacity
        }
        let id = context.element(.figure, parent: parent, alternativeText: image.alternativeText)
        let rect = axes.rect(inline: (measure - inlineLength) / 2, block: 0, inlineLength: inlineLength, blockLength: blockLength)
        let item = ImageItem(path: image.path, format: info.format, pixelWidth: info.pixelWidth, pixelHeight: info.pixelHeight,
                             rect: rect, alternativeText: image.alternativeText, structure: id)
        let piece = Piece.content(Fragment(depth: blockLength, items: [.image(item)]), description: "a picture",
                                  location: image.location)
        return surround([piece], before: blockGap, after: blockGap)
    }

    /// A QR code `size` square (its 4-module quiet zone included), centred, with its caption
    /// centred under it (to its left in vertical text); the two stay together.
    func qrCodePieces(_ code: QRCodeBlock, measure: Double, parent: StructureElement.ID?) -> [Piece] {
        var side = code.size.points
        guard side > 0 else {
            context.diagnostics.append(.error(at: code.location, "a QR code needs a size greater than zero"))
            return []
        }
        if side > measure {
            context.diagnostics.append(.warning(at: code.location, "the QR code is wider than the text area; it is made smaller to fit"))
            side = measure
        }
        var matrix: QRMatrix?
        if let assets = context.assets {
            matrix = assets.qrCode(for: code.data)
            if matrix == nil {
                context.diagnostics.append(.error(at: code.location, "the QR code's data is too long for a QR code",
                                                  hints: ["use a shorter address"]))
                return []
            }
        }
        let quietZone = 4
        if let matrix {
            let module = side / Double(matrix.width + 2 * quietZone)
            if module < Length.mm(0.3).points {
                context.diagnostics.append(.warning(
                    at: code.location, "the QR code's modules are only \(LayoutContext.decimal(Length(points: module).millimetres, places: 2)) mm across; phones may not read them",
                    hints: ["make the code larger (at least \(LayoutContext.millimetres(Length.mm(0.3).points * Double(matrix.width + 2 * quietZone))) mm), or shorten its data"]))
            }
        }
        let caption = code.caption?.plainText
        let alternative = caption.map { "QRコード：\($0)（\(code.data)）" } ?? "QRコード（\(code.data)）"
        let id = context.element(.figure, parent: parent, alternativeText: alternative)
        var fragment = Fragment(depth: side)
        fragment.items.append(.qrCode(QRCodeItem(
            data: code.data, rect: axes.rect(inline: (measure - side) / 2, block: 0, inlineLength: side, blockLength: side),
            modules: matrix, quietZone: quietZone, structure: id)))
        if let content = code.caption, !content.isEmpty {
            let style = code.captionStyle
            let captionID = context.element(.caption, parent: id)
            let paragraph = context.compose(content, style: style, measure: measure, alignment: .center)
            let pitch = style.linePitch.points
            fragment.items += context.paragraphItems(paragraph, cellStart: side, pitch: pitch, size: style.size.points,
                                                     structure: captionID)
            fragment.depth += Double(paragraph.lines.count) * pitch
        }
        let piece = Piece.content(fragment, description: "a QR code", location: code.location)
        return surround([piece], before: blockGap, after: blockGap)
    }
}
