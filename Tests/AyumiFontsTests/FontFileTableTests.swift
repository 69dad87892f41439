import AyumiTestSupport
import Foundation
import Testing
@testable import AyumiFonts

/// The cache folder's tables of facts about font files (checksums, face names).
@Suite("Font file tables")
struct FontFileTableTests {
    @Test("each table keeps to its own file; a damaged line is dropped and the rest still read")
    func separateTablesAndDamagedLines() throws {
        let folder = Repository.temporaryFolder()
        let environment = ["XDG_CACHE_HOME": folder + "/cache"]
        let font = folder + "/font.ttf"
        try Data("a font".utf8).write(to: URL(fileURLWithPath: font))

        var checksums = ChecksumCache(environment: environment)
        let computed = checksums.sha256(of: font)
        let digest = try #require(computed)
        checksums.save()
        var names = FaceNameCache(environment: environment)
        names.remember("Example-Bold", of: font, face: 2)
        names.save()
        #expect(FaceNameCache(environment: environment).name(of: font, face: 0) == nil,
                "a checksum is not taken for a name")

        let tablePath = folder + "/cache/ayumi/font-checksums.v2.tsv"
        let saved = try String(contentsOfFile: tablePath, encoding: .utf8)
        try ("not\ta line of six fields\n" + saved).write(toFile: tablePath, atomically: true, encoding: .utf8)
        let table = FontFileTable(name: "font-checksums.tsv", environment: environment)
        #expect(table.value(for: font) == digest)
        #expect(FaceNameCache(environment: environment).name(of: font, face: 2) == "Example-Bold")
    }

    @Test("with no cache folder nothing is remembered, and nothing fails")
    func noFolder() throws {
        let font = Repository.temporaryFolder() + "/font.ttf"
        try Data("a font".utf8).write(to: URL(fileURLWithPath: font))
        var table = FontFileTable(name: "font-names.tsv", environment: [:])
        table.store("Example-Regular", for: font)
        table.save()
        #expect(FontFileTable(name: "font-names.tsv", environment: [:]).value(for: font) == nil)
        var checksums = ChecksumCache(environment: [:])
        let computed = checksums.sha256(of: font)
        #expect(computed != nil && computed == ChecksumCache.hash(font), "the checksum is still computed")
    }

    @Test("a font rewritten in place with the same size and its modification time set back is hashed again (issue 14)")
    func sameSizeRestoredTime() throws {
        let folder = Repository.temporaryFolder()
        let environment = ["XDG_CACHE_HOME": folder + "/cache"]
        let font = folder + "/font.ttf"
        try Data("the one: 1".utf8).write(to: URL(fileURLWithPath: font))
        var before = stat()
        #expect(stat(font, &before) == 0)
        var checksums = ChecksumCache(environment: environment)
        let original = checksums.sha256(of: font)
        checksums.save()

        // The swap: same inode (written in place), same size, the old modification time restored.
        let handle = try #require(FileHandle(forWritingAtPath: font))
        try handle.write(contentsOf: Data("the one: 7".utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, font, &times, 0) == 0)
        var after = stat()
        #expect(stat(font, &after) == 0)
        try #require(after.st_ino == before.st_ino && after.st_size == before.st_size
                     && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)

        var reopened = ChecksumCache(environment: environment)
        let now = reopened.sha256(of: font)
        #expect(now == ChecksumCache.hash(font))
        #expect(now != original)
    }
}
