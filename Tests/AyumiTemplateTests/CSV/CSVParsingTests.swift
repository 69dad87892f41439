import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

/// Reads CSV text given as a string, as if from `list.csv`.
enum CSVRun {
    static func read(_ text: String, encoding: CSVEncoding = .automatic) -> (CSVTable?, [Diagnostic]) {
        read(Array(text.utf8), encoding: encoding)
    }

    static func read(_ bytes: [UInt8], encoding: CSVEncoding = .automatic) -> (CSVTable?, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let table = CSVTable.decode(bytes, path: "list.csv", encoding: encoding, diagnostics: &diagnostics)
        return (table, diagnostics.all)
    }

    static func at(_ line: Int, _ column: Int) -> AyumiModel.SourceLocation {
        AyumiModel.SourceLocation(file: "list.csv", line: line, column: column)
    }
}

@Suite("CSV reading")
struct CSVParsingTests {
    @Test("the header names the cells of every row")
    func header() throws {
        let (table, diagnostics) = CSVRun.read("名称,電話番号\nみらい市役所,0120-000-000\n相談窓口,03-0000-0000\n")
        #expect(diagnostics.isEmpty)
        let read = try #require(table)
        #expect(read.keys == ["名称", "電話番号"])
        #expect(read.rows.count == 2)
        #expect(read.rows[1]["名称"]?.text == "相談窓口")
        #expect(read.rows[1]["電話番号"]?.location == CSVRun.at(3, 6))
        #expect(read.rows[1]["備考"] == nil)
        #expect(read.rows[0].location == CSVRun.at(2, 1))
        #expect(read.encoding == .utf8)
    }

    @Test("quoted cells: commas, doubled quotes, line breaks inside")
    func quoted() throws {
        let text = "a,b,c\n\"1,000円\",\"彼は\"\"はい\"\"と\",\"一行目\n二行目\"\nx,\"\",z\n"
        let (table, diagnostics) = CSVRun.read(text)
        #expect(diagnostics.isEmpty)
        let rows = try #require(table).rows
        #expect(rows.map { $0.cells.map(\.text) } == [["1,000円", "彼は\"はい\"と", "一行目\n二行目"], ["x", "", "z"]])
        #expect(rows[0]["c"]?.location == CSVRun.at(2, 22))
        #expect(rows[1].location == CSVRun.at(4, 1))
        #expect(rows[1]["b"]?.location == CSVRun.at(4, 3))
    }

    @Test("each character of a quoted cell keeps its own place")
    func cellSourceMap() throws {
        let (table, _) = CSVRun.read("a,b\n\"x\"\"y\",\"一\n二三\"\n")
        let rows = try #require(table).rows
        let first = rows[0].cells[0].sourceText      // x"y, written "x""y" from 2:1
        #expect(first.location(ofScalarAt: 0) == CSVRun.at(2, 2))
        #expect(first.location(ofScalarAt: 2) == CSVRun.at(2, 5))
        let second = rows[0].cells[1].sourceText     // 一\n二三, from 2:8
        #expect(second.location(ofScalarAt: 0) == CSVRun.at(2, 9))
        #expect(second.location(ofScalarAt: 3) == CSVRun.at(3, 2))
    }

    @Test("CRLF, LF and CR line ends, with or without a final line break", arguments: [
        "a,b\r\n1,2\r\n3,4\r\n", "a,b\r\n1,2\r\n3,4", "a,b\n1,2\n3,4\n", "a,b\n1,2\n3,4", "a,b\r1,2\r3,4\r",
        "\u{FEFF}a,b\r\n1,2\r\n3,4\r\n",
    ])
    func lineEnds(text: String) throws {
        let (table, diagnostics) = CSVRun.read(text)
        #expect(diagnostics.isEmpty)
        let read = try #require(table)
        #expect(read.keys == ["a", "b"])
        #expect(read.rows.map { $0.cells.map(\.text) } == [["1", "2"], ["3", "4"]])
        #expect(read.rows[1]["b"]?.location == CSVRun.at(3, 3))
    }

    @Test("a UTF-8 BOM is not part of the first name, nor counted as a column")
    func byteOrderMark() throws {
        let (table, _) = CSVRun.read("\u{FEFF}名称,電話\nあ,い\n")
        let read = try #require(table)
        #expect(read.keys == ["名称", "電話"])
        #expect(read.header[1].location == CSVRun.at(1, 4))
        #expect(read.encoding == .utf8)
    }

    @Test("a line break inside quotes is kept as \\n, whatever the file uses")
    func quotedCRLF() throws {
        let (table, _) = CSVRun.read("a\r\n\"1\r\n2\"\r\n")
        #expect(try #require(table).rows.first?.cells.first?.text == "1\n2")
    }

    @Test("empty cells, a trailing empty cell, blank lines and Excel's ,,, rows")
    func emptiness() throws {
        let (table, diagnostics) = CSVRun.read("a,b,c\n1,,\n\n,,\n,2,\n\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(table).rows.map { $0.cells.map(\.text) } == [["1", "", ""], ["", "2", ""]])
    }

    @Test("header names are trimmed of spaces, full-width ones too; cells are not")
    func trimming() throws {
        let (table, _) = CSVRun.read(" 名称　,電話 \n 市役所 ,1\n")
        let read = try #require(table)
        #expect(read.keys == ["名称", "電話"])
        #expect(read.rows[0]["名称"]?.text == " 市役所 ")
    }

    @Test("a quote inside an unquoted cell is kept")
    func strayQuote() throws {
        let (table, diagnostics) = CSVRun.read("size\n5\"\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(table).rows.first?.cells.first?.text == "5\"")
    }

    @Test("a header alone gives no rows and no error")
    func headerOnly() throws {
        let (table, diagnostics) = CSVRun.read("a,b\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(table).rows.isEmpty)
    }

    @Test("a 1 MB file is read in under a second")
    func large() throws {
        var text = "名称,電話番号,住所,備考\r\n"
        var count = 0
        while text.utf8.count < 1_000_000 {
            count += 1
            text += "みらい市 相談窓口\(count),0120-000-\(count % 1000),\"みらい市中央1-\(count), 2階\",\"予約制\r\n「人生会議」の\"\"相談\"\"\"\r\n"
        }
        let bytes = Array(text.utf8)
        let clock = ContinuousClock()
        var result: (CSVTable?, [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = CSVRun.read(bytes) }
        #expect(result.1.isEmpty)
        let table = try #require(result.0)
        #expect(table.rows.count == count)
        #expect(table.rows.last?["備考"]?.text == "予約制\n「人生会議」の\"相談\"")
        #expect(table.rows.last?.location == CSVRun.at(2 * count, 1))
        #expect(elapsed < TimeBound.scaled(.milliseconds(1000)), "1 MB took \(elapsed)")
        print("CSV: \(bytes.count) bytes, \(count) rows in \(elapsed)")
    }
}
