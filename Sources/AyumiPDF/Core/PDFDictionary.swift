/// A PDF dictionary (ISO 32000-1 §7.3.7) that keeps its keys in order.
///
/// The order is the order keys were read or first set, so a dictionary read from cairo's output
/// and written back keeps cairo's order, and a dictionary Ayumi builds is written the same way
/// every time. Setting an existing key replaces its value in place; setting `nil` removes the key
/// (§7.3.7: a `null` value is the same as an absent entry).
public struct PDFDictionary: Hashable, Sendable, Sequence {
    public private(set) var entries: [(key: PDFName, value: PDFObject)] = []

    public init() {}

    /// A dictionary with these entries in this order; a repeated key keeps its last value.
    public init(_ entries: some Sequence<(PDFName, PDFObject)>) {
        for (key, value) in entries { self[key] = value }
    }

    public subscript(key: PDFName) -> PDFObject? {
        get { entries.first { $0.key == key }?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((key, value))
            case (nil, nil): break
            }
        }
    }

    public var keys: [PDFName] { entries.map(\.key) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public func makeIterator() -> IndexingIterator<[(key: PDFName, value: PDFObject)]> { entries.makeIterator() }

    /// The `/Type` entry's name, if there is one (`Catalog`, `Page`, `XRef`, …).
    public var type: PDFName? { self["Type"]?.name }

    // Equality and hashing follow the entries in order: two dictionaries that would be written
    // differently are different.
    public static func == (lhs: PDFDictionary, rhs: PDFDictionary) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries.count)
        for (key, value) in entries {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}

extension PDFDictionary: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (PDFName, PDFObject)...) { self.init(elements) }
}
