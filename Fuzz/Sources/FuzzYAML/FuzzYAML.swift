import AyumiModel
import AyumiTemplate
import FuzzSupport

/// Any text as a YAML file (templates and data are read this way): located errors, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    var diagnostics = Diagnostics()
    _ = YAMLFile.parse(text, path: "fuzz.yaml", diagnostics: &diagnostics)
    return 0
}

@_cdecl("FuzzYAML_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzYAML)
}
