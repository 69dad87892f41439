@testable import AyumiCompose
import Testing

/// The order in which justification takes space from (or gives space to) a line's glues:
/// JIS X 4051 Table 4 for reduction, Table 6 for expansion.
@Suite("Adjustment order")
struct AdjustmentOrderTests {
    let em = 10.0
    // Glue 0 is unused; then a word space (5pt, shrinks to 2.5, grows to 5), a bracket's half em,
    // a middle dot's quarter, 和欧間 (2.5, shrinks 1.25, grows 2.5) and a gap between kana.
    var glues: [Glue] {
        [.none,
         Glue(natural: 0, shrink: 2.5, shrinkPriority: .westernSpace, stretch: 0, stretchPriority: .westernSpace),
         Glue(natural: 5, shrink: 5, shrinkPriority: .bracketOrComma),
         Glue(natural: 2.5, shrink: 2.5, shrinkPriority: .middleDot),
         Glue(natural: 2.5, shrink: 1.25, shrinkPriority: .japaneseLatin, stretch: 2.5, stretchPriority: .japaneseLatin),
         Glue(stretch: 2.5, stretchPriority: .betweenCharacters)]
    }

    func spaces(natural: Double, measure: Double) -> [Double] {
        Justifier(em: em).spaces(for: 0..<6, glues: glues, natural: natural, measure: measure, stretch: true)
    }

    @Test("reduce: word spaces first, then middle dots, then brackets, then 和欧間", arguments: [
        (1.0, [0, -1, 5, 2.5, 2.5, 0]),
        (2.5, [0, -2.5, 5, 2.5, 2.5, 0]),
        (4.0, [0, -2.5, 5, 1, 2.5, 0]),
        (7.5, [0, -2.5, 2.5, 0, 2.5, 0]),
        (10.0, [0, -2.5, 0, 0, 2.5, 0]),
        (11.0, [0, -2.5, 0, 0, 1.5, 0]),
    ])
    func reduction(needed: Double, expected: [Double]) {
        let result = spaces(natural: 100 + needed, measure: 100)
        for (value, want) in zip(result, expected) { #expect(abs(value - want) < 1e-9, "\(result)") }
    }

    @Test("expand: 和欧間 first, then between characters up to ¼ em, then equally at every position that may grow",
          arguments: [
        (2.0, [0, 0, 5, 2.5, 4.5, 0]),
        (4.0, [0, 0, 5, 2.5, 5, 1.5]),
        (8.0, [0, 1, 5, 2.5, 6, 3.5]),
    ])
    func expansion(needed: Double, expected: [Double]) {
        let result = spaces(natural: 100 - needed, measure: 100)
        for (value, want) in zip(result, expected) { #expect(abs(value - want) < 1e-9, "\(result)") }
    }

    @Test("a last line keeps its natural spacing")
    func lastLine() {
        let result = Justifier(em: em).spaces(for: 0..<6, glues: glues, natural: 90, measure: 100, stretch: false)
        #expect(result == [0, 0, 5, 2.5, 2.5, 0])
    }
}
