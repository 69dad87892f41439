import AyumiFonts
import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// The same note built again gives the same bytes; only the date changes what a date changes.
@Suite("Reproducible output, print boxes, the filled rendition, round trips")
struct ReproducibilityTests {
    @Test("two builds of the fillable note are byte-identical")
    func identical() throws {
        let first = try FormBuild.note().pdf
        let second = try FormBuild.note().pdf
        #expect(first == second)
        #expect(first == FormBuild.fillableNote.pdf)
    }

    @Test("another creation date (edition or SOURCE_DATE_EPOCH) changes only the dates and the /ID")
    func onlyDatesChange() throws {
        let first = try FormBuild.note(creationDate: "2026-04-01").pdf
        let second = try FormBuild.note(creationDate: "2027-04-01").pdf
        try #require(first.count == second.count, "a date of the same length keeps every offset")
        let allowed = try PDFDateRanges.ranges(in: first)
        #expect(allowed.count == 5, "cairo's two dates, the update's two dates, the /ID")
        let differing = first.indices.filter { first[$0] != second[$0] }
        #expect(!differing.isEmpty)
        #expect(differing.allSatisfy { index in allowed.contains { $0.contains(index) } })
        let info = try #require(try PDFReader(bytes: second).info())
        #expect(info["CreationDate"]?.string?.text == "D:20270401000000")
    }

    @Test("without SOURCE_DATE_EPOCH the edition's date (metadata `date`) dates the PDF; another edition date changes only the dates and /ID; Info has title, author, subject, keywords")
    func editionDate() throws {
        let folder = FormBuild.noteFolder
        let later = Repository.temporaryFolder() + "/later.yaml"
        try "edition: {label: 令和8・9年度版, publisher: みらい市 高齢者支援課, as_of: 2027-04-01}\n"
            .write(toFile: later, atomically: true, encoding: .utf8)
        let first = try FormBuild.template(folder, data: [folder + "/data.yaml"], answers: folder + "/answers.yaml",
                                           rendition: .fillable).pdf
        let second = try FormBuild.template(folder, data: [later], answers: folder + "/answers.yaml", rendition: .fillable).pdf
        let info = try #require(try PDFReader(bytes: first).info())
        #expect(info["CreationDate"]?.string?.text == "D:20260401000000")
        #expect(info["ModDate"]?.string?.text == "D:20260401000000")
        #expect(info["Title"]?.string?.text == "記入できるノート（試験用）")
        #expect(info["Author"]?.string?.text == "みらい市 高齢者支援課")
        #expect(info["Subject"]?.string?.text == "AyumiPDF の試験用の記入欄つきノート")
        #expect(info["Keywords"]?.string?.text == "試験, 記入欄, アクセシビリティ")
        #expect(try PDFReader(bytes: second).info()?["CreationDate"]?.string?.text == "D:20270401000000")
        try #require(first.count == second.count)
        let allowed = try PDFDateRanges.ranges(in: first)
        let differing = first.indices.filter { first[$0] != second[$0] }
        #expect(!differing.isEmpty && differing.allSatisfy { index in allowed.contains { $0.contains(index) } })
        // SOURCE_DATE_EPOCH (the binder's creation date) wins over the edition's.
        let epoch = try FormBuild.note(creationDate: "2030-01-02").pdf
        #expect(try PDFReader(bytes: epoch).info()?["CreationDate"]?.string?.text == "D:20300102000000")
    }

    @Test("with bleed and crop marks, each page gets /TrimBox and /BleedBox; the widgets move with the page",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func printBoxes() throws {
        let bleed = Length.mm(3)
        let built = try FormBuild.document(Samples.form(.fillable)) { layout in
            layout.pages = PrintMarks.apply(to: layout.pages, bleed: bleed, cropMarks: true)
        }
        let path = try built.write()
        #expect(try Run.tool("qpdf", ["--check", path]).status == 0)
        let facts = try Readers.python(["structure", path])
        let trims = try #require(facts["trimBoxes"] as? [[Double]])
        let bleeds = try #require(facts["bleedBoxes"] as? [[Double]])
        #expect(trims.count == built.layout.pages.count && bleeds.count == trims.count)
        for (index, page) in built.layout.pages.enumerated() {
            let trim = try #require(page.trimBox)
            let height = page.size.height
            let expected = [trim.minX, height - trim.maxY, trim.maxX, height - trim.minY]
            #expect(zip(trims[index], expected).allSatisfy { abs($0 - $1) < 0.001 }, "page \(index + 1): \(trims[index])")
            #expect(abs((trims[index][0] - bleeds[index][0]) - bleed.points) < 0.001)
            #expect(abs((trims[index][2] - trims[index][0]) - Samples.page().size.width) < 0.001, "the trim is the A5 page")
        }
        // The name field sits where the layout put it, inside the trim.
        let fields = try Readers.python(["fields", path])
        #expect((fields["pdfium"] as? [String: Any])?.keys.contains("name") == true)
        let widget = try #require(built.widgets.first { $0.name == "name" })
        let trim = try #require(built.layout.pages[0].trimBox)
        #expect(trim.minX <= widget.rect.minX && widget.rect.maxX <= trim.maxX && trim.minY <= widget.rect.minY
                && widget.rect.maxY <= trim.maxY)
    }

