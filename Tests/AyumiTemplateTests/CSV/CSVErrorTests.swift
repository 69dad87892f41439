import AyumiModel
import AyumiTemplate
import Testing

@Suite("Mistakes in CSV files")
struct CSVErrorTests {
    @Test("located messages", arguments: [
        ("a,b,c\n1,2\n", "list.csv:2:1: error: this row has 2 cells, but the header names 3 columns",
         "an empty cell still needs its comma, as in `a,,c`"),
        ("a,b,c\n1\n", "list.csv:2:1: error: this row has 1 cell, but the header names 3 columns", "the columns are a, b, c"),
        ("名称,電話\n㈱みらい,1,000円\n", "list.csv:2:8: error: this row has 3 cells, but the header names 2 columns",
         "a cell that contains a comma must be in double quotes, such as `\"1,000円\"`"),
        ("a,b\n1,\"2\n3,4\n", "list.csv:2:3: error: this quote is never closed",
         "end the cell with `\"`; a `\"` inside a quoted cell is written twice: `\"\"`"),
        ("a,b\n\"5\"インチ,2\n", "list.csv:2:4: error: unexpected text after the closing quote of a cell", nil),
        ("名称,,住所\n1,2,3\n", "list.csv:1:4: error: column 2 has no name in the header",
         "the first line names every column, such as `名称,電話番号,住所`"),
        ("名称,電話,名称 \n1,2,3\n", "list.csv:1:7: error: the column name `名称` appears twice in the header",
         "the first is at 1:1; give each column its own name"),
        ("", "list.csv:1:1: error: the CSV file is empty",
         "the first line names the columns, such as `名称,電話番号,住所`; each later line is one row"),
        ("\u{FEFF}", "list.csv:1:1: error: the CSV file is empty", nil),
        ("\r\n\r\n,,\r\n", "list.csv:1:1: error: the CSV file is empty", nil),
    ])
    func mistake(text: String, message: String, hint: String?) {
        let (table, diagnostics) = CSVRun.read(text)
        #expect(table == nil)
        #expect(diagnostics.map(\.description) == [message])
        if let hint { #expect(diagnostics.first?.hints.contains(hint) == true, "\(diagnostics.first?.hints ?? [])") }
    }

    @Test("every bad row is reported, not just the first")
    func collects() {
        let (table, diagnostics) = CSVRun.read("a,b\n1\n2,3\n4,5,6\n7\n")
        #expect(table == nil)
        #expect(diagnostics.map(\.description) == [
            "list.csv:2:1: error: this row has 1 cell, but the header names 2 columns",
            "list.csv:4:5: error: this row has 3 cells, but the header names 2 columns",
            "list.csv:5:1: error: this row has 1 cell, but the header names 2 columns",
        ])
    }

    @Test("rows before an unclosed quote are still checked")
    func beforeUnclosedQuote() {
        let (_, diagnostics) = CSVRun.read("a,b\n1\n\"2,3\n")
        #expect(diagnostics.map(\.description) == [
            "list.csv:3:1: error: this quote is never closed",
            "list.csv:2:1: error: this row has 1 cell, but the header names 2 columns",
        ])
    }
}
