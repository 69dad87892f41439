/// What each engine does with a typed answer that Ayumi's file cannot change: the engine's own
/// bugs, measured on the merged note and written down in docs/pdf-output.md ("Typing in the
/// engines"). The tests expect exactly this, so a change in an engine (or in the note) shows up
/// as a failure, and the list can shrink when an engine is fixed.
///
/// Everything not listed here is expected to come out exactly as typed.
extension Engine {
    /// The value the engine stores in the field (`/V`) when a person types `typed`, line breaks
    /// written as "\n" (PDFium stores "\r\n"; the readers and `ayumi answers` normalise them).
    /// Every engine keeps the value whole, 𠮷 included.
    func stored(_ typed: String, in field: String) -> String {
        typed
    }

    /// Fields that print fewer characters than a resident types: none. The 郵便番号 is a comb
    /// of 7 cells on paper, but a plain field in the fillable note, since a comb's /MaxLen cut
    /// `100-0001` typed with its hyphen to `100-000` in every engine (PDFium stopped taking
    /// input there). The answers file keeps what was typed; `--fill` drops the `-` for the cells.
    static let combFields: Set<String> = ["postal_code"]

    /// The text the engine's saved appearance of the field shows, as it extracts once flattened.
    func shown(_ typed: String, in field: String) -> String {
        shownInEngine(typed, in: field)
    }

    private func shownInEngine(_ typed: String, in field: String) -> String {
        switch self {
        case .pdfjs, .poppler:
            // 𠮷 (U+20BB7) is not in the embedded typing font (BIZ UDGothic lacks it); both
            // engines draw with that font and leave the character out. The value keeps it.
            return typed.replacingOccurrences(of: "𠮷", with: "")
        case .pdfium:
            // PDFium types Japanese in system fonts of its own choice whatever /DR holds: it draws
            // 𠮷 as a wrong, real kanji (設 with today's typing font; 切 while that font had a
            // format-12 cmap), and its fonts' ToUnicode maps ～ and － to 〜 (U+301C) and
            // − (U+2212); the two look as typed.
            return typed.replacingOccurrences(of: "𠮷", with: "設").replacingOccurrences(of: "～", with: "〜")
                .replacingOccurrences(of: "－", with: "−")
        case .mupdf:
            // MuPDF types in its own non-embedded font; 𠮷 becomes boxes and garbles the rest of
            // the field, and a multi-line field is not wrapped: each typed line shows only as far
            // as the box is wide.
            if let literal = Self.mupdfShown[field] { return literal }
            return typed.replacingOccurrences(of: "～", with: "〜").replacingOccurrences(of: "－", with: "−")
        }
    }

    /// The fonts (`BaseFont Encoding`) in the resources of the appearance the engine saves for a
    /// field it typed Japanese into (`japanese`) or only ASCII digits. pdf.js and poppler use the
    /// embedded typing font of /DR (poppler copies all of /DR); PDFium uses /DR for ASCII only
    /// and adds system fonts, not embedded, for kana (a ShiftJIS one) and kanji (a GBK one);
    /// MuPDF uses its own non-embedded Mincho, and Helvetica for ASCII.
    func appearanceFonts(japanese: Bool) -> Set<String> {
        let typing = "/BIZUDGothic-Regular /Identity-H"
        switch self {
        case .pdfjs: return [typing]
        case .poppler: return [typing, "/ZapfDingbats None"]
        case .pdfium: return japanese ? [typing, "/BIZUDGothic /90ms-RKSJ-H", "/NotoSansCJKJP /GBK-EUC-H"] : [typing]
        case .mupdf: return japanese ? ["/Mincho /UniJIS-UTF16-H"] : ["/Helvetica /WinAnsiEncoding"]
        }
    }

    /// What MuPDF's appearances of the answers fixture's fields with 𠮷 and of the letter show.
    private static let mupdfShown = [
        "full_name": "髙橋",
        "place_keys": "長女（\u{0305}錆脃挄",
        "message_1": """
            お父さんへ長いあいだ、本当にありがとう。若いころは反発ばかりして、素直に「ありがとう」と言\
            庭の柿の木は、今年もたくさん実をつけています。秋になったら、また一緒に干し柿を作\
            私のことは心配いりません。孫たちも元気に大きくなり、上の子は来年から高校生です。\
            体に気をつけて、いつまでも長生きしてね。令和八年春娘より
            """,
    ]
}
