/// The fonts Ayumi may use, as listed in `fonts/manifest.yaml`.
///
/// Each family has faces per weight; the first face of a weight is the family's own and the
/// rest are fallbacks, tried in order for characters the earlier faces lack.
public struct FontManifest: Hashable, Sendable {
    /// The manifest file, for messages.
    public var path: String
    public var families: [FontFamily]

    public init(path: String, families: [FontFamily]) {
        self.path = path
        self.families = families
    }

    public var familyNames: [String] { families.map(\.name) }

    /// The fallback chain for a family and weight (empty when the manifest has none).
    public func faces(family: String, weight: FontWeight) -> [FontFaceEntry] {
        families.first { $0.name == family }?.weights.first { $0.weight == weight }?.faces ?? []
    }
}

public struct FontFamily: Hashable, Sendable {
    public var name: String
    public var weights: [(weight: FontWeight, faces: [FontFaceEntry])]

    public init(name: String, weights: [(weight: FontWeight, faces: [FontFaceEntry])]) {
        self.name = name
        self.weights = weights
    }

    public static func == (a: FontFamily, b: FontFamily) -> Bool {
        a.name == b.name && a.weights.map(\.weight) == b.weights.map(\.weight)
            && a.weights.map(\.faces) == b.weights.map(\.faces)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        for (weight, faces) in weights { hasher.combine(weight); hasher.combine(faces) }
    }
}

/// One font face: the file, where it comes from, and how to check it is the expected one.
public struct FontFaceEntry: Hashable, Sendable {
    /// A readable name, `BIZ UDMincho Regular`.
    public var name: String
    /// The Debian package that installs `file`.
    public var package: String
    public var file: String
    /// The face within a collection file (`.ttc`).
    public var faceIndex: Int
    /// The font's own version, as its `head` table gives it.
    public var version: String
    /// Lowercase hex SHA-256 of `file`.
    public var sha256: String
    public var license: String
    /// Where the entry is in the manifest, for messages.
    public var location: SourceLocation

    public init(name: String, package: String, file: String, faceIndex: Int, version: String, sha256: String,
                license: String, location: SourceLocation) {
        self.name = name
        self.package = package
        self.file = file
        self.faceIndex = faceIndex
        self.version = version
        self.sha256 = sha256
        self.license = license
        self.location = location
    }
}
