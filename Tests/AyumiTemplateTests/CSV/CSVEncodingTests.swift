import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing

@Suite("CSV encodings")
struct CSVEncodingTests {
    static let fixtures = "Tests/AyumiTemplateTests/Fixtures/csv"

    /// The text Scripts/gen-cp932-fixture.py encodes as contacts-cp932.csv.
    static let contacts: [[String]] = [
        ["①みらい市 高齢者支援課", "0120-000-000", "9時～17時", "ｱｲｳ相談窓口"],
        ["㈱みらいケアサービス", "03-0000-0000", "平日 9時～18時,土曜 9時～12時", "担当 髙橋\n「人生会議」は予約制"],
    ]

    @Test("an Excel Shift_JIS file is detected, read exactly, and warned about")
    func detectsShiftJIS() throws {
        let path = Repository.path("\(Self.fixtures)/contacts-cp932.csv")
        var diagnostics = Diagnostics()
        let table = try #require(CSVTable.load(path, diagnostics: &diagnostics))
        #expect(table.encoding == .shiftJIS)
        #expect(table.keys == ["名称", "電話番号", "受付時間", "備考"])
        #expect(table.rows.map { $0.cells.map(\.text) } == Self.contacts)
        // ～ is U+FF5E (FULLWIDTH TILDE) as Windows maps 0x8160, not U+301C WAVE DASH.
        #expect(table.rows[0]["受付時間"]?.text.unicodeScalars.map(\.value).contains(0xFF5E) == true)
        #expect(table.rows[1]["備考"]?.location == SourceLocation(file: path, line: 3, column: 47))
        #expect(diagnostics.all.map(\.description) == [
            "\(path):1:1: warning: the CSV file is not UTF-8, so it was read as Shift_JIS (CP932)",
        ])
        #expect(diagnostics.all.first?.hints.first?.contains("CSV UTF-8 (コンマ区切り)") == true)
    }

    @Test("declared Shift_JIS reads the same, without a warning")
    func declaredShiftJIS() throws {
        var diagnostics = Diagnostics()
        let table = try #require(CSVTable.load(Repository.path("\(Self.fixtures)/contacts-cp932.csv"), encoding: .shiftJIS,
                                               diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(table.rows.map { $0.cells.map(\.text) } == Self.contacts)
    }

    /// Every CP932 character (NEC row 13, NEC-selected and IBM extensions included), checked
    /// against the code point Python's cp932 codec gives.
    @Test("every CP932 character decodes as Windows decodes it")
    func everyCharacter() throws {
        var diagnostics = Diagnostics()
        let table = try #require(CSVTable.load(Repository.path("\(Self.fixtures)/cp932-all.csv"), encoding: .shiftJIS,
                                               diagnostics: &diagnostics))
        #expect(table.rows.count == 7883)
        var wrong: [String] = []
        for row in table.rows {
            guard let bytes = row["bytes"]?.text, let code = row["code_point"]?.text, let character = row["character"]?.text
            else { continue }
            let scalars = character.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }
            if scalars != [code.drop { $0 == "0" }.isEmpty ? "0" : String(code.drop { $0 == "0" })] {
                wrong.append("\(bytes): \(scalars) instead of \(code)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, e.g. \(wrong.prefix(5))")
        let characters = Set(table.rows.compactMap { $0["character"]?.text })
        for expected in ["①", "㈱", "№", "～", "∥", "－", "￢", "ⅰ", "髙", "﨑", "ｱ", "漢", "字", "熙"] {
            #expect(characters.contains(expected), "\(expected)")
        }
    }

    /// Foundation's `.shiftJIS` reads these three control bytes as U+001C, U+007F and U+001A in
    /// any text with a non-ASCII byte (measured on Debian 12, Swift 6.3.1); CP932 does not.
    @Test("control bytes, the backslash and 外字 decode as CP932 has them")
    func controlsAndUserDefined() throws {
        let bytes: [UInt8] = [0x61, 0x0A, 0x82, 0xA0, 0x1A, 0x1C, 0x7F, 0x5C, 0x7E, 0xF0, 0x40, 0xF9, 0xFC, 0x0A]
        let (table, diagnostics) = CSVRun.read(bytes, encoding: .shiftJIS)
        #expect(diagnostics.isEmpty)
        let cell = try #require(table?.rows.first?.cells.first)
        #expect(cell.text.unicodeScalars.map(\.value) == [0x3042, 0x1A, 0x1C, 0x7F, 0x5C, 0x7E, 0xE000, 0xE757])
    }

    @Test("a 1 MB Shift_JIS file is detected and read in under a second")
    func largeShiftJIS() throws {
        let fixture = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repository.path("\(Self.fixtures)/contacts-cp932.csv"))))
        let headerEnd = try #require(fixture.firstIndex(of: 0x0A)) + 1
        var bytes = Array(fixture[..<headerEnd])
        let rows = Array(fixture[headerEnd...])
        var copies = 0
        while bytes.count < 1_000_000 { bytes += rows; copies += 1 }
        let clock = ContinuousClock()
        var result: (CSVTable?, [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = CSVRun.read(bytes) }
        let table = try #require(result.0)
        #expect(table.encoding == .shiftJIS)
        #expect(table.rows.count == 2 * copies)
        #expect(table.rows.last.map { $0.cells.map(\.text) } == Self.contacts[1])
        #expect(elapsed < TimeBound.scaled(.milliseconds(1000)), "1 MB took \(elapsed)")
        print("CSV (Shift_JIS): \(bytes.count) bytes, \(table.rows.count) rows in \(elapsed)")
    }

    @Test("UTF-8 with and without BOM, detected or declared")
    func utf8() throws {
        for bytes in [Array("名称\n①\n".utf8), [0xEF, 0xBB, 0xBF] + Array("名称\n①\n".utf8)] {
            for encoding in [CSVEncoding.automatic, .utf8] {
                let (table, diagnostics) = CSVRun.read(bytes, encoding: encoding)
                #expect(diagnostics.isEmpty)
                #expect(table?.rows.first?["名称"]?.text == "①")
                #expect(table?.encoding == .utf8)
            }
        }
    }

    @Test("bytes that are not text are located", arguments: [
        // A Shift_JIS file read as declared UTF-8: 名称 in CP932 on line 2.
        ([0x61, 0x0A, 0x96, 0xBC, 0x8F, 0xCC, 0x0A] as [UInt8], CSVEncoding.utf8,
         "list.csv:2:1: error: the CSV file is not UTF-8 text"),
        // UTF-8 with one broken byte, detected: located in UTF-8 terms.
        (Array("a,b\nあい,".utf8) + [0xFF] + Array("\n".utf8), .automatic,
         "list.csv:2:4: error: the CSV file is neither UTF-8 nor Shift_JIS text"),
        // Shift_JIS with a lead byte cut off at the end of a cell, detected: located in Shift_JIS terms.
        ([0x61, 0x2C, 0x62, 0x0A, 0x96, 0xBC, 0x2C, 0x8F, 0x0A, 0x31, 0x2C, 0x32, 0x0A] as [UInt8], .automatic,
         "list.csv:2:3: error: the CSV file is neither UTF-8 nor Shift_JIS text"),
        // Declared Shift_JIS with a byte CP932 does not have.
        ([0x61, 0x0A, 0x96, 0xBC, 0xFF, 0x0A] as [UInt8], .shiftJIS,
         "list.csv:2:2: error: the CSV file is not Shift_JIS (CP932) text"),
        // Excel's 「Unicode テキスト」.
        ([0xFF, 0xFE, 0x61, 0x00] as [UInt8], .automatic,
         "list.csv:1:1: error: the CSV file is UTF-16 text, which Ayumi does not read"),
    ])
    func notText(bytes: [UInt8], encoding: CSVEncoding, message: String) {
        let (table, diagnostics) = CSVRun.read(bytes, encoding: encoding)
        #expect(table == nil)
        #expect(diagnostics.map(\.description) == [message])
        #expect(diagnostics.first?.hints.isEmpty == false)
    }

    @Test("a file that does not exist")
    func missing() {
        var diagnostics = Diagnostics()
        #expect(CSVTable.load("nowhere.csv", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.description) == ["error: the CSV file `nowhere.csv` does not exist"])
    }
}
