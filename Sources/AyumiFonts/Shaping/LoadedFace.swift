import AyumiCompose
import AyumiModel

/// A face of the manifest, opened and ready to shape with.
final class LoadedFace: Sendable {
    let entry: FontFaceEntry
    let face: FontFace
    let harfBuzz: HarfBuzzFont

    init(entry: FontFaceEntry, postScriptName: String, harfBuzz: HarfBuzzFont) {
        self.entry = entry
        self.face = FontFace(file: entry.file, index: entry.faceIndex, postScriptName: postScriptName)
        self.harfBuzz = harfBuzz
    }
}
