import AyumiModel
import Testing

@Suite("At most 50 messages a file; did-you-mean within its bound")
struct DiagnosticsCapTests {
    private func at(_ file: String, _ column: Int) -> AyumiModel.SourceLocation { SourceLocation(file: file, line: 1, column: column) }

    @Test("the first 50 of each file in order, then one line with the count, an error when any left out is one; file-less ones all kept")
    func capped() {
        var all: [Diagnostic] = []
        for column in 1...53 { all.append(.warning(at: at("a.yaml", column), "w\(column)")) }
        all.append(.error(at: at("a.yaml", 99), "late error"))
        all.append(.error(at: nil, "no file"))
        for column in 1...50 { all.append(.warning(at: at("b.yaml", column), "b\(column)")) }
        let capped = Diagnostics(all).cappedPerFile(50).all
        #expect(capped.count == 50 + 1 + 1 + 50)
        #expect(capped[49].message == "w50")
        #expect(capped[50] == .error(at: at("a.yaml", 51), "and 4 more problems in this file, not shown (Ayumi shows the first 50 of a file)",
                                     hints: ["fix the ones shown and run again; the same mistake repeated is often one cause"]))
        #expect(capped[51].message == "no file")
        #expect(capped.last?.message == "b50")
        #expect(Diagnostics(all.filter { $0.location?.file != "a.yaml" }).cappedPerFile(50).all.count == 51)
    }

    @Test("the bounded edit distance agrees with the full one, and the suggestions are the same")
    func suggestions() {
        #expect(Suggestion.editDistance("fiel", "file") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.closest(to: "colums", among: ["title", "columns"]) == "columns")
        #expect(Suggestion.closest(to: "size", among: ["title"]) == nil)
        #expect(Suggestion.closest(to: "c12345", among: ["columns", "c1234", "c12346"]) == "c1234")
        #expect(Suggestion.closest(to: "Titel", among: ["title"]) == "title")
    }
}
