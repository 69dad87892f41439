/// Texts the composition properties are checked on (issue 15, "Done when"): prose of the kind
/// city staff paste in from Word, ruby-dense text for residents, and hard probes. All written
/// for these tests; names, addresses and numbers are fictional. Paragraphs use the inline
/// markup of templates (docs/templates.md): `{漢字|かんじ}` ruby, `**太字**`, `《《圏点》》`.
enum CompositionCorpus {
    /// Municipal prose: mixed-width brackets, dates, telephone numbers, a URL and an address,
    /// long katakana words, enumerations with ・ and 、.
    static let municipal = [
        "本市では、住み慣れた地域で自分らしい暮らしを人生の最後まで続けられるよう、在宅医療・介護連携推進事業に取り組んでいます。令和8年度は、かかりつけ医、訪問看護ステーション、地域包括支援センター (計42か所) と協力し、「人生会議 (ACP)」の普及啓発を進めます。",
        "もしものときに受けたい医療やケアについて、前もって考え、ご家族や医療・ケアチームと繰り返し話し合い、共有しておくことを「人生会議」といいます。話し合った内容は、エンディングノート「わたしの人生ノート～これまでとこれからの歩み～」に書き留めておくと、いざというときに周りの人があなたの思いを知る手がかりになります。",
        "ノートは、市役所本庁舎1階の高齢福祉課窓口、各地域包括支援センター、市内の公民館(全12館)で無料で配布しています。市のホームページ https://www.city.example.lg.jp/kenko/zaitaku/acp-note.html からもダウンロードできます。",
        "講座「はじめての人生会議」は、11月30日(月)午後2時から4時まで、中央公民館2階の大会議室で開催します。定員は先着30名、参加費は無料です。申し込みは、電話 (0120-123-456) またはメール (zaitaku-iryo@city.example.lg.jp) で、11月20日（金）までにお願いします。",
        "当日は、訪問診療を行っている医師と、ケアマネジャー（介護支援専門員）が、実際の事例をもとにお話しします。手話通訳・要約筆記が必要な方は、申し込みの際にお知らせください。車いすでの来場もできます。",
        "なお、このノートに法的な効力はありません。遺言や財産の分け方については、公証役場や弁護士・司法書士などの専門家にご相談ください。書いた内容は何度書き直してもかまいません。気持ちが変わったら、そのたびに見直しましょう。",
    ]

    /// Text for residents with ruby on most words, as the large-print note sets it.
    static let rubyDense = [
        "{人生会議|じんせいかいぎ}は、{大切|たいせつ}にしていることや{望|のぞ}み、どのような{医療|いりょう}や{介護|かいご}を{受|う}けたいかを、{家族|かぞく}や{信頼|しんらい}できる{人|ひと}と{話|はな}し{合|あ}っておく{取|と}り{組|く}みです。{一度|いちど}で{決|き}めなくてもかまいません。{思|おも}いついたときに、{少|すこ}しずつ{書|か}きとめておきましょう。",
        "{急|きゅう}な{病気|びょうき}や{事故|じこ}で、{自分|じぶん}の{気持|きも}ちを{伝|つた}えられなくなることがあります。そのとき、{代|か}わりに{考|かんが}えてくれる{人|ひと}が{迷|まよ}わないように、{日頃|ひごろ}から{少|すこ}しずつ{話|はな}しておきましょう。{話|はな}し{合|あ}った{日付|ひづけ}も{書|か}いておくと{安心|あんしん}です。",
        "{訪問看護|ほうもんかんご}、{訪問介護|ほうもんかいご}、{通所|つうしょ}リハビリテーション、{短期入所|たんきにゅうしょ}など、{在宅|ざいたく}で{使|つか}えるサービスは{地域包括支援|ちいきほうかつしえん}センターにご{相談|そうだん}ください。{費用|ひよう}や{手続|てつづ}きについても、{担当|たんとう}の{職員|しょくいん}がていねいにご{説明|せつめい}します。",
    ]

    /// Hard probes: URLs, e-mail addresses and paths longer than a short line; mixed-width
    /// brackets around Japanese; runs of small kana and ー; dashes and leaders; numbers with units.
    static let probes = [
        "詳しくは、https://www.city.example.lg.jp/kurashi/fukushi/koureisha/zaitaku-iryo/acp/index.html をご覧ください。",
        "お問い合わせ：zaitaku-iryo.renkei-suishin@city.example.lg.jp（高齢福祉課 在宅医療・介護連携推進係）",
        "様式は共有フォルダの /kyoyu/koureifukushi/2026/jinsei-note/youshiki_v3.docx にあります。",
        "講座（オンライン）と講座 (オンライン) と講座(会場)は、どれも同じ内容です（資料は当日配布）。評価 (5段階) は、(1) とても良い、(2) 良い、と続きます。",
        "シュッシュッポッポッ、キャッチャーミットを持ったチェッカーがジャッジャーンと鳴らしたっ。ちょっとっ、待ってっ。",
        "思い出――それは、長い年月のあいだに少しずつ形を変えるもの――を、ここに書き残しておきます……。",
        "体温は36.5℃、血圧は128/76mmHg、費用は￥1,500（税込）、割合は25％、期間は2026年4月1日～2027年3月31日です。",
        "英語では Advance Care Planning (ACP) と呼ばれ、Shared Decision Making という考え方とも深く関わっています。",
    ]

    /// Every paragraph of the corpus.
    static let all = municipal + rubyDense + probes
}
