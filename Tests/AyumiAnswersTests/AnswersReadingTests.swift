import AyumiModel
import Testing
@testable import AyumiAnswers

/// The mapping from a saved form's fields to answers, on forms made by hand: every kind of
/// field, the ways viewers save them, and the refusals.
@Suite("AnswersReading")
struct AnswersReadingTests {
    static let declarations = FormDeclarations(declarations: [
        .text(name: "full_name", combCells: nil),
        .date(name: "birthday", eras: [.taisho, .showa, .heisei, .reiwa, .western]),
        .date(name: "written_on", eras: [.reiwa]),
        .text(name: "postal_code", combCells: 7),
        .choice(name: "cpr", options: ["希望する", "希望しない", "わからない"], multiple: false, other: true),
        .choice(name: "places", options: ["自宅", "病院", "施設"], multiple: true, other: true),
        .text(name: "memo", combCells: nil),
        .table(name: "medications", keys: ["drug", "dose"], keyed: true),
        .table(name: "history", keys: ["1", "2", "3"], keyed: false),
    ], templateName: "jinsei-note")

    func read(_ fields: [SavedField], template: String? = "jinsei-note") throws -> ReadAnswers {
        try AnswersReading(declarations: Self.declarations).read(SavedForm(fields: fields, templateIdentifier: template))
    }

    static func text(_ name: String, _ value: String?) -> SavedField {
        SavedField(fullName: name, type: .text, value: value.map(SavedField.Value.text))
    }

    static func radio(_ name: String, _ state: String?, options: [String]) -> SavedField {
        SavedField(fullName: name, type: .button, value: .name(state ?? "Off"), options: options, flags: 1 << 15)
    }

    static func box(_ name: String, on: Bool) -> SavedField {
        SavedField(fullName: name, type: .button, value: .name(on ? "Yes" : "Off"))
    }

