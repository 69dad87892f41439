import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// What the fields show before anyone types: the appearance streams Ayumi writes.
@Suite("Appearance streams")
struct AppearanceTests {
    let built = FormBuild.fillableNote
    let path = FormBuild.fillableNotePath

    @Test("every widget has a normal appearance (/AP /N), prints (/F 4) and is linked to a Form element",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func everyWidgetHasAnAppearance() throws {
        let facts = try Readers.python(["structure", path])
        let widgets = try #require(facts["widgets"] as? [[String: Any]])
        #expect(widgets.count == built.widgets.count)
        #expect(widgets.allSatisfy { $0["hasNormalAppearance"] as? Bool == true })
        #expect(widgets.allSatisfy { $0["print"] as? Bool == true })
        #expect(widgets.allSatisfy { $0["linked"] as? Bool == true })
        #expect(facts["needAppearances"] as? Bool == false)
    }

    @Test("flattened, every pre-filled Japanese value extracts from its own box as given (glyphs and ToUnicode map right)",
          .enabled(if: Readers.qpdf && Readers.poppler, "apt-get install qpdf poppler-utils"))
    func flattenedValues() throws {
        let flat = Repository.temporaryFolder() + "/flat.pdf"
        #expect(try Run.tool("qpdf", ["--flatten-annotations=all", path, flat]).status == 0)
        // The page cairo drew (the first revision) does not print the values: the appearances do.
        let reader = try PDFReader(bytes: built.pdf)
        let cairoEnd = try #require(built.pdf.indices.first { index in
            index >= reader.sections[1].offset && built.pdf[index...].starts(with: Array("%%EOF".utf8))
        })
        let cairoPath = Repository.temporaryFolder() + "/cairo.pdf"
        try Data(built.pdf[..<(cairoEnd + 6)]).write(to: URL(fileURLWithPath: cairoPath))
        let printed = try Readers.text(cairoPath).withoutWhitespace

        var checked = 0
        for widget in built.widgets {
            guard widget.kind.textKind != nil, let value = widget.value else { continue }
            // Inside the box: pdftotext takes every character a crop touches, and the page sets 年, 月
            // and the brackets of 「その他（　）」 right beside the boxes.
            let rect = widget.rect.inset(by: 3)
            let result = try Run.tool("pdftotext", [
                "-enc", "UTF-8", "-r", "72", "-f", "\(widget.pageIndex + 1)", "-l", "\(widget.pageIndex + 1)",
                "-x", "\(Int(rect.minX))", "-y", "\(Int(rect.minY))", "-W", "\(Int(rect.width.rounded(.down)))",
                "-H", "\(Int(rect.height.rounded(.down)))", flat, "-",
            ])
            #expect(result.standardOutput.withoutWhitespace == value.withoutWhitespace, "\(widget.name)")
            if value.count > 3 { #expect(!printed.contains(value.withoutWhitespace), "\(widget.name) is not in the page itself") }
            checked += 1
        }
        #expect(checked >= 12)
        #expect(!(try Readers.text(flat)).contains("\u{FFFD}"))
    }

    /// Dark pixels inside each rectangle (points on `page`), rendered at 100 dpi by `renderer`.
    func ink(_ renderer: String, page: Int, rects: [Rect]) throws -> [Int] {
        let folder = Repository.temporaryFolder()
        let png = folder + "/page.png"
        switch renderer {
        case "pdftoppm":
            try Run.tool("pdftoppm", ["-r", "100", "-png", "-singlefile", "-f", "\(page + 1)", "-l", "\(page + 1)", path, folder + "/page"])
        case "mutool":
            try Run.tool("mutool", ["draw", "-q", "-r", "100", "-o", png, path, "\(page + 1)"])
        default:
            _ = try Readers.python(["pdfium-render", path, "\(page)", "100", png])
        }
        let scale = 100.0 / 72
        let boxes = rects.map { rect in
            [rect.minX, rect.minY, rect.maxX, rect.maxY].map { String(Int(($0 * scale).rounded())) }.joined(separator: ",")
        }
        return try #require(try Readers.python(["ink", png] + boxes)["dark"] as? [Int])
    }

    @Test("pdftoppm, MuPDF and PDFium draw the pre-filled values and the checked buttons, and nothing in empty fields",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)),
          .enabled(if: Readers.poppler && Readers.mutool, "apt-get install poppler-utils mupdf-tools"),
          arguments: ["pdftoppm", "mutool", "pdfium"])
    func rendered(renderer: String) throws {
        for page in Set(built.widgets.map(\.pageIndex)).sorted() {
            let widgets = built.widgets.filter { $0.pageIndex == page }
            // Inside the frame (text) or the middle of the mark (buttons), so cairo's frames do not count.
            let rects = widgets.map { widget -> Rect in
                switch widget.kind {
                case .text, .comb: widget.rect.inset(by: 2.5)
                case .checkBox, .radioButton: widget.rect.inset(by: widget.rect.width * 0.3)
                }
            }
            let counts = try ink(renderer, page: page, rects: rects)
            for (widget, count) in zip(widgets, counts) {
                if widget.value != nil {
                    #expect(count > 0, "\(renderer): \(widget.name) on page \(page + 1) shows its value")
                } else {
                    #expect(count == 0, "\(renderer): \(widget.name) on page \(page + 1) is empty")
                }
            }
        }
    }
}

extension FieldWidget.Kind {
    /// Text and comb fields alike.
    var textKind: FieldWidget.Kind? {
        switch self {
        case .text, .comb: .text(multiline: false)
        case .checkBox, .radioButton: nil
        }
    }
}

extension Rect {
    func inset(by amount: Double) -> Rect {
        Rect(x: minX + amount, y: minY + amount, width: max(0, width - 2 * amount), height: max(0, height - 2 * amount))
    }
}
