import AyumiPDF
import Testing

@Suite("PDFReader")
struct ReaderTests {
    @Test("a single classic xref, shaped like cairo's output")
    func singleSection() throws {
        let reader = try PDFReader(bytes: TestPDF.cairoLike)
        #expect(reader.sections.count == 1)
        #expect(reader.startXRef == TestPDF.offset(of: "xref", in: TestPDF.cairoLike))
        #expect(reader.objectNumbers == [1, 2, 4, 5, 6, 7])
        #expect(reader.trailer.keys == ["Size", "Root", "Info"])
        #expect(reader.trailer["Size"] == 8)

        let catalog = try reader.catalog()
        #expect(catalog == ["Type": .name("Catalog"), "Pages": .reference(PDFReference(1))])
        let page = try reader.object(2)
        #expect(page.dictionary?.keys == ["Type", "Parent", "MediaBox", "Contents"], "the `% 1` comment is skipped")
        #expect(try reader.resolve(.reference(PDFReference(1))).dictionary?["Kids"] == [.reference(PDFReference(2))])

        let info = try #require(try reader.info())
        #expect(info["Title"]?.string?.text == "人生会議")
        #expect(info["Producer"]?.string?.text == "cairo 1.16.0 (https://cairographics.org)")
        #expect(info["CreationDate"]?.string?.text == "20260401000000Z")
    }

    @Test("a stream's bytes are found through an indirect /Length written after it")
    func streamWithIndirectLength() throws {
        let reader = try PDFReader(bytes: TestPDF.cairoLike)
        let stream = try #require(try reader.object(4).stream)
        #expect(stream.data == Array("BT /F1 12 Tf (Hi) Tj ET".utf8))
        #expect(stream.dictionary["Length"] == .reference(PDFReference(5)))
    }

    @Test("an incremental update: the last startxref, /Prev, the newest entry wins")
    func incrementalFile() throws {
        let updated = TestPDF.appendUpdate(to: TestPDF.cairoLike, [
            (7, "<< /Type /Catalog /Pages 1 0 R /Lang (ja-JP) >>"),
            (8, "<< /Added true >>"),
        ], trailer: "/Size 9 /Root 7 0 R /Info 6 0 R")
        let reader = try PDFReader(bytes: updated)
        #expect(reader.sections.count == 2)
        #expect(reader.sections[0].previousOffset == TestPDF.startXRef(of: TestPDF.cairoLike))
        #expect(reader.sections[1].offset == TestPDF.startXRef(of: TestPDF.cairoLike))
        #expect(reader.startXRef == TestPDF.startXRef(of: updated))
        #expect(reader.objectNumbers == [1, 2, 4, 5, 6, 7, 8])
        #expect(try reader.catalog()["Lang"] == .string(PDFString(bytes: Array("ja-JP".utf8))))
        #expect(try reader.object(8) == ["Added": true])
        #expect(try reader.object(4).stream?.data.count == 23, "objects of the first revision still read")
        #expect(reader.trailer["Size"] == 9)
    }

    @Test("an object freed by a later section is gone")
    func freedObject() throws {
        let previous = TestPDF.startXRef(of: TestPDF.cairoLike)
        let xref = TestPDF.cairoLike.count
        let updated = TestPDF.cairoLike + Array("""
            xref
            6 1
            0000000000 00001 f\u{20}
            trailer
            << /Size 8 /Root 7 0 R /Prev \(previous) >>
            startxref
            \(xref)
            %%EOF

            """.utf8)
        let reader = try PDFReader(bytes: updated)
        #expect(throws: PDFError.objectNotFound(6)) { try reader.object(6) }
        #expect(reader.objectNumbers == [1, 2, 4, 5, 7])
    }

    @Test("a cross-reference stream (PDF 1.5, cairo ≥ 1.17.8) with an object stream is refused")
    func crossReferenceStream() throws {
        // What newer cairo writes: objects packed in /ObjStm and the cross-reference as /Type /XRef.
        var bytes = Array("%PDF-1.7\n".utf8)
        let objectStream = bytes.count
        bytes += Array("1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length 37 >>\nstream\n".utf8)
        bytes += Array("2 0 << /Type /Catalog /Pages 3 0 R >>\nendstream\nendobj\n".utf8)
        let crossReference = bytes.count
        bytes += Array("4 0 obj\n<< /Type /XRef /Size 5 /W [1 2 1] /Root 2 0 R /Length 20 >>\nstream\n".utf8)
        bytes += [0, 0, 0, 255, 1, 0, UInt8(objectStream), 0, 2, 0, 1, 0, 0, 0, 0, 0, 1, 0, UInt8(crossReference & 0xFF), 0]
        bytes += Array("\nendstream\nendobj\nstartxref\n\(crossReference)\n%%EOF\n".utf8)

        #expect(throws: PDFError.crossReferenceStream(offset: crossReference)) { try PDFReader(bytes: bytes) }
        let message = PDFError.crossReferenceStream(offset: crossReference).description
        #expect(message.contains("/Type /XRef") && message.contains("classic `xref` tables") && message.contains("PDF 1.4"))
    }

