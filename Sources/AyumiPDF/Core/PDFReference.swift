/// A reference `n g R` to an indirect object: its object number and generation number
/// (ISO 32000-1 §7.3.10).
///
/// Cairo writes every object with generation 0, and so does Ayumi's incremental update.
public struct PDFReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var objectNumber: Int
    public var generation: Int

    public init(_ objectNumber: Int, generation: Int = 0) {
        self.objectNumber = objectNumber
        self.generation = generation
    }

    /// `12 0 R`.
    public var description: String { "\(objectNumber) \(generation) R" }

    public static func < (lhs: PDFReference, rhs: PDFReference) -> Bool {
        (lhs.objectNumber, lhs.generation) < (rhs.objectNumber, rhs.generation)
    }
}
