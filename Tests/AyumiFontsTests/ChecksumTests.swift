@testable import AyumiFonts
import Testing

@Suite("Font checksums")
struct ChecksumTests {
    @Test("the checksum of a real font file matches sha256sum")
    func fontFile() {
        #expect(ChecksumCache.hash("/usr/share/fonts/truetype/bizud-gothic/BIZUDGothic-Bold.ttf")
                == "d4ac5302ab946ef8b81c6a11afc6ed553b4b4d4964ead16460fb53168e4724ae")
    }
}
