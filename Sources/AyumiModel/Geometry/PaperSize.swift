/// The paper sizes Ayumi's documents are printed on (JIS P 0138; B is the Japanese B series),
/// plus the two card sizes of Japanese post and business.
public enum PaperSize: String, CaseIterable, Hashable, Sendable {
    case a3 = "A3"
    case a4 = "A4"
    case a5 = "A5"
    case b5 = "B5"
    /// 官製はがき: 100 × 148 mm.
    case postcard
    /// 名刺 (日本の標準サイズ 4号): 55 × 91 mm upright, 91 × 55 mm in landscape.
    case businessCard = "business-card"

    /// Portrait size in points (the shorter side across).
    public var size: Size {
        let (w, h): (Double, Double) = switch self {
        case .a3: (297, 420)
        case .a4: (210, 297)
        case .a5: (148, 210)
        case .b5: (182, 257)
        case .postcard: (100, 148)
        case .businessCard: (55, 91)
        }
        return Size(width: Length.mm(w).points, height: Length.mm(h).points)
    }
}

/// Which way up the paper is.
public enum Orientation: String, CaseIterable, Hashable, Sendable {
    /// 縦向き: the shorter side across (the paper size as given).
    case portrait
    /// 横向き: the paper turned a quarter turn, the longer side across.
    case landscape
}

/// The direction lines run in.
public enum WritingMode: String, CaseIterable, Hashable, Sendable {
    /// 横書き: lines left to right, stacked top to bottom.
    case horizontal
    /// 縦書き: lines top to bottom, columns right to left.
    case vertical
}
