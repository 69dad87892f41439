import AyumiModel
import AyumiPDF
import Foundation

extension FormFonts {
    /// The form fonts of the manifest's `gothic` family: its first regular face cut as the
    /// typing font (`TypingFont`, cached), the faces after it as the fallback chain for
    /// pre-filled values, hb-subset to cut those and zlib to compress.
    ///
    /// One typing font serves every field, Mincho-styled ones too (docs/pdf-output.md).
    public static func gothic(manifest: FontManifest,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws(FontSubsetError) -> FormFonts {
        let faces = manifest.faces(family: "gothic", weight: .regular)
        guard let first = faces.first else {
            throw FontSubsetError(file: manifest.path, problem: "the font manifest has no regular face for the family `gothic`")
        }
        let typing = try TypingFont(file: first.file, faceIndex: first.faceIndex, environment: environment).make()
        return FormFonts(typing: typing, fallbacks: faces.dropFirst().map { Face(file: $0.file, faceIndex: $0.faceIndex) },
                         subsetter: HarfBuzzSubsetter(), compressor: ZlibCompressor.standard)
    }
}
