import Testing

/// The reader tests skip, naming what to install, when a reader is missing; this test makes
/// sure that never happens quietly where the test command has installed everything (Scripts/test
/// runs Scripts/ensure-dependencies first, so on CI every reader must be here).
@Suite("Independent readers are installed")
struct ReadersAvailableTests {
    @Test("pypdf, pikepdf, pypdfium2, fontTools, pdf.js, MuPDF, poppler (tools and glib), tesseract (jpn) and qpdf are all available")
    func allReaders() {
        #expect(Readers.python, "\(Readers.installPython)")
        #expect(Readers.fontTools, "pip install fonttools")
        #expect(Readers.pdfjs, "\(Readers.installPDFJS)")
        #expect(Readers.mutool && Readers.poppler && Readers.qpdf, "apt-get install mupdf-tools poppler-utils qpdf")
        #expect(Readers.popplerGLib, "\(Readers.installPopplerGLib)")
        #expect(Readers.tesseractJapanese, "\(Readers.installTesseract)")
    }
}
