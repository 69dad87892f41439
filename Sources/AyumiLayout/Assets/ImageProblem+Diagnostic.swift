import AyumiModel

extension ImageProblem {
    /// The located error for this problem with the picture `path`, named at `location` (the
    /// template line with `image:`): what is wrong, and how to fix the picture.
    func diagnostic(path: String, at location: SourceLocation?) -> Diagnostic {
        switch self {
        case .unreadable, .notAPicture:
            .error(at: location, "cannot read the picture `\(path)` as PNG or JPEG",
                   hints: ["check the file's name and folder; save the picture as PNG or JPEG"])
        case .truncated:
            .error(at: location, "the picture `\(path)` is cut short: the file ends before the picture does",
                   hints: ["copy or save the picture again from where it came from; this copy is incomplete"])
        case .damaged(let reason):
            .error(at: location, "the picture `\(path)` is damaged: \(reason)",
                   hints: ["open it in an image program and save it again as PNG or JPEG"])
        case .tooLarge(let width, let height, let limits):
            .error(at: location, "the picture `\(path)` is \(Self.grouped(width)) × \(Self.grouped(height)) pixels, more than Ayumi "
                   + "decodes: at most \(Self.grouped(limits.imagePixels)) pixels (imagePixels), \(Self.grouped(limits.imageSide)) on a side",
                   hints: ["scale the picture down in an image program: printed across a whole A4 page at 300 dpi, 2,480 × 3,508 pixels are enough"])
        }
    }

    /// `400000000` as `400,000,000`, the same on every machine (no locale).
    static func grouped(_ number: Int) -> String {
        var digits = String(number.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (number < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