    @Test("an encrypted file is refused, even when /Encrypt is in an older trailer")
    func encrypted() throws {
        let encrypted = TestPDF.make([(1, "<< /Type /Catalog >>"), (2, "<< /Filter /Standard /V 2 /R 3 >>")],
                                     trailer: "/Root 1 0 R /Encrypt 2 0 R /ID [<00> <00>]")
        #expect(throws: PDFError.encrypted) { try PDFReader(bytes: encrypted) }
        let updated = TestPDF.appendUpdate(to: encrypted, [(3, "<< >>")], trailer: "/Size 4 /Root 1 0 R")
        #expect(throws: PDFError.encrypted) { try PDFReader(bytes: updated) }
        #expect(PDFError.encrypted.description.contains("encrypted (/Encrypt in the trailer)"))
    }

    @Test("a hybrid-reference file (/XRefStm) is refused")
    func hybrid() throws {
        let hybrid = TestPDF.make([(1, "<< /Type /Catalog >>")], trailer: "/Root 1 0 R /XRefStm 1234")
        #expect(throws: PDFError.hybridCrossReference(offset: TestPDF.startXRef(of: hybrid))) { try PDFReader(bytes: hybrid) }
    }

    @Test("broken files fail with the problem and its place")
    func brokenFiles() throws {
        #expect(throws: PDFError.noStartXRef) { try PDFReader(bytes: Array("%PDF-1.4\n1 0 obj\nnull\nendobj\n".utf8)) }

        let wrongOffset = TestPDF.cairoLike.replacing(Array("startxref\n\(TestPDF.startXRef(of: TestPDF.cairoLike))".utf8),
                                                       with: Array("startxref\n3".utf8))
        #expect(throws: PDFError.notACrossReferenceSection(offset: 3)) { try PDFReader(bytes: wrongOffset) }

        let looping = TestPDF.make([(1, "<< /Type /Catalog >>")], trailer: "/Root 1 0 R /Prev 0")
        let selfLoop = looping.replacing(Array("/Prev 0".utf8), with: Array("/Prev \(TestPDF.startXRef(of: looping))".utf8))
        #expect(throws: PDFError.crossReferenceLoop(offset: TestPDF.startXRef(of: looping))) { try PDFReader(bytes: selfLoop) }

        // Ten bytes added to the header comment: the table still lists the old offsets.
        let shifted = TestPDF.cairoLike.replacing(Array("%PDF-1.5".utf8), with: Array("%PDF-1.5 ten bytes".utf8))
        let reader = try PDFReader(bytes: shifted.replacing(Array("startxref\n\(TestPDF.startXRef(of: TestPDF.cairoLike))".utf8),
                                                            with: Array("startxref\n\(TestPDF.startXRef(of: TestPDF.cairoLike) + 10)".utf8)))
        #expect(throws: PDFError.objectMismatch(PDFReference(7), offset: TestPDF.offset(of: "7 0 obj", in: TestPDF.cairoLike)!)) {
            try reader.object(7)
        }
        #expect(throws: PDFError.objectNotFound(3)) { try reader.object(3) }
        #expect(throws: PDFError.objectNotFound(7)) { try reader.object(at: PDFReference(7, generation: 1)) }
        #expect(throws: PDFError.objectNotFound(99)) { try reader.object(99) }
    }

    @Test("a subsection count larger than the file is refused before it is read")
    func hugeCount() throws {
        let bytes = Array("%PDF-1.4\nxref\n0 999999999999\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF\n".utf8)
        #expect {
            try PDFReader(bytes: bytes)
        } throws: { error in
            guard case .syntax(14, let problem) = error as? PDFError else { return false }
            return problem.contains("does not fit in the file")
        }
    }

    @Test("a stream whose /Length overshoots is an error, not a wrong read")
    func badLength() throws {
        let bytes = TestPDF.make([(1, "<< /Type /Catalog >>"), (2, "<< /Length 5 >>\nstream\nabc\nendstream")], trailer: "/Root 1 0 R")
        let reader = try PDFReader(bytes: bytes)
        #expect {
            try reader.object(2)
        } throws: { error in
            guard case .syntax(_, let problem) = error as? PDFError else { return false }
            return problem.contains("no `endstream` after the 5 bytes")
        }
    }
}