    @Test("every kind of field reads to the answer the template takes, in the template's order")
    func everyKind() throws {
        let read = try read([
            Self.text("memo", "一行目\r\n二行目\r三行目\n四行目"),
            Self.text("full_name", "森川 花子"),
            Self.radio("birthday.era", "1", options: ["大正", "昭和", "平成", "令和", "西暦"]),
            Self.text("birthday.year", "19"), Self.text("birthday.month", "6"), Self.text("birthday.day", "12"),
            Self.text("written_on.year", "元"), Self.text("written_on.month", "5"), Self.text("written_on.day", "1"),
            Self.text("postal_code", "0000012"),
            Self.radio("cpr", "1", options: ["希望する", "希望しない", "わからない", "その他"]),
            Self.text("cpr_other", ""),
            Self.box("places.1", on: true), Self.box("places.2", on: false), Self.box("places.3", on: true),
            Self.box("places.4", on: true), Self.text("places.other", "子どもの家"),
            Self.text("medications.1.drug", "血圧の薬"), Self.text("medications.1.dose", "朝1錠"),
            Self.text("medications.2.drug", ""), Self.text("medications.2.dose", ""),
            Self.text("medications.3.drug", "胃薬"), Self.text("medications.3.dose", ""),
            Self.text("history.1.1", "昭和19年"), Self.text("history.1.3", "生まれる"),
            Self.text("history.2.1", "昭和38年"),
        ])
        #expect(read.problems.isEmpty)
        #expect(read.answers == [
            Answer("full_name", .text("森川 花子")),
            Answer("birthday", .text("1944-06-12")),
            Answer("written_on", .text("2019-05-01")),
            Answer("postal_code", .text("0000012")),
            Answer("cpr", .text("希望しない")),
            Answer("places", .list(["自宅", "施設", "子どもの家"])),
            Answer("memo", .text("一行目\n二行目\n三行目\n四行目")),
            Answer("medications", .keyedRows([[KeyedCell("drug", "血圧の薬"), KeyedCell("dose", "朝1錠")],
                                               [KeyedCell("drug", "胃薬")]])),
            Answer("history", .cellRows([["昭和19年", "", "生まれる"], ["昭和38年"]])),
        ])
    }

    @Test("empty fields, spaces alone and unchosen buttons give no answer")
    func emptyLeftOut() throws {
        let read = try read([
            Self.text("full_name", ""), Self.text("memo", " \r\n "), Self.radio("cpr", nil, options: []),
            Self.text("cpr_other", nil), Self.box("places.1", on: false), Self.text("medications.1.drug", ""),
            Self.radio("birthday.era", nil, options: []), Self.text("birthday.year", ""),
        ])
        #expect(read.answers.isEmpty)
        #expect(read.problems.isEmpty)
    }

    @Test("a radio group's /V is its button's position, named by /Opt; a state that is a word counts too")
    func radioStates() throws {
        let opt = ["希望する", "希望しない", "わからない", "その他"]
        #expect(try read([Self.radio("cpr", "0", options: opt)]).answers == [Answer("cpr", .text("希望する"))])
        #expect(try read([Self.radio("cpr", "2", options: [])]).answers == [Answer("cpr", .text("わからない"))])
        #expect(try read([Self.radio("cpr", "わからない", options: [])]).answers == [Answer("cpr", .text("わからない"))])
        // /V missing, but a widget's /AS on (a viewer that updated only the widget).
        let widgetOnly = SavedField(fullName: "cpr", type: .button, options: opt, widgetStates: ["Off", "1", "Off", "Off"])
        #expect(try read([widgetOnly]).answers == [Answer("cpr", .text("希望しない"))])
        let unknown = try read([Self.radio("cpr", "9", options: opt)])
        #expect(unknown.answers.isEmpty)
        #expect(unknown.problems == [.unknownState("cpr")])
    }

    @Test("その他: the written text is the answer; その他 alone is the word; text beside another choice is reported")
    func other() throws {
        let opt = ["希望する", "希望しない", "わからない", "その他"]
        #expect(try read([Self.radio("cpr", "3", options: opt), Self.text("cpr_other", "家族と相談して決める")]).answers
            == [Answer("cpr", .text("家族と相談して決める"))])
        #expect(try read([Self.radio("cpr", nil, options: opt), Self.text("cpr_other", "家族と相談して決める")]).answers
            == [Answer("cpr", .text("家族と相談して決める"))])
        #expect(try read([Self.radio("cpr", "3", options: opt)]).answers == [Answer("cpr", .text("その他"))])
        let beside = try read([Self.radio("cpr", "0", options: opt), Self.text("cpr_other", "家族と相談")])
        #expect(beside.answers == [Answer("cpr", .text("希望する"))])
        #expect(beside.problems == [.writeInBesideChoice("cpr")])
        #expect(try read([Self.box("places.4", on: true)]).answers == [Answer("places", .list(["その他"]))])
        #expect(try read([Self.box("places.4", on: false), Self.text("places.other", "海の見える所")]).answers
            == [Answer("places", .list(["海の見える所"]))])
    }

    @Test("incomplete and impossible dates are reported by name and left out")
    func badDates() throws {
        let eras = ["大正", "昭和", "平成", "令和", "西暦"]
        let incomplete = try read([Self.radio("birthday.era", "1", options: eras), Self.text("birthday.year", "19"),
                                   Self.text("birthday.month", "6")])
        #expect(incomplete.answers.isEmpty)
        #expect(incomplete.problems == [.incompleteDate("birthday")])
        let impossible = try read([Self.radio("birthday.era", "1", options: eras), Self.text("birthday.year", "64"),
                                   Self.text("birthday.month", "1"), Self.text("birthday.day", "8")])
        #expect(impossible.problems == [.impossibleDate("birthday")])
        // 平成元年 written as 1, and a western year with no era chosen.
        #expect(try read([Self.radio("birthday.era", "2", options: eras), Self.text("birthday.year", "1"),
                          Self.text("birthday.month", "1"), Self.text("birthday.day", "8")]).answers
            == [Answer("birthday", .text("1989-01-08"))])
        #expect(try read([Self.text("birthday.year", "1948"), Self.text("birthday.month", "3"), Self.text("birthday.day", "15")])
            .answers == [Answer("birthday", .text("1948-03-15"))])
    }

    @Test("ruled lines cut by a page come back as one text, the parts joined by a line break")
    func ruledLineParts() throws {
        #expect(try read([Self.text("memo", "前のページ"), Self.text("memo_2", "次のページ")]).answers
            == [Answer("memo", .text("前のページ\n次のページ"))])
        // …unless the template has a field of that name.
        let declarations = FormDeclarations(declarations: [.text(name: "memo", combCells: nil), .text(name: "memo_2", combCells: nil)])
        let form = SavedForm(fields: [Self.text("memo", "一つ目"), Self.text("memo_2", "二つ目")])
        #expect(try AnswersReading(declarations: declarations).read(form).answers
            == [Answer("memo", .text("一つ目")), Answer("memo_2", .text("二つ目"))])
    }

    @Test("fields the template does not know are reported by name, in the PDF's order")
    func unknownFields() throws {
        let read = try read([Self.text("full_name", "森川 花子"), Self.text("pet_name", "みーこ"), Self.text("medications.1.price", "100")])
        #expect(read.answers == [Answer("full_name", .text("森川 花子"))])
        #expect(read.problems == [.unknownField("pet_name"), .unknownField("medications.1.price")])
    }

    @Test("a PDF of another template is refused; so is one without fields, or whose fields are mostly unknown")
    func refusals() throws {
        #expect(throws: AnswersRefusal.otherTemplate(found: "kizuna-note", expected: "jinsei-note")) {
            try read([Self.text("full_name", "森川 花子")], template: "kizuna-note")
        }
        #expect(throws: AnswersRefusal.noFields) { try read([]) }
        #expect(throws: AnswersRefusal.fieldsOfAnotherTemplate(unknown: 2, total: 3)) {
            try read([Self.text("full_name", "x"), Self.text("seminar", "y"), Self.text("venue", "z")], template: nil)
        }
        // Without an identifier, a PDF whose fields are mostly the template's is read.
        #expect(try read([Self.text("full_name", "森川 花子"), Self.text("memo", "メモ"), Self.text("x", "")], template: nil)
            .problems == [.unknownField("x")])
    }
}
