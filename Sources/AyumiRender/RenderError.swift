/// Why rendering failed. These are faults of the machine or of Ayumi, not of the user's input:
/// fonts were already checked by AyumiFonts before layout.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    case fontUnreadable(String)
    case cairo(String)

    public var description: String {
        switch self {
        case .fontUnreadable(let file): "the renderer cannot open the font file \(file)"
        case .cairo(let status): "cairo failed: \(status)"
        }
    }
}
