import AyumiModel

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
