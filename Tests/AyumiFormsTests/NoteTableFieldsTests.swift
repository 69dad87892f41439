import AyumiFonts
import AyumiLayout
import AyumiModel
import AyumiRender
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// The real notes laid out with the real fonts (no PDF): the fields of their tables, the
/// answers a fillable copy carries, the boxes of multi-line fields and the width of write-ins.
@Suite("The notes' tables and write-ins, laid out", .enabled(if: FormBuild.hasRealNote("jinsei-note") && FormBuild.hasRealNote("kizuna-note")))
struct NoteTableFieldsTests {
    /// A named table as the templates declare it: its keys and its empty rows, written out by
    /// hand from templates/*/sections so a change to a template shows up here.
    struct Table {
        var name: String
        var keys: [String]
        var emptyRows: Int
    }

    /// The 人生ノート's 19 named tables, in the order of the note.
    static let jinseiTables: [Table] = [
        Table(name: "timeline", keys: ["year", "age", "event"], emptyRows: 17),
        Table(name: "family", keys: ["name", "relation", "contact", "note"], emptyRows: 8),
        Table(name: "emergency_contacts", keys: ["name", "relation", "phone", "note"], emptyRows: 4),
        Table(name: "death_notice_contacts", keys: ["name", "relation", "phone", "note"], emptyRows: 6),
        Table(name: "illnesses", keys: ["illness", "since", "hospital", "status"], emptyRows: 4),
        Table(name: "medications", keys: ["drug", "dose", "purpose", "prescriber"], emptyRows: 8),
        Table(name: "bank_accounts", keys: ["bank", "kind", "holder", "place"], emptyRows: 6),
        Table(name: "real_estate", keys: ["kind", "location", "holder", "note"], emptyRows: 3),
        Table(name: "securities", keys: ["company", "kind", "note"], emptyRows: 3),
        Table(name: "debts", keys: ["lender", "balance", "note"], emptyRows: 3),
        Table(name: "insurances", keys: ["company", "kind", "beneficiary", "note"], emptyRows: 6),
        Table(name: "keepsakes", keys: ["item", "recipient", "note"], emptyRows: 8),
        Table(name: "contracts", keys: ["service", "company", "payment", "note"], emptyRows: 6),
        Table(name: "credit_cards", keys: ["company", "use", "note"], emptyRows: 2),
        Table(name: "paid_services", keys: ["service", "amount", "payment"], emptyRows: 2),
        Table(name: "digital_accounts", keys: ["service", "hint", "wish"], emptyRows: 6),
        Table(name: "pets", keys: ["name", "kind", "age", "vet"], emptyRows: 3),
        Table(name: "review_log", keys: ["date", "pages", "people", "note"], emptyRows: 9),
        Table(name: "acp_talks", keys: ["date", "people", "summary"], emptyRows: 3),
    ]

    /// The 絆ノート's one named table.
    static let kizunaTables: [Table] = [
        Table(name: "emergency_contacts", keys: ["name", "relation", "phone", "note"], emptyRows: 5),
    ]

    /// The cell names of `tables`, row by row: `medications.1.drug` … `medications.8.prescriber`.
    static func cellNames(_ tables: [Table]) -> [String] {
        tables.flatMap { table in
            (1...table.emptyRows).flatMap { row in table.keys.map { "\(table.name).\(row).\($0)" } }
        }
    }

