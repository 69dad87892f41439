import AyumiModel
import AyumiTemplate
import Foundation
import FuzzSupport

/// Any text as a template and its data, loaded and bound as `ayumi build` does: located errors
/// or a document, never a crash or a hang.
///
/// The input is `template.yaml`, then a line `=====`, then `data.yaml` (the seeds are the
/// project's templates with their examples). Both are written to a folder of this process's own,
/// because templates and data are read from files (includes and CSV lists are found beside them).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBinder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let parts = text.split(separator: "\n=====\n", maxSplits: 1, omittingEmptySubsequences: false)
    let folder = FuzzFolder.shared
    guard folder.write(String(parts[0]), to: "template.yaml"),
          folder.write(parts.count > 1 ? String(parts[1]) : "", to: "data.yaml") else { return 0 }
    var diagnostics = Diagnostics()
    guard let template = Template.load(directory: folder.path, diagnostics: &diagnostics) else { return 0 }
    let binder = TemplateBinder(knownFamilies: ["mincho", "gothic"], creationDate: "2026-04-01")
    for rendition in [Rendition.blank, .fillable] {
        _ = binder.bind(template, dataFiles: [folder.path + "/data.yaml"], rendition: rendition, diagnostics: &diagnostics)
    }
    return 0
}

/// The folder the input's two files are written to, made once per process and removed at its exit.
final class FuzzFolder: @unchecked Sendable {
    static let shared = FuzzFolder()
    let path: String

    private init() {
        path = NSTemporaryDirectory() + "ayumi-fuzz-binder-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FuzzFolder.shared.path) }
    }

    func write(_ text: String, to name: String) -> Bool {
        FileManager.default.createFile(atPath: path + "/" + name, contents: Data(text.utf8))
    }
}

@_cdecl("FuzzBinder_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzBinder)
}
