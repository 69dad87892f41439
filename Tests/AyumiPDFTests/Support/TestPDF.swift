/// Builds small PDFs by hand for the reader tests: object bodies as text, offsets counted here,
/// so each test shows exactly what is in its file.
enum TestPDF {
    /// A whole PDF: header, the objects in the order given (not necessarily by number, like
    /// cairo), one classic `xref` section from object 0 with free entries for unused numbers,
    /// and the trailer `<< /Size … \(trailer) >>`.
    static func make(_ objects: [(Int, String)], trailer: String, header: String = "%PDF-1.4\n%\u{B5}\u{ED}\n")
        -> [UInt8]
    {
        var bytes = Array(header.utf8)
        var offsets: [Int: Int] = [:]
        for (number, body) in objects {
            offsets[number] = bytes.count
            bytes += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let size = (offsets.keys.max() ?? 0) + 1
        let xref = bytes.count
        bytes += Array("xref\n0 \(size)\n".utf8)
        for number in 0..<size {
            if let offset = offsets[number] {
                bytes += Array("\(pad(offset, 10)) 00000 n \n".utf8)
            } else {
                bytes += Array("0000000000 \(number == 0 ? "65535" : "00001") f \n".utf8)
            }
        }
        bytes += Array("trailer\n<< /Size \(size) \(trailer) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return bytes
    }

    /// `base` followed by a hand-written incremental update: the objects, an `xref` section with
    /// one subsection per object, and `<< \(trailer) /Prev … >>`.
    static func appendUpdate(to base: [UInt8], _ objects: [(Int, String)], trailer: String) -> [UInt8] {
        var bytes = base
        var offsets: [(Int, Int)] = []
        for (number, body) in objects {
            offsets.append((number, bytes.count))
            bytes += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = bytes.count
        bytes += Array("xref\n".utf8)
        for (number, offset) in offsets {
            bytes += Array("\(number) 1\n\(pad(offset, 10)) 00000 n \n".utf8)
        }
        bytes += Array("trailer\n<< \(trailer) /Prev \(startXRef(of: base)) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return bytes
    }

    /// The number after the last `startxref`.
    static func startXRef(of bytes: [UInt8]) -> Int {
        let keyword = Array("startxref\n".utf8)
        let start = (0...(bytes.count - keyword.count)).last { bytes[$0..<$0 + keyword.count].elementsEqual(keyword) }!
        let digits = bytes[(start + keyword.count)...].prefix { (48...57).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self))!
    }

    /// The byte offset of the first occurrence of `text`.
    static func offset(of text: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(text.utf8)
        guard needle.count <= bytes.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: width - digits.count) + digits
    }

    /// A one-page PDF shaped like cairo 1.16's: objects out of order, a comment in the page
    /// dictionary, a stream whose `/Length` is an object written after it, an Info dictionary
    /// with cairo's date without `D:`, and a trailer with no `/ID`.
    static let cairoLike: [UInt8] = make([
        (4, "<< /Length 5 0 R\n>>\nstream\nBT /F1 12 Tf (Hi) Tj ET\nendstream"),
        (5, "23"),
        (2, "<< /Type /Page % 1\n   /Parent 1 0 R\n   /MediaBox [ 0 0 595.275591 841.889764 ]\n   /Contents 4 0 R\n>>"),
        (1, "<< /Type /Pages\n   /Kids [ 2 0 R ]\n   /Count 1\n>>"),
        (6, "<< /Producer (cairo 1.16.0 (https://cairographics.org))\n   /Title <FEFF4EBA751F4F1A8B70>\n"
            + "   /CreationDate (20260401000000Z)\n   /ModDate (20260401000000Z)\n>>"),
        (7, "<< /Type /Catalog\n   /Pages 1 0 R\n>>"),
    ], trailer: "/Root 7 0 R /Info 6 0 R", header: "%PDF-1.5\n%\u{B5}\u{ED}\u{AE}\u{FB}\n")
}
