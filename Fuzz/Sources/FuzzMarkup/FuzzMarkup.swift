import AyumiModel
import AyumiTemplate

/// Any bytes that are UTF-8 text, as inline markup: the parser must return, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    var diagnostics = Diagnostics()
    let source = SourceText(text, sourceMap: SourceMap(startingAt: SourceLocation(file: "fuzz", line: 1, column: 1)))
    _ = InlineMarkupParser.parse(source, diagnostics: &diagnostics)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable target's entry point as `<Module>_main`; hand over to libFuzzer.
@_cdecl("FuzzMarkup_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzMarkup)
}
