import AyumiCompose
import AyumiFonts
import AyumiModel
import AyumiTemplate
import Foundation

/// Benchmarks for Ayumi's hot paths, run from a release build:
///
///     swift run -c release ayumi-bench [compose]
///
/// Each prints the median and the fastest of several runs; docs/performance.md records them.

/// Mixed prose: kana and kanji, brackets, small kana, numerals with units, Latin words, ruby.
let paragraphs: [[Inline]] = {
    func text(_ s: String) -> Inline { .text(SourceText(generated: s)) }
    func ruby(_ base: String, _ reading: String) -> Inline {
        .ruby(Ruby(base: SourceText(generated: base), readings: [SourceText(generated: reading)]))
    }
    return [
        [text("「"), ruby("人生会議", "じんせいかいぎ"),
         text("」は、もしものときに備えて、あなたが大切にしていることや望み（医療・ケア）を、家族や医療・介護の人たちと話し合い、共有しておく取り組みです。")],
        [text("英語では Advance Care Planning（ACP）と呼ばれています。11月30日は「人生会議の日」で、2018年に決まりました。")],
        [text("ちょっと待ってください。ゆっくりでいいんです……。体温は36.5℃、血圧は128/76、費用は￥1,500（税込）です。")],
        [text("書いたノートは、どこにしまったかを家族に伝えておきましょう。"), .emphasisDots([text("何度でも")]),
         text("書き直してかまいません。")],
    ]
}()

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func measure(_ name: String, runs: Int, _ body: () -> Int) {
    var times: [Double] = []
    var result = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        result = body()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    print("\(name): median \(String(format: "%.1f", median(times))) ms, fastest \(String(format: "%.1f", times.min()!)) ms over \(runs) runs (\(result) lines)")
}

func composeBenchmark() {
    var diagnostics = Diagnostics()
    guard let manifest = FontManifestLoader.load("fonts/manifest.yaml", diagnostics: &diagnostics) else {
        print("run from the repository's root: \(diagnostics.all)")
        exit(1)
    }
    let library = FontLibrary(manifest: manifest, families: [FontRequestKey(family: "mincho", weight: .regular),
                                                              FontRequestKey(family: "mincho", weight: .bold)],
                              diagnostics: &diagnostics)
    let composer = ParagraphComposer(shaper: FontShaper(library: library))
    let font = FontRequest(family: "mincho", weight: .regular, size: .pt(10.5))
    // Repeat the paragraphs until the text reaches 100,000 characters.
    var work: [[Inline]] = []
    var characters = 0
    while characters < 100_000 {
        for paragraph in paragraphs where characters < 100_000 {
            work.append(paragraph)
            characters += paragraph.plainText.unicodeScalars.count
        }
    }
    print("composing \(characters) characters in \(work.count) paragraphs, 10.5pt, 40 zw lines")
    for direction in [TextDirection.horizontal, .vertical] {
        measure("compose 100k characters, \(direction)", runs: 15) {
            var lines = 0
            for paragraph in work {
                lines += composer.compose(paragraph, font: font, direction: direction, measure: 420,
                                          firstLineIndent: 10.5).lines.count
            }
            return lines
        }
    }
}

let which = CommandLine.arguments.dropFirst().first ?? "compose"
switch which {
case "compose": composeBenchmark()
default:
    print("unknown benchmark \(which); known: compose")
    exit(2)
}
