/// Where two builds of one document may differ when only its date changes: inside the
/// `/CreationDate (…)` and `/ModDate (…)` strings (cairo's and the finishing update's) and the
/// `/ID […]` array. Reproducibility tests compare every other byte.
public enum PDFDateRanges {
    public struct Unclosed: Error {}

    public static func ranges(in pdf: [UInt8]) throws -> [Range<Int>] {
        var allowed: [Range<Int>] = []
        for (opening, closing) in [("/CreationDate (", ")"), ("/ModDate (", ")"), ("/ID [", "]")] {
            var search = pdf.startIndex
            while let start = pdf[search...].firstRange(of: Array(opening.utf8)) {
                guard let end = pdf[start.upperBound...].firstIndex(of: closing.utf8.first!) else { throw Unclosed() }
                allowed.append(start.upperBound..<end)
                search = end
            }
        }
        return allowed
    }
}
