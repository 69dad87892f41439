import AyumiModel
import Testing

@Suite("Source locations of text")
struct SourceTextTests {
    /// Three lines of a literal block: `あいう` at 3:3, `えお` at 4:3, `か` at 5:5.
    let text = SourceText("あいう\nえお\nか", sourceMap: SourceMap(file: "data.yaml", segments: [
        .init(offset: 0, line: 3, column: 3), .init(offset: 4, line: 4, column: 3), .init(offset: 7, line: 5, column: 5),
    ]))

    @Test("each character's location", arguments: [(0, 3, 3), (2, 3, 5), (3, 3, 6), (4, 4, 3), (5, 4, 4), (7, 5, 5)])
    func locations(offset: Int, line: Int, column: Int) {
        #expect(text.location(ofScalarAt: offset) == SourceLocation(file: "data.yaml", line: line, column: column))
    }

    @Test("a slice keeps the locations of its characters")
    func slice() {
        let slice = text.slice(scalarOffset: 5, count: 3)
        #expect(slice.text == "お\nか")
        #expect(slice.location(ofScalarAt: 0)?.description == "data.yaml:4:4")
        #expect(slice.location(ofScalarAt: 2)?.description == "data.yaml:5:5")
    }

    @Test("appending keeps both texts' locations")
    func appending() {
        let joined = text.slice(scalarOffset: 0, count: 2).appending(text.slice(scalarOffset: 7, count: 1))
        #expect(joined.text == "あいか")
        #expect(joined.location(ofScalarAt: 1)?.description == "data.yaml:3:4")
        #expect(joined.location(ofScalarAt: 2)?.description == "data.yaml:5:5")
    }

    @Test("text joined from two files keeps each character's own file, through slices and further joins")
    func twoFiles() {
        let template = SourceText("電話 ", sourceMap: SourceMap(startingAt: SourceLocation(file: "resources.yaml", line: 9, column: 20)))
        let cell = SourceText("000-1", sourceMap: SourceMap(startingAt: SourceLocation(file: "resources.csv", line: 4, column: 30)))
        let joined = template.appending(cell).appending(template)
        #expect(joined.location(ofScalarAt: 1)?.description == "resources.yaml:9:21")
        #expect(joined.location(ofScalarAt: 4)?.description == "resources.csv:4:31")
        #expect(joined.location(ofScalarAt: 9)?.description == "resources.yaml:9:21")
        let slice = joined.slice(scalarOffset: 6, count: 3)
        #expect(slice.text == "-1電")
        #expect(slice.location(ofScalarAt: 0)?.description == "resources.csv:4:33")
        #expect(slice.location(ofScalarAt: 2)?.description == "resources.yaml:9:20")
    }

    @Test("generated text has no location")
    func generated() {
        #expect(SourceText(generated: "x").location(ofScalarAt: 0) == nil)
    }
}

@Suite("Did you mean")
struct SuggestionTests {
    @Test("close typos are suggested", arguments: [
        ("colums", "columns"), ("fiel", "file"), ("page_sise", "page_size"), ("titel", "title"), ("Font_Size", "font_size"),
    ])
    func suggests(word: String, expected: String) {
        #expect(Suggestion.closest(to: word, among: ["columns", "file", "page_size", "title", "font_size", "body"]) == expected)
    }

    @Test("unrelated words are not", arguments: ["size", "xyz", "background"])
    func doesNotSuggest(word: String) {
        #expect(Suggestion.closest(to: word, among: ["title", "body", "page"]) == nil)
    }
}
