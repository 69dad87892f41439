/// A stream object: a dictionary followed by bytes between `stream` and `endstream`
/// (ISO 32000-1 §7.3.8).
///
/// `data` holds the bytes as they are in the file, still encoded by the dictionary's `/Filter`;
/// Ayumi does not decode streams. When a stream is written, its `/Length` is set to `data.count`.
public struct PDFStream: Hashable, Sendable {
    public var dictionary: PDFDictionary
    public var data: [UInt8]

    public init(dictionary: PDFDictionary, data: [UInt8]) {
        self.dictionary = dictionary
        self.data = data
    }
}
