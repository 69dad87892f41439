import AyumiPDF
import FuzzSupport

/// Any bytes as a PDF: the reader must read every object it can reach or throw, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let reader = try? PDFReader(bytes: Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    for number in reader.objectNumbers.prefix(1000) { _ = try? reader.object(number) }
    return 0
}

@_cdecl("FuzzPDFReader_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzPDFReader)
}
