// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for the parts of Ayumi that read what people write: the inline-markup
/// parser, the YAML loader, the template loader and binder, the CSV reader, the PDF reader, and
/// the reading of a viewer's saved form back into answers (qpdf at the edge).
///
/// A separate package, so the main build never links libFuzzer; `Scripts/fuzz` builds it with
/// `-sanitize=fuzzer,address` (coverage for every module, ASan on) and runs each target.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "AyumiFuzz",
    dependencies: [.package(name: "Ayumi", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzMarkup", dependencies: ["FuzzSupport", .product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
        .executableTarget(name: "FuzzYAML", dependencies: ["FuzzSupport", .product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
        .executableTarget(name: "FuzzBinder", dependencies: ["FuzzSupport", .product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
        .executableTarget(name: "FuzzPDFReader", dependencies: ["FuzzSupport", .product(name: "AyumiLibraries", package: "Ayumi")],
                          swiftSettings: fuzzer),
        // A viewer's saved PDF read through qpdf (AyumiQPDF) and mapped to answers (AyumiAnswers).
        .executableTarget(name: "FuzzSavedForm", dependencies: [
            "FuzzSupport", .product(name: "AyumiLibraries", package: "Ayumi"), .product(name: "AyumiFormReading", package: "Ayumi"),
        ], swiftSettings: fuzzer),
    ]
)
