internal import CCairo
import AyumiLayout

/// Draws one page's items on a cairo context; shared by every output format.
struct PageDrawer {
    let context: OpaquePointer

    func draw(_ page: Page) throws(RenderError) {
        for item in page.items {
            switch item {
            case .glyphRun(let run): try draw(run)
            }
        }
    }

    private func draw(_ run: GlyphRun) throws(RenderError) {
        let face = try CairoFontCache.shared.cairoFace(for: run.face)
        cairo_set_font_face(context, face.pointer)
        var matrix = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, run.size, run.size)
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
}
