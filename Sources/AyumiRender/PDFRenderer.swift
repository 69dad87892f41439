internal import CCairo
import AyumiLayout
import AyumiModel

/// Draws laid-out pages into PDF bytes with cairo.
///
/// Text is drawn with `cairo_show_text_glyphs`, passing each run's text and its clusters, so the
/// PDF's ToUnicode maps give back the source characters, even for vertical forms
/// (cairo-harfbuzz-notes.md §4). Fonts are embedded as subsets by cairo.
public struct PDFRenderer {
    public init() {}

    /// The pages as a tagged PDF: structure tags from the layout's structure (following
    /// `LayoutResult.structureTagging`, which AyumiPDF reads back), links from the table of
    /// contents to its headings, and an outline (bookmarks) from the title and headings.
    public func render(_ result: LayoutResult, metadata: DocumentMetadata) throws(RenderError) -> [UInt8] {
        try render(result, metadata: metadata, tagging: result.structureTagging)
    }

    /// The same, following a plan the caller has already worked out (`LayoutResult.structureTagging`
    /// is computed afresh on every use, and AyumiPDF needs the same plan to finish the PDF).
    public func render(_ result: LayoutResult, metadata: DocumentMetadata,
                       tagging: StructureTagging) throws(RenderError) -> [UInt8] {
        try render(result.pages, metadata: metadata, outline: result.outline, tagging: tagging)
    }

    /// The pages as an untagged PDF, without an outline.
    public func render(_ pages: [Page], metadata: DocumentMetadata) throws(RenderError) -> [UInt8] {
        try render(pages, metadata: metadata, outline: [], tagging: nil)
    }

    private func render(_ pages: [Page], metadata: DocumentMetadata, outline: [OutlineEntry],
                        tagging: StructureTagging?) throws(RenderError) -> [UInt8] {
        let output = PDFOutput()
        let first = pages.first?.size ?? Size(width: 595.276, height: 841.89)
        guard let surface = cairo_pdf_surface_create_for_stream(writeToOutput, Unmanaged.passUnretained(output).toOpaque(),
                                                                first.width, first.height)
        else { throw RenderError.cairo("no PDF surface") }
        defer { cairo_surface_destroy(surface) }
        setMetadata(metadata, on: surface)
        guard let cr = cairo_create(surface) else { throw RenderError.cairo("no drawing context") }
        defer { cairo_destroy(cr) }
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(cr, options)

        let drawer = PageDrawer(context: cr, target: .vector)
        let labelled = pages.contains { $0.label != nil }
        var openTags: [String] = []
        for (index, page) in pages.enumerated() {
            cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
            // The printed number (三, 12) becomes the page's label, so viewers show the same. The
            // labels must start at the first page (ISO 32000-1 §12.4.2): an unnumbered cover is 表紙.
            if labelled {
                cairo_pdf_surface_set_page_label(surface, page.label ?? (index == 0 ? "表紙" : String(index + 1)))
            }
            if let tagging, index < tagging.pages.count {
                try drawTagged(page, steps: tagging.pages[index], nodes: tagging.nodes, drawer: drawer, open: &openTags)
            } else {
                try drawer.draw(page)
            }
            cairo_show_page(cr)
        }
        addOutline(outline, to: surface)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
        return withExtendedLifetime(output) { output.bytes }
    }

    /// Draws a page's items between the tags the plan begins and ends. A link is cairo's `Link`
    /// tag with a named destination (`dest='section-12'`); a heading's first run is drawn inside
    /// a `CAIRO_TAG_DEST` naming that destination. Tags left open at the page's end continue on
    /// the next page (cairo carries them over).
    private func drawTagged(_ page: Page, steps: [StructureTagging.Step], nodes: [StructureTagging.Node],
                            drawer: PageDrawer, open: inout [String]) throws(RenderError) {
        let cr = drawer.context
        for step in steps {
            switch step {
            case .begin(let index):
                let node = nodes[index]
                if node.type == "Link", let destination = node.destination {
                    cairo_tag_begin(cr, CAIRO_TAG_LINK, "dest='\(destination)'")
                    open.append(CAIRO_TAG_LINK)
                } else {
                    cairo_tag_begin(cr, node.type, nil)
                    open.append(node.type)
                }
            case .end:
                guard let name = open.popLast() else { throw RenderError.cairo("the structure plan ends a tag that is not open") }
                cairo_tag_end(cr, name)
            case .draw(let item):
                try drawer.draw(page.items[item])
            case .drawDestination(let item, let name):
                cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(name)'")
                try drawer.draw(page.items[item])
                cairo_tag_end(cr, CAIRO_TAG_DEST)
            }
        }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
    }

    /// Bookmarks nested by heading level, added once every page exists (a link to a page not
    /// yet drawn would be dead; cairo-harfbuzz-notes.md §5).
    private func addOutline(_ entries: [OutlineEntry], to surface: OpaquePointer) {
        var open: [(level: Int, id: Int32)] = []
        for entry in entries {
            while let last = open.last, last.level >= entry.level { open.removeLast() }
            let parent = open.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let destination = "page=\(entry.pageIndex + 1) pos=[\(Self.number(entry.point.x)) \(Self.number(entry.point.y))]"
            let flags = entry.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, destination, flags)
            open.append((entry.level, id))
        }
    }

    /// A coordinate for cairo's link attributes (plain decimal, two places).
    private static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths) % 100
        return "\(hundredths < 0 ? "-" : "")\(abs(hundredths) / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private func setMetadata(_ metadata: DocumentMetadata, on surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        if let author = metadata.author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
        if let subject = metadata.subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject) }
        if !metadata.keywords.isEmpty {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", "))
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Ayumi")
        // cairo stamps the current time unless told a date. With no date given, a value cairo
        // cannot parse makes it write none at all, which keeps the output reproducible.
        let date = metadata.creationDate ?? "none"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }
}

/// Collects the bytes cairo writes.
private final class PDFOutput {
    var bytes: [UInt8] = []
}

private let writeToOutput: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let output = Unmanaged<PDFOutput>.fromOpaque(closure).takeUnretainedValue()
    output.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
