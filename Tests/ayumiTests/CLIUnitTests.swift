import ArgumentParser
import AyumiModel
import Testing
@testable import ayumi

/// The command line's own pieces, tested directly: locale, catalog, patterns, names, pages.
@Suite("Command line: locale and messages")
struct LocaleAndMessageTests {
    @Test("the locale: LC_ALL, then LC_MESSAGES, then LANG; ja… is Japanese, anything else English",
          arguments: [
              (["LANG": "ja_JP.UTF-8"], Language.japanese),
              (["LANG": "ja_JP.eucJP"], .japanese),
              (["LANG": "ja"], .japanese),
              (["LANG": "C"], .english),
              (["LANG": "C.UTF-8"], .english),
              (["LANG": "en_GB.UTF-8"], .english),
              ([:], .english),
              (["LANG": "ja_JP.UTF-8", "LC_ALL": "C"], .english),
              (["LANG": "C", "LC_MESSAGES": "ja_JP.UTF-8"], .japanese),
              (["LANG": "C", "LC_ALL": "", "LC_MESSAGES": "ja_JP.UTF-8"], .japanese),
              (["LC_ALL": "ja_JP.UTF-8", "LC_MESSAGES": "C"], .japanese),
          ])
    func locale(environment: [String: String], expected: Language) {
        #expect(Language.from(environment: environment) == expected)
    }

