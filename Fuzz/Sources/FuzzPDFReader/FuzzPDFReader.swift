import AyumiPDF

/// Any bytes as a PDF: the reader must read every object it can reach or throw, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let reader = try? PDFReader(bytes: Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    for number in reader.objectNumbers.prefix(1000) { _ = try? reader.object(number) }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable target's entry point as `<Module>_main`; hand over to libFuzzer.
@_cdecl("FuzzPDFReader_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzPDFReader)
}
