import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// What a named table's cells are called for screen readers: its `label:`, or the nearest
/// heading before it.
@Suite("Table labels")
struct TableLabelTests {
    static let template = """
        styles:
          paragraph: {font: mincho, size: 12pt}
        body:
          - table: {columns: [{heading: 名前, width: "1*"}]}
            name: before_any_heading
            empty_rows: 1
          - heading: "{持病|じびょう}のこと"
          - paragraph: 説明の段落は見出しではありません。
          - table: {columns: [{heading: 病名, width: "1*"}]}
            name: illnesses
            empty_rows: 1
          - heading: 飲んでいる薬
            level: 2
          - table: {columns: [{heading: 薬の名前, width: "1*"}]}
            name: medications
            label: 服薬中の薬
            empty_rows: 1
          - table: {columns: [{heading: 見本, width: "1*"}], rows: [[胃薬]]}
        """

    func tables(_ yaml: String = template) throws -> ([TableBlock]?, [Diagnostic]) {
        let folder = Repository.temporaryFolder()
        try yaml.write(toFile: folder + "/template.yaml", atomically: true, encoding: .utf8)
        try "{}\n".write(toFile: folder + "/data.yaml", atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let template = try #require(Template.load(directory: folder, diagnostics: &diagnostics), "\(diagnostics.all)")
        let document = TemplateBinder(knownFamilies: ["mincho", "gothic"])
            .bind(template, dataFiles: [folder + "/data.yaml"], diagnostics: &diagnostics)
        return (document?.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }, diagnostics.all)
    }

    @Test("`label:` wins; a named table without one takes the nearest heading before it; before any heading, none")
    func labels() throws {
        let (bound, diagnostics) = try tables()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let tables = try #require(bound)
        #expect(tables.map { $0.label?.plainText } == [nil, "持病のこと", "服薬中の薬", nil])
        #expect(tables.map(\.name) == ["before_any_heading", "illnesses", "medications", nil])
    }

    @Test("a misspelt `label` is an unknown option with a suggestion")
    func misspelt() throws {
        let (bound, diagnostics) = try tables(Self.template.replacingOccurrences(of: "label: 服薬中の薬", with: "lable: 服薬中の薬"))
        #expect(diagnostics.contains { $0.message.contains("`lable`") && $0.hints.contains { $0.contains("`label`") } },
                "\(diagnostics)")
        #expect(bound == nil)
    }
}
