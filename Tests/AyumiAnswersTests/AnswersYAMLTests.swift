import Testing
import Yams
@testable import AyumiAnswers

/// The answers file reads back, with Yams as Ayumi reads answers (no implicit types), to exactly
/// the values written: awkward text included.
@Suite("AnswersYAML")
struct AnswersYAMLTests {
    static let awkward = [
        "森川 花子", "- 先頭がハイフン", "a: b", "# not a comment", "null", "yes", "~", " 前に空白", "後ろに空白 ",
        "「かっこ」", "[括弧]", "{波括弧}", "カンマ, の後", "100-0001", "1948-03-15", "0000012", "'quote", "\"dq\"",
        "tab\there", "𠮷野家と髙﨑", "～（）［］", "*star", "&anchor", "!tag", "%percent", "@at", "`tick", "?q", ">gt", "|bar",
        "ends with colon:", "a #hash", "\u{2028}", "bell\u{07}",
    ]

    static let multiline = [
        "一行目\n二行目", "一行目\n二行目\n", "一行目\n\n", "\n先頭が改行", "  字下げ\n二行目", "行\n  字下げ\n\n\n最後",
        "タブ\n\tで始まる", "\t先頭タブ\n二行目", "空白だけの行\n   \n次",
    ]

    @Test("every text, list word and table cell reads back as written")
    func roundTrip() throws {
        var answers: [Answer] = []
        for (index, text) in (Self.awkward + Self.multiline).enumerated() { answers.append(Answer("t\(index)", .text(text))) }
        answers.append(Answer("list", .list(Self.awkward)))
        answers.append(Answer("rows", .keyedRows(Self.awkward.map { [KeyedCell("drug", $0), KeyedCell("dose", "朝1錠")] })))
        answers.append(Answer("cells", .cellRows(Self.awkward.map { ["", $0] })))
        let text = AnswersYAML.text(of: answers, header: ["header: with a colon # and hash"])
        let root = try #require(try Yams.compose(yaml: text, .basic))
        let mapping = try #require(root.mapping)
        #expect(mapping.keys.compactMap(\.string) == answers.map(\.key))
        for answer in answers {
            let node = try #require(mapping[answer.key])
            switch answer.value {
            case .text(let value): #expect(node.string == value, "\(answer.key)")
            case .list(let words): #expect(node.sequence?.compactMap(\.string) == words)
            case .keyedRows(let rows):
                let read = node.sequence?.map { row in row.mapping?.map { KeyedCell($0.key.string ?? "", $0.value.string ?? "") } ?? [] }
                #expect(read == rows)
            case .cellRows(let rows):
                #expect(node.sequence?.map { $0.sequence?.compactMap(\.string) ?? [] } == rows)
            }
        }
    }

    @Test("plain words stay plain, in the shape of the example residents' files")
    func shape() {
        let text = AnswersYAML.text(of: [
            Answer("full_name", .text("森川 花子")), Answer("birthday", .text("1944-06-12")),
            Answer("places", .list(["自宅", "子どもの家"])),
            Answer("medications", .keyedRows([[KeyedCell("drug", "血圧の薬"), KeyedCell("dose", "朝1錠")]])),
            Answer("note", .text("一行目\n二行目")),
        ])
        #expect(text == """
            full_name: 森川 花子
            birthday: 1944-06-12
            places: [自宅, 子どもの家]
            medications:
              - {drug: 血圧の薬, dose: 朝1錠}
            note: |-
              一行目
              二行目

            """)
    }
}
