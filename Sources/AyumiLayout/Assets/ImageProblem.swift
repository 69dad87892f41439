import AyumiModel

/// Why a picture named by a template cannot be used. Layout words each as a located error.
public enum ImageProblem: Error, Hashable, Sendable {
    /// The file cannot be opened or read.
    case unreadable
    /// The file is neither PNG nor JPEG.
    case notAPicture
    /// The file ends before the picture does (an interrupted copy or download).
    case truncated
    /// The decoder refused the picture's data; `reason` is what it said.
    case damaged(reason: String)
    /// The header states a size `limits` do not allow; nothing was decoded.
    case tooLarge(width: Int, height: Int, limits: ImageLimits)
}