    @Test("messages the stages word in English are recognised and get the catalog's Japanese")
    func translatesLibraryDiagnostics() {
        let cases: [(String, String)] = [
            ("there is no template in `templates/x` (no template.yaml)", "`templates/x` にテンプレートがありません（template.yaml がありません）"),
            ("the data file `a.yaml` does not exist", "データファイル `a.yaml` がありません"),
            ("the data file is not UTF-8 text", "データファイルの文字コードが UTF-8 ではありません"),
            ("unknown key `titel` in the data for this template", "このテンプレートのデータに `titel` というキーはありません"),
            ("the data has no `title`（題名）, which this template needs",
             "データに `title`（題名） がありません。このテンプレートでは必ず書く項目です"),
            ("no font can show U+E000 (a private-use character)", "U+E000 （外字：私用領域の文字） を表示できるフォントがありません"),
            ("no font can show U+20BB7 「𠮷」", "U+20BB7 「𠮷」 を表示できるフォントがありません"),
            ("`A3` is not a value `page_size` can take", "`page_size` に `A3` は指定できません"),
        ]
        for (english, japanese) in cases {
            let translated = DiagnosticTranslation.translate(.error(at: nil, english), to: .japanese)
            #expect(translated.message == japanese, "\(english)")
            // English stays exactly as the stage wrote it.
            #expect(DiagnosticTranslation.translate(.error(at: nil, english), to: .english).message == english)
        }
        #expect(DiagnosticTranslation.translate(.error(at: nil, "something new", hints: ["did you mean `A4`?"]), to: .japanese)
            == .error(at: nil, "something new", hints: ["`A4` のことですか？"]))
    }

    @Test("each English catalog entry that mirrors a stage's message reads back as itself")
    func catalogMirrorsStages() {
        let mirrored: [Message] = [
            .templateMissing("t"), .inputMissing(.dataFile, "d.yaml"), .inputNotUTF8(.dataFile), .unknownKey("k", place: "`table`"),
            .requiredMissing("title", label: "題名"), .valueEmpty("title"), .dataFileEmpty, .yamlSyntax("x"),
            .answersNoSuchField("cpr"), .controlCharacter("U+0007"), .csvReadAsShiftJIS, .cannotLayOutYet("field"),
            .formFontLacks(code: "U+0378", field: "name"), .formValueTooLong("memo"), .formFontUnavailable("x"),
            .pictureUnreadable("a.png"), .pictureCutShort("a.png"), .pictureDamaged("a.png", reason: "r"),
            .pictureTooLarge("a.png", width: "20,000", height: "20,000", pixels: "50,000,000", side: "32,767"),
            .fileTooLarge(size: "4.9", limit: "4"), .aliasesExpandToValues("1000000"), .aliasesExpandToText("4"), .tooManyIncludes(500), .tooManyBlocks(100000),
            .tooManyPages(1000, next: 1001), .moreProblems(7950, shown: 50),
            .paperSideTooLarge("`width` of `custom_size`", value: "1200mm", limit: "1000mm"),
            .paperSideNotPositive("`width` of `custom_size`", value: "0mm"),
            .outsideReadable(what: nil, name: "a.yaml", roots: "the template's folder", leadsTo: nil),
            .outsideReadable(what: nil, name: "a.yaml", roots: "the template's folder", leadsTo: "/etc/shadow"),
            .outsideReadable(what: "the CSV file", name: "a.csv", roots: "the folders of the template and the data files", leadsTo: nil),
            .outsideReadable(what: "the CSV file", name: "a.csv", roots: "the folders of the template and the data files",
                             leadsTo: "/x.csv"),
        ]
        for hint in [Message.hintSplitFile, .hintAliasesWriteOut, .hintIncludesMultiply, .hintRepeatMultiplies, .hintSplitDocument, .hintMoreProblems] {
            #expect(DiagnosticTranslation.hint(hint.english) != nil, "\(hint.english)")
        }
        #expect(DiagnosticTranslation.hint(Message.hintOutsideReadable(roots: "the template's folder", folder: "`tpl`").english)
            != nil)
        #expect(DiagnosticTranslation.hint(Message.hintFontUpdated(sha256: "00ff").english) != nil)
        for hint in [Message.hintPictureFormat, .hintPictureCopyAgain, .hintPictureSaveAgain, .hintPictureScaleDown] {
            #expect(DiagnosticTranslation.hint(hint.english) != nil, "\(hint.english)")
        }
        for message in mirrored {
            #expect(DiagnosticTranslation.message(message.english) != nil, "\(message.english)")
        }
    }

    @Test("the shape matcher: {} takes at least one character; the last literal ends the text")
    func patterns() {
        #expect(Pattern.match("unknown key `{}` in {}", "unknown key `a` in the `b`") == ["a", "the `b`"])
        #expect(Pattern.match("`{}` is empty", "`` is empty") == nil)
        #expect(Pattern.match("{} is not UTF-8 text", "the data file is not UTF-8 text") == ["the data file"])
        #expect(Pattern.match("the data file is empty", "the data file is empty") == [])
        #expect(Pattern.match("the data file is empty", "the data file is empty!") == nil)
    }

    @Test("swift-argument-parser's usage errors in Japanese; Ayumi's own already are")
    func usageErrors() {
        let text = """
            Error: Unknown option '--bogus'. Did you mean '--data'?
            Usage: ayumi build <template-dir>
              See 'ayumi build --help' for more information.
            """
        #expect(UsageErrorText.localized(text, language: .japanese) == """
            エラー: '--bogus' というオプションはありません。'--data' のことですか？
            使い方: ayumi build <template-dir>
              くわしくは 'ayumi build --help' を見てください。
            """)
        #expect(UsageErrorText.localized(text, language: .english) == text)
        #expect(UsageErrorText.message("Missing value for '--data <file.yaml>'") == "'--data <file.yaml>' の値を指定してください")
        #expect(UsageErrorText.message("--data でデータファイルを指定してください。") == "--data でデータファイルを指定してください。")
    }

    @Test("summaries: counts in both languages")
    func summaries() {
        #expect(Message.checkSummary(errors: 0, warnings: 0).english == "no problems found")
        #expect(Message.checkSummary(errors: 2, warnings: 1).english == "2 errors, 1 warning")
        #expect(Message.checkSummary(errors: 1, warnings: 0).english == "1 error")
        #expect(Message.checkSummary(errors: 2, warnings: 1).japanese == "エラー2件、警告1件")
        #expect(Message.checkSummary(errors: 0, warnings: 0).japanese == "問題は見つかりませんでした")
    }
}

@Suite("Command line: file names, pages, cells")
struct NamingAndSelectionTests {
    @Test("file names keep the person's characters and lose what file systems refuse",
          arguments: [
              ("山田 花子", "山田 花子"), ("佐藤/一郎", "佐藤_一郎"), ("a:b*c?d\"e<f>g|h\\i", "a_b_c_d_e_f_g_h_i"),
              ("..隠し", "隠し"), ("末尾. ", "末尾"), ("CON", "CON_"), ("nul", "nul_"), ("タブ\tと改行\n", "タブ と改行"),
              ("  二重  空白  ", "二重 空白"), ("\u{30AB}\u{3099}", "\u{30AC}"),
          ])
    func sanitised(input: String, expected: String) {
        #expect(FileNamer.sanitised(input) == expected)
    }

    @Test("names are unique without regard to case, in row order; an empty name becomes row-N")
    func unique() {
        var namer = FileNamer()
        #expect(namer.name(for: "Hanako", row: 2) == "Hanako.pdf")
        #expect(namer.name(for: "hanako", row: 3) == "hanako-2.pdf")
        #expect(namer.name(for: "HANAKO", row: 4) == "HANAKO-3.pdf")
        #expect(namer.name(for: "", row: 5) == "row-5.pdf")
        #expect(namer.name(for: "///", row: 6) == "___.pdf")
    }

    @Test("a long name is cut to 180 bytes at a character boundary")
    func long() {
        let name = FileNamer.sanitised(String(repeating: "あ", count: 100))
        #expect(name.utf8.count <= 180 && name.utf8.count > 170)
        #expect(name.allSatisfy { $0 == "あ" })
    }

    @Test("page selections", arguments: [
        ("3", PageSelection(first: 3, last: 3)), ("2-5", PageSelection(first: 2, last: 5)),
        ("4-", PageSelection(first: 4, last: nil)), ("2–3", PageSelection(first: 2, last: 3)),
        ("2－3", PageSelection(first: 2, last: 3)),
    ])
    func pages(text: String, expected: PageSelection) {
        #expect(PageSelection(parsing: text) == expected)
    }

    @Test("bad page selections", arguments: ["0", "5-2", "a", "-3", "", "1-b"])
    func badPages(text: String) {
        #expect(PageSelection(parsing: text) == nil)
    }

    @Test("a selection clamps to the document and refuses to start past it")
    func clamp() {
        #expect(PageSelection(first: 2, last: 9).pages(of: 3) == 2...3)
        #expect(PageSelection(first: 4, last: nil).pages(of: 3) == nil)
        #expect(PageSelection(first: 1, last: nil).pages(of: 3) == 1...3)
    }

    @Test("a cell of several choices splits at ; ； and line breaks, keeping each item's place")
    func splitChoices() {
        let cell = SourceText("自宅; 子どもの家；施設\nその他", sourceMap: SourceMap(startingAt: SourceLocation(file: "p.csv", line: 2, column: 5)))
        let items = PersonFiles.split(cell)
        #expect(items.map(\.text) == ["自宅", "子どもの家", "施設", "その他"])
        #expect(items[1].location(ofScalarAt: 0) == SourceLocation(file: "p.csv", line: 2, column: 9))
    }

    @Test("--years accepts commas, 、 and full-width digits")
    func years() {
        #expect(Edition.New.parseYears("2028,2029") == [2028, 2029])
        #expect(Edition.New.parseYears("2028, 2029") == [2028, 2029])
        #expect(Edition.New.parseYears("２０２８、２０２９") == [2028, 2029])
        #expect(Edition.New.parseYears("2028;2029") == nil)
        #expect(Edition.New.parseYears("1600") == nil)
    }

    @Test("bleed lengths need a unit and stay within 20 mm")
    func bleed() {
        #expect(BleedLength(argument: "3mm") != nil)
        #expect(BleedLength(argument: "0.3cm") != nil)
        #expect(BleedLength(argument: "3") == nil)
        #expect(BleedLength(argument: "25mm") == nil)
        #expect(BleedLength(argument: "1zw") == nil)
    }
}

@Suite("Command line: exit statuses")
struct ExitStatusTests {
    struct Unexpected: Error {}

    @Test("a command's own status passes through; usage errors give 2; anything unexpected is internal, 3")
    func statuses() {
        #expect(ExitStatus.report(ExitCode(1)) == 1)
        #expect(ExitStatus.report(ExitCode(3)) == 3)
        #expect(ExitStatus.report(ExitCode.validationFailure) == 2)
        #expect(ExitStatus.report(ValidationError("no")) == 2)
        #expect(ExitStatus.report(Unexpected()) == 3)
        #expect(ExitStatus.report(InternalError(description: "x")) == 3)
    }
}
