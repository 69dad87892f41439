/// An incremental update (ISO 32000-1 §7.5.6): new and changed objects appended after a PDF's
/// original bytes, which stay untouched.
///
/// The appended part is, in order:
/// 1. an end of line, if the original does not end with one;
/// 2. each new or replaced object, `n g obj … endobj`, by ascending object number (a replaced
///    object keeps its number and generation; its new version shadows the old one);
/// 3. an `xref` section listing only those objects, in contiguous subsections, with 20-byte
///    entries `oooooooooo ggggg n` + SP LF (§7.5.4);
/// 4. a trailer holding every entry of the previous trailer (§7.5.6 requires them) with `/Size`
///    updated, whatever the caller changed (`/Info`, `/ID`), and `/Prev` pointing at the previous
///    section; then `startxref` and `%%EOF`.
///
/// ```swift
/// let reader = try PDFReader(bytes: pdf)
/// var update = PDFIncrementalUpdate(reader)
/// if case .reference(let root)? = reader.trailer["Root"] {
///     var catalog = try reader.catalog()
///     catalog["Lang"] = .string("ja-JP")
///     update.replace(root, with: .dictionary(catalog))
/// }
/// let updated = try update.write()
/// ```
public struct PDFIncrementalUpdate: Sendable {
    /// The PDF being updated.
    public let original: PDFReader
    /// The objects to append, by reference.
    public private(set) var objects: [PDFReference: PDFObject] = [:]
    /// The trailer to write: starts as the original's newest trailer without `/Prev`; `write()`
    /// sets `/Size` and `/Prev`.
    public var trailer: PDFDictionary
    /// The number `add(_:)` gives the next new object.
    public private(set) var nextObjectNumber: Int
    /// The key in `objects` of each object number, so replacing an object finds its earlier
    /// version at once: a note's form adds thousands of objects, and a search through
    /// `objects` for each one made writing the form quadratic.
    private var referenceByNumber: [Int: PDFReference] = [:]

    public init(_ original: PDFReader) {
        self.original = original
        var trailer = original.trailer
        trailer["Prev"] = nil
        self.trailer = trailer
        let highest = original.entries.keys.max() ?? 0
        nextObjectNumber = max(original.trailer["Size"]?.integer ?? 0, highest + 1, 1)
    }

    /// Writes a new version of an existing object (or any object number the caller chose).
    /// Replacing the same number again keeps only the last version.
    public mutating func replace(_ reference: PDFReference, with object: PDFObject) {
        if let earlier = referenceByNumber[reference.objectNumber], earlier != reference {
            objects[earlier] = nil
        }
        referenceByNumber[reference.objectNumber] = reference
        objects[reference] = object
        nextObjectNumber = max(nextObjectNumber, reference.objectNumber + 1)
    }

    /// Appends a new object under the next free number and returns its reference.
    @discardableResult
    public mutating func add(_ object: PDFObject) -> PDFReference {
        let reference = PDFReference(nextObjectNumber)
        replace(reference, with: object)
        return reference
    }

    /// The original bytes followed by the update.
    ///
    /// Throws `emptyIncrementalUpdate` when no object was added or replaced (a cross-reference
    /// section needs at least one subsection), and `nonFiniteReal` for a NaN or infinite number.
    public func write() throws(PDFError) -> [UInt8] {
        guard !objects.isEmpty else { throw .emptyIncrementalUpdate }
        var output = original.bytes
        if let last = output.last, last != 0x0A, last != 0x0D { output.append(0x0A) }

        var offsets: [(PDFReference, Int)] = []
        for (reference, object) in objects.sorted(by: { $0.key < $1.key }) {
            offsets.append((reference, output.count))
            try PDFSerializer.appendIndirectObject(object, as: reference, to: &output)
        }

        let crossReferenceOffset = output.count
        output += Array("xref\n".utf8)
        for run in Self.contiguousRuns(offsets) {
            output += Array("\(run[0].0.objectNumber) \(run.count)\n".utf8)
            for (reference, offset) in run {
                output += Array("\(Self.padded(offset, 10)) \(Self.padded(reference.generation, 5)) n \n".utf8)
            }
        }

        var trailer = self.trailer
        trailer["Size"] = .integer(max(nextObjectNumber, original.trailer["Size"]?.integer ?? 0))
        trailer["Prev"] = .integer(original.startXRef)
        output += Array("trailer\n".utf8)
        output += try PDFSerializer.bytes(of: .dictionary(trailer))
        output += Array("\nstartxref\n\(crossReferenceOffset)\n%%EOF\n".utf8)
        return output
    }

    /// Groups entries sorted by number into runs of consecutive object numbers (one subsection each).
    static func contiguousRuns(_ entries: [(PDFReference, Int)]) -> [[(PDFReference, Int)]] {
        var runs: [[(PDFReference, Int)]] = []
        for entry in entries {
            if let last = runs.last?.last, last.0.objectNumber + 1 == entry.0.objectNumber {
                runs[runs.count - 1].append(entry)
            } else {
                runs.append([entry])
            }
        }
        return runs
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