    /// A real note bound and laid out, without rendering it.
    static func layout(_ note: String, _ rendition: Rendition, resident: String? = nil, largePrint: Bool = false) throws
        -> LayoutResult {
        var diagnostics = Diagnostics()
        let folder = Repository.path("templates/\(note)")
        let template = try #require(Template.load(directory: folder, diagnostics: &diagnostics), "\(diagnostics)")
        let binder = TemplateBinder(knownFamilies: FormBuild.manifest.familyNames, creationDate: "2026-04-01")
        let answers = resident.map { Repository.path("examples/\(note)/residents/\($0).yaml") }
        var document = try #require(binder.bind(template, dataFiles: [Repository.path("examples/\(note)/edition.yaml")],
                                                answersFile: answers, rendition: rendition, diagnostics: &diagnostics),
                                    "\(diagnostics)")
        if largePrint { document = document.largePrint() }
        let result = DocumentLayout(shaper: FontShaper(library: FormBuild.library), assets: RenderAssets()).layout(document)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return result
    }

    static let tableNames = Set((jinseiTables + kizunaTables).map(\.name))

    func tableWidgets(_ result: LayoutResult) -> [FieldWidget] {
        result.fieldWidgets.filter { Self.tableNames.contains($0.fieldName) && $0.name.hasPrefix($0.fieldName + ".") }
    }

    // MARK: - Fields in tables

    @Test("人生ノート: one field per cell of every empty row of its 19 named tables, 384 in all, in every rendition",
          arguments: [Rendition.blank, .fillable])
    func jinseiCells(rendition: Rendition) throws {
        let result = try Self.layout("jinsei-note", rendition)
        let names = tableWidgets(result).map(\.name)
        #expect(names == Self.cellNames(Self.jinseiTables))
        #expect(names.count == 384)
        #expect(names.first == "timeline.1.year" && names.contains("medications.8.prescriber"))
    }

    @Test("絆ノート: 20 fields in the contacts table")
    func kizunaCells() throws {
        let names = tableWidgets(try Self.layout("kizuna-note", .fillable)).map(\.name)
        #expect(names == Self.cellNames(Self.kizunaTables))
        #expect(names.count == 20)
    }

    @Test("a cell's /TU says the table, the row and the column, and each cell's is its own")
    func cellLabels() throws {
        let widgets = tableWidgets(try Self.layout("jinsei-note", .fillable))
        let labels = Dictionary(uniqueKeysWithValues: widgets.map { ($0.name, $0.label) })
        #expect(labels["medications.1.drug"] == "服薬中の薬 1行目：薬の名前")
        #expect(labels["medications.8.prescriber"] == "服薬中の薬 8行目：出している病院・薬局")
        #expect(labels["timeline.17.year"] == "わたしの年表 17行目：年（和暦・西暦）")
        #expect(labels["family.3.relation"] == "家族と親族 3行目：続柄")
        #expect(labels["digital_accounts.2.wish"] == "使っているインターネットのサービス 2行目：亡くなったあとの希望（消す・残す・任せる）")
        #expect(Set(labels.values).count == widgets.count, "every cell's label is its own")
        let kizuna = tableWidgets(try Self.layout("kizuna-note", .fillable))
        #expect(kizuna.first?.label == "もしものときの連絡先 1行目：名前")
        #expect(kizuna.last?.label == "もしものときの連絡先 5行目：メモ")
    }

    @Test("a cell's field is a single line inside the cell's rules, in the table's cell style, tagged Form in TD in TR in Table")
    func cellsAndTags() throws {
        let result = try Self.layout("jinsei-note", .fillable)
        let elements = Dictionary(uniqueKeysWithValues: result.structure.map { ($0.id, $0) })
        for page in result.pages {
            let rules = page.items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
            for case .fieldWidget(let widget) in page.items where Self.tableNames.contains(widget.fieldName) {
                #expect(widget.kind == .text(multiline: false))
                #expect(widget.fontFamily == "mincho" || widget.fontFamily == "gothic")
                // No rule crosses the field: the rules run along its edges, a point outside it.
                let crossing = rules.filter { rule in
                    let mid = Point(x: (rule.start.x + rule.end.x) / 2, y: (rule.start.y + rule.end.y) / 2)
                    return mid.x > widget.rect.minX + 0.1 && mid.x < widget.rect.maxX - 0.1
                        && mid.y > widget.rect.minY + 0.1 && mid.y < widget.rect.maxY - 0.1
                }
                #expect(crossing.isEmpty, "\(widget.name)")
                let form = try #require(widget.structure.flatMap { elements[$0] })
                let cell = try #require(form.parent.flatMap { elements[$0] })
                let row = try #require(cell.parent.flatMap { elements[$0] })
                let table = try #require(row.parent.flatMap { elements[$0] })
                #expect([form.role, cell.role, row.role, table.role] == [.form, .tableDataCell, .tableRow, .table], "\(widget.name)")
            }
        }
        // One TR per resident row, its cells side by side in it.
        let medications = tableWidgets(result).filter { $0.fieldName == "medications" }
        let rows = Dictionary(grouping: medications) { elements[elements[$0.structure!]!.parent!]!.parent! }
        #expect(rows.count == 8 && rows.values.allSatisfy { $0.count == 4 })
    }

    @Test("large print has the same field names, in the same order", arguments: ["jinsei-note", "kizuna-note"])
    func largePrint(note: String) throws {
        let normal = try Self.layout(note, .fillable).fieldWidgets.map(\.name)
        let large = try Self.layout(note, .fillable, largePrint: true).fieldWidgets.map(\.name)
        #expect(large == normal)
    }

    @Test("the exact numbers of fields and widgets of both notes, normal and large print",
          arguments: [("jinsei-note", false), ("jinsei-note", true), ("kizuna-note", false), ("kizuna-note", true)])
    func counts(note: String, largePrint: Bool) throws {
        let widgets = try Self.layout(note, .fillable, largePrint: largePrint).fieldWidgets
        // A radio group is one field with a widget per button; every other widget is a field.
        let fields = Set(widgets.map(\.name)).count
        let expected = note == "jinsei-note" ? (fields: 611, widgets: 759) : (fields: 102, widgets: 155)
        #expect(fields == expected.fields, "\(note): \(fields) fields, \(widgets.count) widgets")
        #expect(widgets.count == expected.widgets, "\(note): \(fields) fields, \(widgets.count) widgets")
    }

    // MARK: - A fillable copy with a resident's answers

    @Test("fillable with answers: the widgets carry every answer the filled copy prints, and nothing is printed under a field",
          arguments: [("jinsei-note", "morikawa-hanako"), ("jinsei-note", "tsuchiyoshi-shozo"), ("jinsei-note", "martinez-sawako"),
                     ("kizuna-note", "morikawa-hanako")])
    func fillableWithAnswers(note: String, resident: String) throws {
        let fillable = try Self.layout(note, .fillable, resident: resident)
        let filled = try Self.layout(note, .filled, resident: resident)
        func answers(_ result: LayoutResult) -> [String: String] {
            var values: [String: String] = [:]
            for widget in result.fieldWidgets { if let value = widget.value { values[widget.name] = value } }
            return values
        }
        let carried = answers(fillable)
        #expect(carried == answers(filled))
        #expect(carried.count >= 30, "\(carried.count) answers")
        for (number, page) in fillable.pages.enumerated() {
            let runs = page.items.compactMap { if case .glyphRun(let run) = $0 { run } else { nil } }
            for case .fieldWidget(let widget) in page.items {
                switch widget.kind {
                case .text, .comb:
                    let inside = runs.filter { run in
                        run.glyphs.contains { widget.rect.minX + 0.5 < $0.x && $0.x < widget.rect.maxX - 0.5
                            && widget.rect.minY + 0.5 < $0.y && $0.y < widget.rect.maxY - 0.5 }
                    }
                    #expect(inside.isEmpty, "\(widget.name): printed under the field")
                case .checkBox, .radioButton: break
                }
            }
            let checked = page.items.filter { if case .choiceMark(let mark) = $0 { mark.isChecked } else { false } }
            #expect(checked.isEmpty, "a check mark is printed on page \(number + 1)")
        }
    }

    @Test("fillable with answers: table rows, text, lines, dates with their era, choices and その他 are in the widgets")
    func answerKinds() throws {
        let values = Dictionary(try Self.layout("jinsei-note", .fillable, resident: "morikawa-hanako").fieldWidgets
            .compactMap { widget in widget.value.map { (widget.name, $0) } }) { first, _ in first }
        #expect(values["medications.1.drug"] == "血圧の薬（朝食後）")
        #expect(values["medications.2.prescriber"] == "さくら台内科クリニック")
        #expect(values["medications.3.drug"] == nil, "the rest of the table is empty rows")
        #expect(values["timeline.7.event"] == "夫 正夫が亡くなる")
        #expect(values["emergency_contacts.2.note"] == nil)
        #expect(values["full_name"] == "森川 花子")
        #expect(values["history_work"] == "給食の調理員。子どもたちの「おいしかった」が何よりの励みでした。")
        #expect(values["postal_code"] == "0000012")
        #expect(values["birthday.era"] == "昭和" && values["birthday.year"] == "19" && values["birthday.month"] == "6"
            && values["birthday.day"] == "12")
        #expect(values["allergy"] == "ある")
        #expect(values["walking"] == "杖を使う")
        #expect(values["care_by.1"] == "家族" && values["care_by.2"] == "ホームヘルパーなど介護の専門職" && values["care_by.3"] == nil)
        let written = Dictionary(try Self.layout("jinsei-note", .fillable, resident: "martinez-sawako").fieldWidgets
            .compactMap { widget in widget.value.map { (widget.name, $0) } }) { first, _ in first }
        #expect(written["funeral_style"] == "その他")
        #expect(written["funeral_style.other"] == "教会で、友人だけの小さなお別れの会")
    }

    @Test("the blank rendition has no answers in its widgets")
    func blankHasNoValues() throws {
        #expect(try Self.layout("jinsei-note", .blank).fieldWidgets.allSatisfy { $0.value == nil })
    }

    // MARK: - Boxes and write-ins

    @Test("fillable: no rule lies inside a multi-line field's box; blank: the ruled lines are still there",
          arguments: ["jinsei-note", "kizuna-note"])
    func multiLineBoxes(note: String) throws {
        func rulesInside(_ result: LayoutResult) -> Int {
            var count = 0
            for page in result.pages {
                let rules = page.items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
                for case .fieldWidget(let widget) in page.items where widget.kind == .text(multiline: true) {
                    count += rules.filter { rule in
                        let mid = Point(x: (rule.start.x + rule.end.x) / 2, y: (rule.start.y + rule.end.y) / 2)
                        return mid.x > widget.rect.minX + 0.5 && mid.x < widget.rect.maxX - 0.5
                            && mid.y > widget.rect.minY + 0.5 && mid.y < widget.rect.maxY - 0.5
                    }.count
                }
            }
            return count
        }
        let fillable = try Self.layout(note, .fillable)
        #expect(fillable.fieldWidgets.contains { $0.kind == .text(multiline: true) })
        #expect(rulesInside(fillable) == 0)
        let blank = try Self.layout(note, .blank)
        // The 人生ノート's named ruled lines: 90 rules between their first and last lines; the 絆ノート has none.
        #expect(rulesInside(blank) == (note == "jinsei-note" ? 90 : 0), "the blank note keeps its ruled lines")
        // Same boxes, so the same pages; only the 郵便番号's comb, typed as one plain box on
        // screen, grows to 15 zw (FieldLayout.comb), at the same place and depth.
        #expect(blank.pages.count == fillable.pages.count)
        let combs = ["postal_code"]
        #expect(blank.fieldWidgets.filter { !combs.contains($0.name) }.map(\.rect)
                    == fillable.fieldWidgets.filter { !combs.contains($0.name) }.map(\.rect))
        let printed = blank.fieldWidgets.filter { combs.contains($0.name) }
        let typed = fillable.fieldWidgets.filter { combs.contains($0.name) }
        #expect(printed.map(\.rect.origin) == typed.map(\.rect.origin) && printed.map(\.rect.height) == typed.map(\.rect.height))
        #expect(printed.count == (note == "jinsei-note" ? 1 : 0))
    }

    @Test("every その他 write-in and every single-line text field is at least 15 characters wide at its size",
          arguments: [("jinsei-note", false), ("jinsei-note", true), ("kizuna-note", false), ("kizuna-note", true)])
    func writeInWidths(note: String, largePrint: Bool) throws {
        let widgets = try Self.layout(note, .fillable, largePrint: largePrint).fieldWidgets
        // Table cells are as wide as their columns; date parts and combs take a fixed number of characters (/MaxLen).
        let free = widgets.filter { $0.kind == .text(multiline: false) && $0.maximumLength == nil
            && !Self.tableNames.contains($0.fieldName) }
        #expect(free.contains { $0.name.hasSuffix(".other") })
        let narrow = free.filter { $0.rect.width < 15 * $0.fontSize - 0.01 }
        #expect(narrow.isEmpty, "\(narrow.map { "\($0.name) \(LayoutSupport.em($0.rect.width / $0.fontSize))" })")
    }
}

enum LayoutSupport {
    /// `8.0 em`: a width in ems, one decimal.
    static func em(_ value: Double) -> String { String(format: "%.1f em", value) }
}
