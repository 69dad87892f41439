internal import CHarfBuzz
import AyumiCompose
import AyumiModel

/// Shapes Japanese text with HarfBuzz, falling back face by face along a family's chain.
///
/// Each character goes to the first face of the chain that has it (so 𠮷 U+20BB7, missing from
/// BIZ UD, comes from Noto CJK); combining marks and variation selectors stay with the
/// character before them. Consecutive characters of one face are shaped together, with the
/// whole text as context. Vertical text is shaped top to bottom, where HarfBuzz applies the
/// font's `vert` forms.
public struct FontShaper: Shaper, Sendable {
    public let library: FontLibrary

    public init(library: FontLibrary) { self.library = library }

    public func shape(_ text: [Unicode.Scalar], font: FontRequest, direction: TextDirection) -> ShapedText {
        shape(text, font: font, direction: direction, features: [])
    }

    public func shape(_ text: [Unicode.Scalar], font: FontRequest, direction: TextDirection,
                      features: [FontFeature]) -> ShapedText {
        let requested = Self.harfBuzzFeatures(features, direction: direction)
        let chain = library.chain(family: font.family, weight: font.weight)
        let assignment = assignFaces(text, chain: chain)
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(text.count)
        var missing: [Int] = []
        var start = 0
        while start < text.count {
            var end = start + 1
            while end < text.count, assignment[end] == assignment[start] { end += 1 }
            if let faceIndex = assignment[start] {
                shapeRun(text, start..<end, face: chain[faceIndex], faceIndex: faceIndex,
                         size: font.size.points, direction: direction, features: requested, into: &glyphs)
            } else {
                missing.append(contentsOf: start..<end)
            }
            start = end
        }
        return ShapedText(faces: chain.map(\.face), glyphs: glyphs, missing: missing)
    }

    public func hasVerticalForm(_ scalar: Unicode.Scalar, font: FontRequest) -> Bool {
        let upright = shape([scalar], font: font, direction: .vertical).glyphs.map(\.glyphID)
        return upright != shape([scalar], font: font, direction: .horizontal).glyphs.map(\.glyphID)
    }

    /// The chain index of the face each character is drawn from (`nil`: no face has it).
    private func assignFaces(_ text: [Unicode.Scalar], chain: [LoadedFace]) -> [Int?] {
        var result: [Int?] = []
        result.reserveCapacity(text.count)
        for scalar in text {
            if let previous = result.last, let previous, Self.attachesToPrevious(scalar) {
                result.append(previous)
            } else {
                result.append(chain.firstIndex { $0.harfBuzz.hasGlyph(scalar) })
            }
        }
        return result
    }

    /// Marks, variation selectors and joiners belong to the character before them.
    private static func attachesToPrevious(_ scalar: Unicode.Scalar) -> Bool {
        // Fast path for the bulk of Japanese text: ASCII, kana and the main CJK block have no marks
        // (the kana voicing marks U+3099 and U+309A excepted).
        let value = scalar.value
        if value < 0x300 || (0x3040...0x30FF).contains(value) && value != 0x3099 && value != 0x309A
            || (0x4E00...0x9FFF).contains(value) {
            return false
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
            || scalar.value == 0x200D
        }
    }

    private func shapeRun(_ text: [Unicode.Scalar], _ range: Range<Int>, face: LoadedFace, faceIndex: Int,
                          size: Double, direction: TextDirection, features: [hb_feature_t],
                          into glyphs: inout [ShapedGlyph]) {
        guard let buffer = hb_buffer_create() else { return }
        defer { hb_buffer_destroy(buffer) }
        // Unicode.Scalar is a UInt32 underneath: hand HarfBuzz the array's own storage.
        text.withUnsafeBufferPointer { scalars in
            scalars.withMemoryRebound(to: UInt32.self) { pointer in
                hb_buffer_add_utf32(buffer, pointer.baseAddress, Int32(pointer.count),
                                    UInt32(range.lowerBound), Int32(range.count))
            }
        }
        hb_buffer_set_direction(buffer, direction == .vertical ? HB_DIRECTION_TTB : HB_DIRECTION_LTR)
        hb_buffer_set_language(buffer, Self.japanese)
        hb_buffer_guess_segment_properties(buffer)
        features.withUnsafeBufferPointer {
            hb_shape(face.harfBuzz.font, buffer, $0.baseAddress, UInt32($0.count))
        }

        var count: UInt32 = 0
        guard let infos = hb_buffer_get_glyph_infos(buffer, &count),
              let positions = hb_buffer_get_glyph_positions(buffer, &count) else { return }
        let scale = size / face.harfBuzz.unitsPerEm
        for i in 0..<Int(count) {
            let info = infos[i], position = positions[i]
            // HarfBuzz is y-up and advances downwards as negative y; Ayumi is y-down.
            let advance = direction == .vertical ? -Double(position.y_advance) : Double(position.x_advance)
            glyphs.append(ShapedGlyph(face: faceIndex, glyphID: info.codepoint, cluster: Int(info.cluster),
                                      advance: advance * scale,
                                      offsetX: Double(position.x_offset) * scale,
                                      offsetY: -Double(position.y_offset) * scale))
        }
    }

    nonisolated(unsafe) private static let japanese = hb_language_from_string("ja", -1)

    /// HarfBuzz applies `vert` in vertical text by itself; `vrt2`, where a font has it, is the
    /// fuller set of vertical forms (cairo-harfbuzz-notes.md §3), so ask for it too.
    nonisolated(unsafe) private static let verticalFeatures: [hb_feature_t] = [feature("vrt2")]

    /// `vrt2` in vertical text, then what the caller asked for (HarfBuzz ignores a feature the
    /// font lacks).
    private static func harfBuzzFeatures(_ requested: [FontFeature], direction: TextDirection) -> [hb_feature_t] {
        let base = direction == .vertical ? verticalFeatures : []
        return requested.isEmpty ? base : base + requested.map { feature($0.tag) }
    }

    private static func feature(_ tag: String) -> hb_feature_t {
        var feature = hb_feature_t()
        _ = hb_feature_from_string(tag, -1, &feature)
        return feature
    }
}
