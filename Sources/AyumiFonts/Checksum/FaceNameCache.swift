import Foundation

/// Remembers the PostScript name FreeType read from each face of an unchanged font file, so a
/// build opens a face with FreeType only when its file has changed.
///
/// Why: FreeType takes about 1 ms to open a Noto CJK face (it reads the CFF font's charset and
/// private dictionaries for 65,535 glyphs), and every build opened four of them only to read
/// their names; the renderer opens faces of its own for cairo anyway. Names are kept by file
/// and face in `font-names.v2.tsv` in Ayumi's cache folder (`FontFileTable`). A name is stored only after FreeType opened the face, so a face
/// found here is one FreeType has read in this very file. When the folder cannot be written,
/// Ayumi just opens every face each time.
struct FaceNameCache {
    private var table: FontFileTable

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        table = FontFileTable(name: "font-names.tsv", environment: environment)
    }

    /// The name stored for face `face` of `path`, if the file is unchanged since.
    func name(of path: String, face: Int) -> String? {
        table.value(for: path, face: face)
    }

    /// Stores the name FreeType read from face `face` of `path` (names with a tab or a line
    /// break, which no PostScript name has, are not stored).
    mutating func remember(_ name: String, of path: String, face: Int) {
        table.store(name, for: path, face: face)
    }

    /// Writes the cache back if anything was added.
    func save() {
        table.save()
    }
}
