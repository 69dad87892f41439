// swift-tools-version:6.0
import PackageDescription

/// Ayumi: Japanese documents for home care and end-of-life planning, typeset from YAML.
///
/// The heart of the pipeline (Model, Template, Compose, Layout, PDF) is pure Swift; C libraries
/// live at the edges (Fonts, Render) behind system-library targets found through pkg-config.
/// See docs/architecture.md for the map.
let package = Package(
    name: "Ayumi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ayumi", targets: ["ayumi"]),
        // The pure libraries, for the fuzz targets in Fuzz/ (a package of their own).
        .library(name: "AyumiLibraries", targets: ["AyumiModel", "AyumiTemplate", "AyumiPDF"]),
        // Reading a saved fillable PDF back (qpdf at the edge), for the fuzz target FuzzSavedForm.
        .library(name: "AyumiFormReading", targets: ["AyumiAnswers", "AyumiQPDF"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C libraries, each behind a module map and found through pkg-config.
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        // hb-subset cuts the form fonts (TrueType and CFF alike); zlib compresses their streams.
        .systemLibrary(name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev", "libfontconfig-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),

        // The pure heart.
        .target(name: "AyumiModel"),
        .target(name: "AyumiTemplate", dependencies: ["AyumiModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "AyumiCompose", dependencies: ["AyumiModel"]),
        .target(name: "AyumiLayout", dependencies: ["AyumiModel", "AyumiCompose"]),
        .target(name: "AyumiPDF", dependencies: ["AyumiModel", "AyumiLayout"]),
        // A saved form's fields → a resident's answers, by the template's declarations.
        .target(name: "AyumiAnswers", dependencies: ["AyumiModel", "AyumiTemplate"]),

        // The edges, where C lives.
        .target(name: "AyumiFonts", dependencies: [
            "AyumiModel", "AyumiCompose", "AyumiPDF", "CFreeType", "CHarfBuzz", "CHarfBuzzSubset", "CZlib",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "AyumiRender", dependencies: ["AyumiModel", "AyumiLayout", "CCairo", "CFreeType", "CQREncode"]),
        // Saved PDFs (any viewer's: object streams, xref streams, several updates, damage) read through qpdf.
        .target(name: "AyumiQPDF", dependencies: ["AyumiAnswers", "CQPDF"]),

        // What a signal removes before the process ends (C: the handler must be async-signal-safe).
        .target(name: "CExitCleanup"),

        // The command line: the only place that prints or picks exit codes.
        .executableTarget(name: "ayumi", dependencies: [
            "AyumiModel", "AyumiTemplate", "AyumiCompose", "AyumiLayout", "AyumiFonts", "AyumiRender", "AyumiPDF",
            "AyumiAnswers", "AyumiQPDF", "CExitCleanup",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Benchmarks: `swift run -c release ayumi-bench` (see docs/performance.md);
        // `builds` runs the release `ayumi` as a child process; it must be built too.
        .executableTarget(name: "ayumi-bench", dependencies: [
            "AyumiModel", "AyumiTemplate", "AyumiCompose", "AyumiFonts", "AyumiLayout", "AyumiPDF",
        ], path: "Benchmarks/AyumiBenchmarks"),

        .target(name: "AyumiTestSupport", dependencies: ["AyumiModel", "AyumiCompose", "AyumiLayout"],
                path: "Tests/AyumiTestSupport"),
        .testTarget(name: "AyumiModelTests", dependencies: ["AyumiModel", "AyumiTestSupport"]),
        .testTarget(name: "AyumiTemplateTests", dependencies: ["AyumiTemplate", "AyumiTestSupport"]),
        .testTarget(name: "AyumiComposeTests", dependencies: ["AyumiCompose", "AyumiTestSupport"]),
        .testTarget(name: "AyumiLayoutTests", dependencies: ["AyumiLayout", "AyumiTestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "AyumiFontsTests", dependencies: ["AyumiFonts", "AyumiPDF", "AyumiTemplate", "AyumiTestSupport"]),
        .testTarget(name: "AyumiRenderTests", dependencies: ["AyumiRender", "AyumiFonts", "AyumiTemplate", "AyumiTestSupport"],
                    exclude: ["Goldens", "Fixtures"]),
        .testTarget(name: "AyumiPDFTests", dependencies: ["AyumiPDF", "AyumiModel", "AyumiLayout", "AyumiTestSupport"]),
        .testTarget(name: "AyumiFormsTests", dependencies: [
            "AyumiPDF", "AyumiRender", "AyumiFonts", "AyumiTemplate", "AyumiLayout", "AyumiModel", "AyumiTestSupport",
        ], exclude: ["Fixtures", "Scripts"]),
        .testTarget(name: "AyumiAnswersTests", dependencies: [
            "AyumiAnswers", "AyumiQPDF", "AyumiModel", "AyumiTemplate", "AyumiTestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "ayumiTests", dependencies: [
            "ayumi", "AyumiPDF", "AyumiAnswers", "AyumiQPDF", "AyumiTemplate", "AyumiModel", "AyumiTestSupport",
            .product(name: "Yams", package: "Yams"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
