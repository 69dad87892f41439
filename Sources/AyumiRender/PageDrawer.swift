internal import CCairo
import AyumiLayout
import AyumiModel

/// Draws one page's items on a cairo context; shared by every output format.
///
/// Items are drawn in order. Field widgets draw nothing (their frames are separate items;
/// AyumiPDF adds the AcroForm widgets). JPEG pictures reach a PDF untouched, as cairo's MIME
/// data; a raster target cannot decode them without a JPEG library, so a PNG preview shows a
/// grey placeholder with a cross where a JPEG goes.
struct PageDrawer {
    enum Target {
        case vector
        case raster
    }

    let context: OpaquePointer
    let target: Target

    func draw(_ page: Page) throws(RenderError) {
        for item in page.items { try draw(item) }
    }

    /// Draws one item (nothing for a field widget).
    func draw(_ item: PositionedItem) throws(RenderError) {
        switch item {
        case .glyphRun(let run): try draw(run)
        case .rule(let rule): draw(rule)
        case .rectangle(let shape): draw(shape)
        case .choiceMark(let mark): draw(mark)
        case .image(let image): try draw(image)
        case .qrCode(let code): try draw(code)
        case .fieldWidget: break
        }
    }

    // MARK: - Text

    private func draw(_ run: GlyphRun) throws(RenderError) {
        let face = try CairoFontCache.shared.cairoFace(for: run.face)
        cairo_set_font_face(context, face.pointer)
        setColor(run.color)
        var matrix = cairo_matrix_t()
        // A squeezed tate-chu-yoko is drawn narrower across, as tall as the rest.
        cairo_matrix_init_scale(&matrix, run.size * run.horizontalScale, run.size)
        // Rotating the font matrix turns each glyph about its own origin, leaving positions as given.
        if run.isRotated { cairo_matrix_rotate(&matrix, Double.pi / 2) }
        cairo_set_font_matrix(context, &matrix)
        let glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: $0.x, y: $0.y) }
        let clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.byteCount), num_glyphs: Int32($0.glyphCount)) }
        let utf8 = Array(run.text.utf8)
        utf8.withUnsafeBufferPointer { text in
            text.withMemoryRebound(to: CChar.self) { text in
                cairo_show_text_glyphs(context, text.baseAddress, Int32(text.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
            }
        }
    }

    // MARK: - Lines and shapes

    private func draw(_ rule: Rule) {
        cairo_new_path(context)
        cairo_move_to(context, rule.start.x, rule.start.y)
        cairo_line_to(context, rule.end.x, rule.end.y)
        stroke(with: rule.stroke)
    }

    private func draw(_ shape: RectangleShape) {
        if let fill = shape.fill {
            cairo_new_path(context)
            roundedRectangle(shape.rect, radius: shape.cornerRadius)
            setColor(fill)
            cairo_fill(context)
        }
        guard let outline = shape.stroke, outline.width > 0 else { return }
        cairo_new_path(context)
        if let gap = shape.gap {
            openRectangle(shape.rect, radius: shape.cornerRadius, gap: gap)
        } else {
            roundedRectangle(shape.rect, radius: shape.cornerRadius)
        }
        stroke(with: outline)
    }

    private func draw(_ mark: ChoiceMark) {
        let rect = mark.rect
        let inset = mark.stroke.width / 2
        cairo_new_path(context)
        switch mark.shape {
        case .checkBox:
            cairo_rectangle(context, rect.minX + inset, rect.minY + inset, rect.width - 2 * inset, rect.height - 2 * inset)
        case .radioButton:
            cairo_arc(context, rect.minX + rect.width / 2, rect.minY + rect.height / 2, rect.width / 2 - inset, 0, 2 * Double.pi)
        }
        stroke(with: mark.stroke)
        guard mark.isChecked else { return }
        cairo_new_path(context)
        setColor(mark.stroke.color)
        switch mark.shape {
        case .checkBox:
            // A tick: down from the left, then up to the top right, past the box's edge a little.
            cairo_move_to(context, rect.minX + rect.width * 0.18, rect.minY + rect.height * 0.5)
            cairo_line_to(context, rect.minX + rect.width * 0.42, rect.minY + rect.height * 0.78)
            cairo_line_to(context, rect.minX + rect.width * 0.9, rect.minY + rect.height * 0.12)
            cairo_set_line_width(context, max(mark.stroke.width * 2, rect.width * 0.12))
            cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
            cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
            cairo_set_dash(context, nil, 0, 0)
            cairo_stroke(context)
        case .radioButton:
            cairo_arc(context, rect.minX + rect.width / 2, rect.minY + rect.height / 2, rect.width * 0.25, 0, 2 * Double.pi)
            cairo_fill(context)
        }
    }

    private func stroke(with stroke: Stroke) {
        setColor(stroke.color)
        cairo_set_line_width(context, stroke.width)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_MITER)
        switch stroke.dash {
        case .solid:
            cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
            cairo_set_dash(context, nil, 0, 0)
        case .dashed:
            cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
            let pattern = [stroke.width * 3, stroke.width * 3]
            cairo_set_dash(context, pattern, 2, 0)
        case .dotted:
            cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
            let pattern = [0, stroke.width * 3]
            cairo_set_dash(context, pattern, 2, 0)
        }
        cairo_stroke(context)
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgb(context, color.red, color.green, color.blue)
    }

    private func roundedRectangle(_ rect: Rect, radius: Double) {
        let r = min(max(0, radius), rect.width / 2, rect.height / 2)
        guard r > 0 else {
            cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
            return
        }
        cairo_new_sub_path(context)
        cairo_arc(context, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
        cairo_arc(context, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
        cairo_arc(context, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
        cairo_arc(context, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(context)
    }

    /// The outline of a (rounded) rectangle, clockwise from the gap's end back to its start.
    private func openRectangle(_ rect: Rect, radius: Double, gap: EdgeGap) {
        let r = min(max(0, radius), rect.width / 2, rect.height / 2)
        let half = Double.pi / 2
        // The four sides clockwise from the top, each followed by its corner.
        let sides: [EdgeGap.Edge] = [.top, .right, .bottom, .left]
        let first = sides.firstIndex(of: gap.edge) ?? 0
        func point(on edge: EdgeGap.Edge, at value: Double) -> (Double, Double) {
            switch edge {
            case .top: (value, rect.minY)
            case .right: (rect.maxX, value)
            case .bottom: (value, rect.maxY)
            case .left: (rect.minX, value)
            }
        }
        func corner(after edge: EdgeGap.Edge) {
            guard r > 0 else { return }
            switch edge {
            case .top: cairo_arc(context, rect.maxX - r, rect.minY + r, r, -half, 0)
            case .right: cairo_arc(context, rect.maxX - r, rect.maxY - r, r, 0, half)
            case .bottom: cairo_arc(context, rect.minX + r, rect.maxY - r, r, half, 2 * half)
            case .left: cairo_arc(context, rect.minX + r, rect.minY + r, r, 2 * half, 3 * half)
            }
        }
        func end(of edge: EdgeGap.Edge) -> (Double, Double) {
            switch edge {
            case .top: (rect.maxX - r, rect.minY)
            case .right: (rect.maxX, rect.maxY - r)
            case .bottom: (rect.minX + r, rect.maxY)
            case .left: (rect.minX, rect.minY + r)
            }
        }
        // Clockwise, the top runs rightwards and the bottom leftwards; the gap's end is its far side.
        let (low, high) = (min(gap.start, gap.end), max(gap.start, gap.end))
        let leaving = gap.edge == .top || gap.edge == .right ? high : low
        let arriving = gap.edge == .top || gap.edge == .right ? low : high
        let start = point(on: gap.edge, at: leaving)
        cairo_move_to(context, start.0, start.1)
        for step in 0..<4 {
            let edge = sides[(first + step) % 4]
            let to = end(of: edge)
            cairo_line_to(context, to.0, to.1)
            corner(after: edge)
        }
        let stop = point(on: gap.edge, at: arriving)
        cairo_line_to(context, stop.0, stop.1)
    }

    // MARK: - Pictures

    private func draw(_ image: ImageItem) throws(RenderError) {
        let rect = image.rect
        guard image.pixelWidth > 0, image.pixelHeight > 0 else { return }
        if image.format == .jpeg && target == .raster {
            drawPlaceholder(rect)
            return
        }
        let surface = try ImageSurface.load(image)
        defer { cairo_surface_destroy(surface) }
        cairo_save(context)
        cairo_translate(context, rect.minX, rect.minY)
        cairo_scale(context, rect.width / Double(image.pixelWidth), rect.height / Double(image.pixelHeight))
        cairo_set_source_surface(context, surface, 0, 0)
        // Scaled down for print, pictures should stay smooth.
        cairo_pattern_set_filter(cairo_get_source(context), CAIRO_FILTER_GOOD)
        cairo_rectangle(context, 0, 0, Double(image.pixelWidth), Double(image.pixelHeight))
        cairo_fill(context)
        cairo_restore(context)
    }

    private func drawPlaceholder(_ rect: Rect) {
        cairo_new_path(context)
        cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
        setColor(Color(red: 0.85, green: 0.85, blue: 0.85))
        cairo_fill_preserve(context)
        cairo_move_to(context, rect.minX, rect.minY)
        cairo_line_to(context, rect.maxX, rect.maxY)
        cairo_move_to(context, rect.maxX, rect.minY)
        cairo_line_to(context, rect.minX, rect.maxY)
        stroke(with: Stroke(width: 0.5, color: Color(red: 0.5, green: 0.5, blue: 0.5)))
    }

    // MARK: - QR codes

    /// The code as vector squares on a white square (its quiet zone), filled as one path so
    /// neighbouring modules show no seams.
    private func draw(_ code: QRCodeItem) throws(RenderError) {
        guard let matrix = code.modules ?? QREncoder.encode(code.data) else { throw RenderError.qrCode(code.data) }
        let rect = code.rect
        cairo_new_path(context)
        cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
        setColor(.white)
        cairo_fill(context)
        let modules = Double(matrix.width + 2 * code.quietZone)
        let size = min(rect.width, rect.height) / modules
        let originX = rect.minX + Double(code.quietZone) * size, originY = rect.minY + Double(code.quietZone) * size
        cairo_new_path(context)
        for y in 0..<matrix.width {
            var x = 0
            while x < matrix.width {
                guard matrix.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < matrix.width, matrix.isDark(x: x, y: y) { x += 1 }
                cairo_rectangle(context, originX + Double(start) * size, originY + Double(y) * size,
                                Double(x - start) * size, size)
            }
        }
        setColor(.black)
        cairo_set_fill_rule(context, CAIRO_FILL_RULE_WINDING)
        cairo_fill(context)
    }
}
