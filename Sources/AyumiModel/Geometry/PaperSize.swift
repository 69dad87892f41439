/// The paper sizes Ayumi's documents are printed on (JIS P 0138; B is the Japanese B series).
public enum PaperSize: String, CaseIterable, Hashable, Sendable {
    case a3 = "A3"
    case a4 = "A4"
    case a5 = "A5"
    case b5 = "B5"

    /// Portrait size in points.
    public var size: Size {
        let (w, h): (Double, Double) = switch self {
        case .a3: (297, 420)
        case .a4: (210, 297)
        case .a5: (148, 210)
        case .b5: (182, 257)
        }
        return Size(width: Length.mm(w).points, height: Length.mm(h).points)
    }
}

/// The direction lines run in.
public enum WritingMode: String, CaseIterable, Hashable, Sendable {
    /// 横書き: lines left to right, stacked top to bottom.
    case horizontal
    /// 縦書き: lines top to bottom, columns right to left.
    case vertical
}
