import AyumiLayout

/// A JPEG file with everything but the picture taken out, for embedding in a PDF as it is.
///
/// cairo embeds a JPEG's bytes untouched (DCTDecode), so whatever the camera or the photo
/// program wrote into the file would travel into every PDF: EXIF (the photographer, a
/// description, GPS position, the camera's serial number, a thumbnail of the uncropped photo),
/// XMP, IPTC, comments. This keeps only the segments that decoding and colour need, byte for
/// byte, in their order — no re-encoding, so the picture is exactly the same:
///
/// - SOI, EOI; SOFn, DHT, DAC, DQT, DRI, DNL, DHP, EXP; SOS with its entropy-coded data, RSTn;
/// - APP0 `JFIF` (pixel density), its thumbnail dropped;
/// - APP2 `ICC_PROFILE` (the colour profile the pixels are in);
/// - APP14 `Adobe` (whether the data are YCbCr or RGB, and CMYK's inversion).
///
/// Everything else goes: APP1 (EXIF, XMP), the other APPn, COM, and any bytes after EOI
/// (some cameras append a second picture there). The EXIF orientation goes with EXIF; PDF
/// viewers never applied it to an embedded JPEG, and layout sizes the picture from its frame
/// header, so the page looks the same.
///
/// ITU-T T.81 Annex B (markers), JFIF 1.02, ICC.1 Annex B.4, Adobe Technical Note #5116.
enum JPEGStripper {
    static func strip(_ bytes: [UInt8]) -> Result<[UInt8], ImageProblem> {
        guard bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return .failure(.notAPicture) }
        var kept: [UInt8] = [0xFF, 0xD8]
        kept.reserveCapacity(bytes.count)
        var index = 2
        while true {
            guard index < bytes.count else { return .failure(.truncated) }
            guard bytes[index] == 0xFF else { return .failure(.damaged(reason: "its JPEG segments do not follow one another")) }
            while index + 1 < bytes.count, bytes[index + 1] == 0xFF { index += 1 }   // fill bytes
            guard index + 1 < bytes.count else { return .failure(.truncated) }
            let marker = bytes[index + 1]
            if marker == 0xD9 {
                kept += [0xFF, 0xD9]
                return .success(kept)
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {   // TEM, RSTn: no length
                kept += [0xFF, marker]
                index += 2
                continue
            }
            guard index + 3 < bytes.count else { return .failure(.truncated) }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            guard length >= 2 else { return .failure(.damaged(reason: "a JPEG segment has an impossible length")) }
            let end = index + 2 + length
            guard end <= bytes.count else { return .failure(.truncated) }
            kept += keptPart(marker, bytes[index + 4..<end], segment: bytes[index..<end])
            index = end
            if marker == 0xDA {   // SOS: the entropy-coded data run to the next marker that is not RSTn
                var scan = index
                while true {
                    guard scan + 1 < bytes.count else { return .failure(.truncated) }
                    if bytes[scan] == 0xFF {
                        let next = bytes[scan + 1]
                        if next == 0x00 || (0xD0...0xD7).contains(next) { scan += 2; continue }
                        break
                    }
                    scan += 1
                }
                kept += bytes[index..<scan]
                index = scan
            }
        }
    }

    /// The bytes to keep of one segment (marker and length included): all of it, part, or none.
    private static func keptPart(_ marker: UInt8, _ payload: ArraySlice<UInt8>, segment: ArraySlice<UInt8>) -> [UInt8] {
        switch marker {
        case 0xC0...0xCF, 0xDA...0xDF:   // SOFn, DHT, JPG, DAC; SOS, DQT, DNL, DRI, DHP, EXP
            return Array(segment)
        case 0xE0 where payload.starts(with: Array("JFIF\0".utf8)) && payload.count >= 14:
            // Identifier, version, units and density (12 bytes), then no thumbnail (0 × 0).
            return [0xFF, 0xE0, 0x00, 0x10] + payload.prefix(12) + [0x00, 0x00]
        case 0xE2 where payload.starts(with: Array("ICC_PROFILE\0".utf8)),
             0xEE where payload.starts(with: Array("Adobe".utf8)):
            return Array(segment)
        default:
            return []
        }
    }
}
