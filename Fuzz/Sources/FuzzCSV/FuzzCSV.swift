import AyumiModel
import AyumiTemplate
import FuzzSupport

/// Any bytes as a CSV file, with the encoding detected (UTF-8 or CP932): never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var diagnostics = Diagnostics()
    _ = CSVTable.decode(Array(UnsafeBufferPointer(start: data, count: size)), path: "fuzz.csv", diagnostics: &diagnostics)
    return 0
}

@_cdecl("FuzzCSV_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzCSV)
}