    @Test("imposed two pages to a sheet (saddle stitch), every widget is on the sheet that shows its box, linked and drawn",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func imposed() throws {
        // The note's five pages make two sheets: pages 8 and 1, 2 and 7, 6 and 3, 4 and 5 to a side;
        // the fields of pages 2, 4 and 5 move to the second and fourth sides.
        let folder = FormBuild.noteFolder
        var diagnostics = Diagnostics()
        let template = try #require(Template.load(directory: folder, diagnostics: &diagnostics))
        let document = try #require(TemplateBinder(knownFamilies: FormBuild.manifest.familyNames).bind(
            template, dataFiles: [folder + "/data.yaml"], answersFile: folder + "/answers.yaml", rendition: .fillable,
            diagnostics: &diagnostics))
        let built = try FormBuild.document(document) { layout in
            layout.pages = Imposition.saddleStitch(layout.pages)
        }
        #expect(built.layout.pages.count == 4)
        let path = try built.write()
        #expect(try Run.tool("qpdf", ["--check", path]).status == 0)
        let facts = try Readers.python(["structure", path])
        let widgets = try #require(facts["widgets"] as? [[String: Any]])
        #expect(widgets.count == built.finished.widgetCount && widgets.allSatisfy { $0["linked"] as? Bool == true })
        let sheets = built.layout.pages.enumerated().filter { $0.element.items.contains { if case .fieldWidget = $0 { true } else { false } } }
        #expect(Set(widgets.compactMap { $0["page"] as? Int }) == Set(sheets.map(\.offset)))
        let flattened = try Readers.flattenedText(path).withoutWhitespace
        #expect(Set(widgets.compactMap { $0["page"] as? Int }) == [1, 3])
        #expect(flattened.contains("痛みはできるだけ和らげてほしいです。") && flattened.contains("山田花子"))
    }

    @Test("the filled rendition prints the resident's data as text: it extracts as their answers, and has no form",
          .enabled(if: Readers.poppler, "apt-get install poppler-utils"))
    func filledRendition() throws {
        let built = try FormBuild.note(.filled)
        #expect(built.finished.fieldCount == 0)
        let path = try built.write()
        let text = try Readers.text(path).withoutWhitespace
        for value in ["山田花子", "やまだはなこ", "昭和", "みらい市本町一丁目2番3号ひまわり荘101号室", "子どもの家",
                      "痛みはできるだけ和らげてほしいです。", "いつもありがとう。"] {
            #expect(text.contains(value), "\(value)")
        }
        // Comb digits one to a cell, in order.
        #expect(text.contains("1234567"))
    }

    @Test("every PDF these tests build reads back with AyumiPDF's reader: every object, streams included", arguments: [
        "note fillable", "note filled", "note blank", "note fillable, no answers", "form sample", "booklet", "contents",
        "vertical flyer",
    ])
    func roundTrip(name: String) throws {
        let built: FormBuild.Built = switch name {
        case "note fillable": FormBuild.fillableNote
        case "note filled": try FormBuild.note(.filled)
        case "note blank": try FormBuild.note(.blank)
        case "note fillable, no answers": try FormBuild.note(.fillable, answers: false)
        case "form sample": try FormBuild.document(Samples.form(.fillable))
        case "booklet": try FormBuild.document(Samples.booklet())
        case "contents": try FormBuild.document(Samples.withContents(mode: .vertical, numbering: .kanji))
        default: try FormBuild.document(Samples.verticalFlyer())
        }
        let reader = try PDFReader(bytes: built.pdf)
        #expect(reader.sections.count == 2, "cairo's revision and Ayumi's update")
        for number in reader.objectNumbers { _ = try reader.object(number) }
        #expect(try reader.catalog()["Lang"]?.string?.text == "ja-JP")
        #expect(try reader.pages().count == built.layout.pages.count)
        if built.finished.widgetCount > 0 {
            let form = try #require(try reader.catalog()["AcroForm"].flatMap { try reader.resolve($0).dictionary })
            #expect(form["NeedAppearances"] == nil)
            #expect(form["Fields"]?.array?.isEmpty == false)
        }
        // The embedded TrueType programs inflate (with the system zlib) to their /Length1 and start like an sfnt.
        for number in reader.sections[0].entries.keys.sorted() {
            guard let stream = try reader.object(number).stream, let length = stream.dictionary["Length1"]?.integer else { continue }
            #expect(stream.dictionary["Filter"] == .name("FlateDecode"))
            let data = try #require(ZlibCompressor.decompress(stream.data, size: length))
            #expect(Array(data.prefix(4)) == [0, 1, 0, 0])
        }
    }
}
