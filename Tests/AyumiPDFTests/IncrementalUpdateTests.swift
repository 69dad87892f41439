import AyumiPDF
import Testing

@Suite("PDFIncrementalUpdate")
struct IncrementalUpdateTests {
    /// The bytes after the original.
    func appended(_ updated: [UInt8], to original: [UInt8]) -> String {
        String(decoding: updated[original.count...], as: UTF8.self)
    }

    @Test("the appended bytes, exactly: objects by number, contiguous subsections, 20-byte entries, full trailer")
    func exactBytes() throws {
        let original = TestPDF.make([(1, "<< /Type /Catalog >>")], trailer: "/Root 1 0 R")
        var update = PDFIncrementalUpdate(try PDFReader(bytes: original))
        update.replace(PDFReference(1), with: ["Type": .name("Catalog"), "Lang": .string("ja-JP")])
        #expect(update.add(["N": 2]) == PDFReference(2))
        #expect(update.add(["N": 3]) == PDFReference(3))
        update.trailer["ID"] = [.string(PDFString(bytes: [0xAB], format: .hexadecimal)),
                                .string(PDFString(bytes: [0xAB], format: .hexadecimal))]
        let updated = try update.write()

        let base = original.count
        let second = base + "1 0 obj\n<< /Type /Catalog /Lang (ja-JP) >>\nendobj\n".utf8.count
        let third = second + "2 0 obj\n<< /N 2 >>\nendobj\n".utf8.count
        let xref = third + "3 0 obj\n<< /N 3 >>\nendobj\n".utf8.count
        #expect(appended(updated, to: original) == """
            1 0 obj
            << /Type /Catalog /Lang (ja-JP) >>
            endobj
            2 0 obj
            << /N 2 >>
            endobj
            3 0 obj
            << /N 3 >>
            endobj
            xref
            1 3
            \(TestPDF.pad(base, 10)) 00000 n\u{20}
            \(TestPDF.pad(second, 10)) 00000 n\u{20}
            \(TestPDF.pad(third, 10)) 00000 n\u{20}
            trailer
            << /Size 4 /Root 1 0 R /ID [<AB> <AB>] /Prev \(TestPDF.startXRef(of: original)) >>
            startxref
            \(xref)
            %%EOF

            """)
        #expect(Array(updated[..<base]) == original, "the original bytes are untouched")
    }

    @Test("gaps in the object numbers give separate subsections")
    func subsections() throws {
        let original = TestPDF.make([(1, "<< /Type /Catalog >>"), (2, "null"), (3, "null"), (4, "null")], trailer: "/Root 1 0 R")
        var update = PDFIncrementalUpdate(try PDFReader(bytes: original))
        update.replace(PDFReference(4), with: 4)
        update.replace(PDFReference(1), with: ["Type": .name("Catalog")])
        update.replace(PDFReference(2), with: 2)
        let text = appended(try update.write(), to: original)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let xref = try #require(lines.firstIndex(of: "xref"))
        #expect(lines[xref + 1] == "1 2")
        #expect(lines[xref + 4] == "4 1")
        #expect(lines[xref + 6] == "trailer")
        for entry in [lines[xref + 2], lines[xref + 3], lines[xref + 5]] {
            #expect((entry + "\n").utf8.count == 20, "\(entry)")
        }
    }

    @Test("round trip: the updated file reads back with the new objects and the old ones")
    func roundTrip() throws {
        let original = TestPDF.cairoLike
        let reader = try PDFReader(bytes: original)
        var update = PDFIncrementalUpdate(reader)
        var catalog = try reader.catalog()
        catalog["Lang"] = .string("ja-JP")
        update.replace(PDFReference(7), with: .dictionary(catalog))
        let font = update.add(["Type": .name("Font"), "BaseFont": .name("KozGoPr6N-Medium")])
        let appearance = update.add(.stream(PDFStream(dictionary: ["Type": .name("XObject"), "BBox": [0, 0, 100.5, 20]],
                                                     data: Array("/Tx BMC EMC".utf8))))
        #expect(font == PDFReference(8))
        #expect(appearance == PDFReference(9))
        let updated = try update.write()

        let back = try PDFReader(bytes: updated)
        #expect(back.sections.count == 2)
        #expect(back.trailer["Prev"] == .integer(reader.startXRef))
        #expect(back.trailer["Size"] == 10)
        #expect(back.trailer["Root"] == .reference(PDFReference(7)))
        #expect(back.trailer["Info"] == .reference(PDFReference(6)))
        #expect(back.objectNumbers == [1, 2, 4, 5, 6, 7, 8, 9])
        #expect(try back.catalog() == catalog)
        #expect(try back.object(8).dictionary?["BaseFont"] == .name("KozGoPr6N-Medium"))
        #expect(try back.object(9).stream?.data == Array("/Tx BMC EMC".utf8))
        #expect(try back.object(9).stream?.dictionary["Length"] == 11)
        for number in reader.objectNumbers where number != 7 {
            #expect(try back.object(number) == reader.object(number), "object \(number) unchanged")
        }
        // The original revision alone still reads as before.
        #expect(try PDFReader(bytes: Array(updated[..<original.count])).catalog()["Lang"] == nil)
    }

    @Test("a file not ending in an end of line gets one before the update")
    func missingNewline() throws {
        var original = TestPDF.make([(1, "<< /Type /Catalog >>")], trailer: "/Root 1 0 R")
        original.removeLast()
        var update = PDFIncrementalUpdate(try PDFReader(bytes: original))
        update.replace(PDFReference(1), with: ["Type": .name("Catalog")])
        let updated = try update.write()
        #expect(appended(updated, to: original).hasPrefix("\n1 0 obj\n"))
        #expect(try PDFReader(bytes: updated).object(1) == ["Type": .name("Catalog")])
    }

    @Test("an update of an update follows both /Prev links")
    func twoUpdates() throws {
        var first = PDFIncrementalUpdate(try PDFReader(bytes: TestPDF.cairoLike))
        first.add(["Revision": 1])
        let once = try first.write()
        var second = PDFIncrementalUpdate(try PDFReader(bytes: once))
        second.add(["Revision": 2])
        second.replace(PDFReference(8), with: ["Revision": 3])
        let twice = try second.write()
        let reader = try PDFReader(bytes: twice)
        #expect(reader.sections.count == 3)
        #expect(try reader.object(8) == ["Revision": 3])
        #expect(try reader.object(9) == ["Revision": 2])
        #expect(reader.trailer["Size"] == 10)
        #expect(reader.trailer["Prev"] == .integer(try PDFReader(bytes: once).startXRef))
    }
}

@Suite("PDFIncrementalUpdate refusals")
struct IncrementalUpdateRefusalTests {
    @Test("an update with no objects is refused: a cross-reference section needs a subsection")
    func empty() throws {
        let update = PDFIncrementalUpdate(try PDFReader(bytes: TestPDF.cairoLike))
        #expect(throws: PDFError.emptyIncrementalUpdate) { try update.write() }
    }

    @Test("replacing an object twice keeps the last version only")
    func replaceTwice() throws {
        var update = PDFIncrementalUpdate(try PDFReader(bytes: TestPDF.cairoLike))
        update.replace(PDFReference(7), with: ["V": 1])
        update.replace(PDFReference(7), with: ["V": 2])
        let reader = try PDFReader(bytes: update.write())
        #expect(reader.sections[0].entries.count == 1)
        #expect(try reader.object(7) == ["V": 2])
    }
}
