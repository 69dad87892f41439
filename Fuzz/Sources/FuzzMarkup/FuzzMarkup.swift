import AyumiModel
import AyumiTemplate
import FuzzSupport

/// Any bytes that are UTF-8 text, as inline markup: the parser must return, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    var diagnostics = Diagnostics()
    let source = SourceText(text, sourceMap: SourceMap(startingAt: SourceLocation(file: "fuzz", line: 1, column: 1)))
    _ = InlineMarkupParser.parse(source, diagnostics: &diagnostics)
    return 0
}

@_cdecl("FuzzMarkup_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzMarkup)
}
