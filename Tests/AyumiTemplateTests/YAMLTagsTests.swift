import AyumiModel
import Testing
@testable import AyumiTemplate

/// Ayumi reads YAML without implicit tags (`YAMLFile.resolver`): every scalar is text, however
/// it looks, and keys that read as the same text are the same key.
@Suite("YAML scalars are text")
struct YAMLTagsTests {
    func parse(_ text: String) -> (YAMLFile?, Diagnostics) {
        var diagnostics = Diagnostics()
        let file = YAMLFile.parse(text, path: "data.yaml", diagnostics: &diagnostics)
        return (file, diagnostics)
    }

    @Test("numbers, booleans, dates and nulls keep the text as written")
    func scalarsAsWritten() throws {
        var (file, diagnostics) = parse("a: 0x10\nb: yes\nc: 2026-04-01\nd: ~\ne: 1_000\nf: .5\n")
        let parsed = try #require(file)
        let root = try #require(parsed.root)
        let reader = NodeReader(file: parsed)
        let pairs = try #require(reader.mapping(root, "the data", diagnostics: &diagnostics))
        let values = pairs.map { reader.string($0.value, "a value", diagnostics: &diagnostics) }
        #expect(!diagnostics.hasErrors)
        #expect(values == ["0x10", "yes", "2026-04-01", "~", "1_000", ".5"])
    }

    @Test("`1:` and `\"1\":` are the same key twice, as Ayumi reads them")
    func quotedAndPlainKeys() {
        let (_, diagnostics) = parse("1: a\n\"1\": b\n")
        #expect(diagnostics.all.contains { $0.message.contains("appears more than once") })
    }
}
