// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for the parts of Ayumi that read what people write: the inline-markup
/// parser, the YAML loader (templates and data), the CSV reader and the PDF reader.
///
/// A separate package, so the main build never links libFuzzer; `Scripts/fuzz` builds it with
/// `-sanitize=fuzzer,address` (coverage for every module, ASan on) and runs each target.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "AyumiFuzz",
    dependencies: [.package(name: "Ayumi", path: "..")],
    targets: [
        .executableTarget(name: "FuzzMarkup", dependencies: [.product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
        .executableTarget(name: "FuzzYAML", dependencies: [.product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
        .executableTarget(name: "FuzzCSV", dependencies: [.product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
        .executableTarget(name: "FuzzPDFReader", dependencies: [.product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
    ]
)
