import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// The shorter documents: 絆ノート, the ACP leaflet, the event flyers, the emergency sheet and the card.
@Suite("The shorter documents")
struct ShortDocumentTests {
    func bind(_ name: String, _ data: String) throws -> (Document, DocumentContents) {
        let (document, diagnostics) = Documents.bind(name, data: ["examples/\(name)/\(data)"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let bound = try #require(document)
        return (bound, DocumentContents(bound))
    }

    func texts(_ contents: DocumentContents) -> [String] {
        contents.blocks.compactMap {
            switch $0 {
            case .text(let text): text.content.plainText
            case .list(let list): list.items.map(\.plainText).joined(separator: "\n")
            default: nil
            }
        }
    }

    @Test("絆ノート: 8 to 12 pages, 47 fields to fill on screen, the same names as the 人生ノート")
    func kizuna() throws {
        let (_, contents) = try bind("kizuna-note", "edition.yaml")
        #expect((8...12).contains(contents.pageBreaks + 1))
        #expect(contents.fieldNames.count == 47, "fields, choices and the contacts table")
        #expect(contents.ruledLines.isEmpty, "a note filled on screen uses input fields, not ruled lines")
        let note = DocumentContents(try #require(Documents.bind("jinsei-note", data: ["examples/jinsei-note/edition.yaml"]).0))
        for name in ["full_name", "birthday", "blood_type", "end_cpr", "end_palliative", "proxy1_name", "last_place"] {
            #expect(contents.fieldNames.contains(name) && note.fieldNames.contains(name), "\(name)")
        }
    }

    @Test("the ACP leaflet: six panels, five steps in order, the caveat, 人生会議の日, contacts from the CSV")
    func leaflet() throws {
        let (_, contents) = try bind("acp-leaflet", "leaflet.yaml")
        let all = texts(contents)
        let steps = all.filter { $0.hasPrefix("ステップ") }
        #expect(steps == ["ステップ1　大切にしていることを考える", "ステップ2　信頼できる人を思い浮かべる", "ステップ3　話し合う",
                          "ステップ4　伝えて共有する", "ステップ5　繰り返し話し合う"])
        #expect(all.contains { $0.contains("義務ではありません") })
        #expect(all.contains { $0.hasPrefix("11月30日は「人生会議の日」です") })
        #expect(all.contains { $0.contains("令和8年11月30日（月）") })
        #expect(all.contains { $0.hasPrefix("みらい市 北地域包括支援センター") })
        // A three-fold leaflet: six panels, each ended by a page_break. The outside side reads
        // fold-in panel, back, cover, so the title is not the first text but opens the third panel.
        #expect(contents.pageBreaks == 5)
        #expect(all.first == "どうして、いま話し合うの？")
        #expect(all.contains("人生会議\nしてみませんか"))
    }

    @Test("the horizontal flyer: 和暦 with weekday, the 広報 legend, the programme table, a QR code of the URL")
    func horizontalFlyer() throws {
        let (document, contents) = try bind("event-flyer", "ending-note-seminar.yaml")
        #expect(document.page.writingMode == .horizontal)
        let all = texts(contents)
        #expect(all.contains("【日】令和8年10月17日（土）　午後2時～4時"))
        for mark in ["【日】", "【所】", "【人】", "【￥】", "【物】", "【申】", "【問】", "【主】"] {
            #expect(all.contains { $0.hasPrefix(mark) }, "no \(mark) line")
        }
        #expect(all.contains("　　　令和8年9月15日（火）から令和8年10月9日（金）まで"))
        #expect(all.contains("【人】市内にお住まいの方、そのご家族　定員40名（申し込み順）"))
        #expect(all.contains("【主】みらい市（共催 みらい市在宅医療・介護連携推進協議会）"))
        #expect(contents.tables.first?.rows.count == 3)
        let code = contents.blocks.compactMap { if case .qrCode(let code) = $0 { code } else { nil } }.first
        #expect(code?.data == "https://www.city.mirai.example.jp/event/jinsei-note-2026")
    }

    @Test("the vertical flyer: the whole page vertical, dates, times and numbers in kanji numerals, no table")
    func verticalFlyer() throws {
        let (document, contents) = try bind("event-flyer", "jinsei-kaigi-day.yaml")
        #expect(document.page.writingMode == .vertical)
        let all = texts(contents)
        #expect(all.contains("令和八年十一月三十日（月）　午後二時三十分～四時三十分"))
        #expect(all.contains("【日】令和八年十一月三十日（月）　午後二時三十分～四時三十分（開場 午後二時）"))
        #expect(all.contains("【所】みらい市民会館 小ホール（みらい市中央二丁目三番四号）　みらい駅南口から徒歩五分"))
        #expect(all.contains("【人】どなたでも　定員二百名（先着順）"))
        #expect(all.contains { $0.hasPrefix("【問】") && $0.hasSuffix("０００-１１１-２２１０") })
        #expect(contents.tables.isEmpty)
        #expect(!contents.blocks.contains { if case .qrCode = $0 { true } else { false } }, "no URL, no QR code")
    }

    @Test("the emergency sheet is one page; the card is one business-card page")
    func sheetAndCard() throws {
        let (_, sheet) = try bind("emergency-sheet", "kit.yaml")
        #expect(sheet.pageBreaks == 0)
        for name in ["full_name", "birthday", "blood_type", "illnesses_text", "medications_text", "doctor_contact", "contact1"] {
            #expect(sheet.fieldNames.contains(name), "\(name)")
        }
        // The card is its own page, 91 × 55 mm, cut along crop marks after `--imposition cards`,
        // so it no longer needs the dashed frame it had when it was printed alone on A4.
        let (cardDocument, card) = try bind("storage-card", "card.yaml")
        let size = cardDocument.page.size
        #expect(abs(size.width - Length.mm(91).points) < 0.01 && abs(size.height - Length.mm(55).points) < 0.01)
        #expect(card.pageBreaks == 0)
        #expect(card.fieldNames == ["card_name", "card_place", "card_contact"])
    }
}

extension ShortDocumentTests {
    @Test("a flyer without capacity, fax, co-organiser or start date leaves those parts out cleanly")
    func smallFlyer() throws {
        let (_, contents) = try bind("event-flyer", "acp-workshop.yaml")
        let all = texts(contents)
        #expect(all.contains("【人】市内にお住まいの65歳以上の方　定員16名（申し込みが多いときは抽選）"))
        #expect(all.contains("　　　締め切り 令和9年1月8日（金）"))
        #expect(all.contains("【問】みらい市 北地域包括支援センター　電話 000-222-3301"))
        #expect(all.contains("【主】みらい市 北地域包括支援センター"))
        #expect(!all.contains { $0.contains("共催") || $0.contains("ファクス") || $0.contains("開場") })
    }
}
