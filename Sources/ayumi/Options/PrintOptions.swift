import ArgumentParser
import AyumiModel

/// Print production: large print, bleed, crop marks, imposition.
///
/// A feature not in `PrintFeature.available` is answered with "not available in this version
/// yet" (exit 2) instead of being ignored; today every feature is available, and
/// `PrintSettings.apply(to:)` (BuildPipeline.swift) carries each out.
struct PrintOptions: ParsableArguments {
    @Flag(name: .customLong("large-print"), help: ArgumentHelp(tr(.helpLargePrint)))
    var largePrint = false

    @Option(help: ArgumentHelp(tr(.helpBleed), valueName: "length"))
    var bleed: String?

    @Flag(name: .customLong("crop-marks"), help: ArgumentHelp(tr(.helpCropMarks)))
    var cropMarks = false

    @Option(help: ArgumentHelp(tr(.helpImposition), valueName: "imposition"))
    var imposition: ImpositionChoice?

    func validate() throws {
        if let bleed, BleedLength(argument: bleed) == nil { throw ValidationError(tr(.bleedInvalid(bleed))) }
    }

    /// What was asked for, in the order the options are listed.
    var settings: PrintSettings {
        PrintSettings(largePrint: largePrint, bleed: bleed.flatMap(BleedLength.init(argument:))?.length,
                      cropMarks: cropMarks, imposition: imposition)
    }
}

/// The print features a build was asked for.
struct PrintSettings: Sendable {
    var largePrint = false
    var bleed: Length?
    var cropMarks = false
    var imposition: ImpositionChoice?

    var requested: [PrintFeature] {
        var features: [PrintFeature] = []
        if largePrint { features.append(.largePrint) }
        if bleed != nil { features.append(.bleed) }
        if cropMarks { features.append(.cropMarks) }
        if imposition != nil { features.append(.imposition) }
        return features
    }

    /// The first requested feature this version cannot make yet.
    var firstUnavailable: PrintFeature? {
        requested.first { !PrintFeature.available.contains($0) }
    }
}

/// A print feature, named by its option.
enum PrintFeature: String, CaseIterable, Sendable {
    case largePrint = "--large-print"
    case bleed = "--bleed"
    case cropMarks = "--crop-marks"
    case imposition = "--imposition"

    /// The features this version makes.
    static let available: Set<PrintFeature> = Set(allCases)
}

/// How pages are arranged on the sheet.
enum ImpositionChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Booklet order for folding and stapling in the middle (中綴じ): pages 4·1, 2·3 on an A3/B4 sheet.
    case saddleStitch = "saddle-stitch"
    /// Several small documents (cards, flyers) on one sheet, cut apart after printing (面付け).
    case cards
}

/// `--bleed 3mm`: how far pictures and backgrounds run past the trimmed edge (塗り足し).
///
/// A unit is required (`3mm`, `8.5pt`, `0.3cm`, `12Q`); 0 to 20 mm.
struct BleedLength: Sendable {
    var length: Length

    init?(argument: String) {
        guard case .absolute(let length)? = LengthSpec(parsing: argument),
              length >= .zero, length <= Self.largest else { return nil }
        self.length = length
    }

    static let largest = Length.mm(20)
}
