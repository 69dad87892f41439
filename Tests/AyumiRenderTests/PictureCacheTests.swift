@testable import AyumiRender
import AyumiLayout
import AyumiModel
import AyumiTestSupport
import Foundation
import Testing

/// Pictures decoded once per process, and JPEG files stripped of what is not the picture.
@Suite("Pictures: decoded once, stripped of metadata")
struct PictureCacheTests {
    static let photo = Repository.path("Tests/ayumiTests/Fixtures/pictures/exif-photo.jpg")
    static let png = Repository.path("Tests/AyumiRenderTests/Fixtures/shapes.png")

    @Test("the same file is decoded once (batch asks for it once per document); a changed file again")
    func decodedOnce() throws {
        let folder = Repository.temporaryFolder()
        let path = folder + "/logo.png"
        try FileManager.default.copyItem(atPath: Self.png, toPath: path)
        let first = try PictureCache.picture(at: path, limits: .standard).get()
        let second = try PictureCache.picture(at: path, limits: .standard).get()
        #expect(first === second)
        // Through a symbolic link it is the same file, so the same entry.
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.png", withDestinationPath: path)
        #expect(try PictureCache.picture(at: folder + "/link.png", limits: .standard).get() === first)
        // Replaced by another picture: read and decoded again.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: Self.photo, toPath: path)
        let third = try PictureCache.picture(at: path, limits: .standard).get()
        #expect(third !== first && third.info == ImageInfo(format: .jpeg, pixelWidth: 64, pixelHeight: 48))
        // A smaller limit refuses a picture already decoded under a larger one.
        #expect(PictureCache.picture(at: path, limits: ImageLimits(imagePixels: 1000)).failureValue
            == .tooLarge(width: 64, height: 48, limits: ImageLimits(imagePixels: 1000)))
    }

    @Test("a JPEG keeps its picture segments, byte for byte, and loses EXIF, XMP, COM, the JFIF thumbnail and what follows EOI")
    func stripped() throws {
        let photo = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.photo)))
        let stripped = try JPEGStripper.strip(photo + Array("trailing data after EOI".utf8)).get()
        #expect(Self.markers(stripped) == [0xD8, 0xE0, 0xDB, 0xDB, 0xC0, 0xC4, 0xC4, 0xC4, 0xC4, 0xDA, 0xD9])
        #expect(Self.markers(photo) == [0xD8, 0xE0, 0xE1, 0xE1, 0xFE, 0xDB, 0xDB, 0xC0, 0xC4, 0xC4, 0xC4, 0xC4, 0xDA, 0xD9])
        #expect(Array(stripped.prefix(20)) == [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
        let dqt = try #require((0..<photo.count - 1).first { photo[$0] == 0xFF && photo[$0 + 1] == 0xDB })
        #expect(Array(stripped.dropFirst(20)) == Array(photo[dqt...]))
    }

    @Test("a JPEG's restart markers, fill bytes, stuffed zeros and ICC profile are kept; a cut one is truncated")
    func scanData() throws {
        let frame: [UInt8] = [0xFF, 0xC0, 0x00, 0x0B, 8, 0, 1, 0, 1, 1, 1, 0x11, 0]
        let icc: [UInt8] = [0xFF, 0xE2, 0x00, 0x10] + Array("ICC_PROFILE\0".utf8) + [1, 1]
        let adobe: [UInt8] = [0xFF, 0xEE, 0x00, 0x0E] + Array("Adobe".utf8) + [0, 100, 0, 0, 0, 0, 1]
        let comment: [UInt8] = [0xFF, 0xFE, 0x00, 0x05] + Array("GPS".utf8)
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 63, 0] + [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xFF]
        let file: [UInt8] = [0xFF, 0xD8] + icc + adobe + comment + frame + scan + [0xD9]
        let kept: [UInt8] = [0xFF, 0xD8] + icc + adobe + frame + scan + [0xD9]
        // The fill byte before EOI is dropped with the run of fills; everything else is the same.
        #expect(try JPEGStripper.strip(file).get() == Array(kept.prefix(kept.count - 2)) + [0xD9])
        #expect(JPEGStripper.strip(Array(file.prefix(file.count - 3))).failureValue == .truncated)
        #expect(JPEGStripper.strip(Array("GIF89a".utf8)).failureValue == .notAPicture)
    }

    @Test("every file cut short, at any byte, is judged cut short; bytes changed at random never crash the check")
    func everyCut() throws {
        for path in [Self.photo, Self.png] {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            for length in 1..<bytes.count {
                #expect(LoadedPicture.load(Array(bytes.prefix(length)), limits: .standard).failureValue == .truncated,
                        "\(path) cut to \(length) bytes")
            }
            #expect(LoadedPicture.load([], limits: .standard).failureValue == .notAPicture)
            // A fixed sequence of changes (a linear congruential generator), so a failure repeats.
            var state: UInt64 = 14
            for _ in 0..<500 {
                var changed = bytes
                for _ in 0..<3 {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    changed[Int(state >> 33) % changed.count] = UInt8(truncatingIfNeeded: state >> 17)
                }
                _ = LoadedPicture.load(changed, limits: .standard)
            }
        }
    }

    static func markers(_ bytes: [UInt8]) -> [UInt8] {
        var found: [UInt8] = [], index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0xFF, bytes[index + 1] != 0, !(0xD0...0xD7).contains(bytes[index + 1]), bytes[index + 1] != 0xFF {
                found.append(bytes[index + 1])
                if bytes[index + 1] == 0xD8 || bytes[index + 1] == 0xD9 { index += 2; continue }
                if bytes[index + 1] == 0xDA { index += 2; while index + 1 < bytes.count, !(bytes[index] == 0xFF && bytes[index + 1] == 0xD9) { index += 1 }; continue }
                index += 2 + (Int(bytes[index + 2]) << 8 | Int(bytes[index + 3]))
                continue
            }
            index += 1
        }
        return found
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { failure } else { nil }
    }
}
