import AyumiTestSupport
import Foundation
import Testing
@testable import AyumiFonts

/// PostScript names are remembered per version of a font file and face, across runs.
@Suite("Face names remembered for unchanged files")
struct FaceNameCacheTests {
    @Test("a saved name is found by the next run, for that face only, until the file changes")
    func rememberedUntilChanged() throws {
        let folder = Repository.temporaryFolder()
        let environment = ["XDG_CACHE_HOME": folder + "/cache"]
        let font = folder + "/font.ttc"
        try Data("first version".utf8).write(to: URL(fileURLWithPath: font))

        var cache = FaceNameCache(environment: environment)
        #expect(cache.name(of: font, face: 0) == nil)
        cache.remember("Example-Regular", of: font, face: 0)
        cache.remember("with\ttab", of: font, face: 1)
        cache.save()

        let next = FaceNameCache(environment: environment)
        #expect(next.name(of: font, face: 0) == "Example-Regular")
        #expect(next.name(of: font, face: 1) == nil, "a name no font has is not stored")

        try Data("second, longer version".utf8).write(to: URL(fileURLWithPath: font))
        #expect(FaceNameCache(environment: environment).name(of: font, face: 0) == nil)
    }
}
