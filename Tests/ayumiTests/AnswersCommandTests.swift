import AyumiAnswers
import AyumiModel
import AyumiQPDF
import AyumiTemplate
import AyumiTestSupport
import Foundation
import Testing
import Yams

/// `ayumi answers` and `build --rendition fillable --fill`, run as staff would: the real
/// executable, the real notes, and PDFs saved by pdf.js and PDFium.
@Suite("ayumi answers")
struct AnswersCommandTests {
    static let residents = [
        ("jinsei-note", "martinez-sawako"), ("jinsei-note", "morikawa-hanako"), ("jinsei-note", "tsuchiyoshi-shozo"),
        ("kizuna-note", "morikawa-hanako"),
    ]

    static func edition(_ template: String) -> String { "examples/\(template)/edition.yaml" }

    /// The template's fields, bound to its edition as `ayumi answers` binds them.
    static func declarations(_ template: String) throws -> FormDeclarations {
        var diagnostics = Diagnostics()
        let manifest = try #require(FontManifestLoader.load(Repository.path("fonts/manifest.yaml"), diagnostics: &diagnostics))
        let loaded = try #require(Template.load(directory: Repository.path("templates/" + template), diagnostics: &diagnostics))
        let document = try #require(TemplateBinder(knownFamilies: manifest.familyNames)
            .bind(loaded, dataFiles: [Repository.path(edition(template))], rendition: .fillable, diagnostics: &diagnostics))
        return FormDeclarations(document: document, templateName: loaded.declaredName)
    }

    static func answers(_ pdf: String, template: String, to output: String, environment: [String: String] = [:]) throws -> ProcessResult {
        try Run.ayumi(["answers", pdf, "--template", "templates/" + template, "--data", edition(template), "-o", output],
                      environment: environment)
    }

    static func yaml(_ path: String) throws -> Node.Mapping {
        try #require(try Yams.compose(yaml: String(contentsOfFile: path, encoding: .utf8), .basic)?.mapping)
    }

    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("a round trip from each example resident: fillable with answers → ayumi answers → the same answers",
          arguments: residents)
    func roundTrip(template: String, resident: String) throws {
        let folder = Repository.temporaryFolder()
        let original = "examples/\(template)/residents/\(resident).yaml"
        let pdf = folder + "/filled.pdf", read = folder + "/read.yaml"
        let built = try Run.ayumi(["build", "templates/" + template, "--data", Self.edition(template), "--rendition", "fillable",
                                   "--fill", original, "-o", pdf])
        #expect(built.status == 0, "\(built.standardError)")
        #expect(try Self.mode(pdf) == 0o600)
        let result = try Self.answers(pdf, template: template, to: read)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty, "no field unknown, no date impossible: \(result.standardError)")
        #expect(try Self.mode(read) == 0o600)

        let declarations = try Self.declarations(template)
        let given = try Self.yaml(Repository.path(original)), got = try Self.yaml(read)
        var compared: [String] = []
        for declaration in declarations.declarations {
            let key = declaration.name
            guard let answer = given[key] else {
                #expect(got[key] == nil, "`\(key)` is not in the resident's file")
                continue
            }
            compared.append(key)
            switch declaration {
            case .text(_, _?):
                // The build keeps a comb field's characters only: `000-0012` is typed in as 0000012.
                #expect(got[key]?.string == answer.string?.filter { $0 != "-" && $0 != " " }, "\(key)")
            case .choice(_, let options, true, _):
                // A check list comes back in the order of its options: a PDF records which boxes are
                // checked, not the order the resident listed them. Written words share one 「その他」.
                let words = answer.sequence?.compactMap(\.string) ?? []
                let expected = options.filter(words.contains) + [words.filter { !options.contains($0) }.joined(separator: "、")]
                    .filter { !$0.isEmpty }
                #expect(got[key]?.sequence?.compactMap(\.string) == expected, "\(key)")
            case .table(_, let keys, _):
                // Rows come back with their non-empty cells, in column order; empty rows are left out.
                let rows = answer.sequence?.map { row in
                    keys.compactMap { key in row.mapping?[key]?.string.flatMap { $0.isEmpty ? nil : "\(key)=\($0)" } }
                } ?? []
                let back = got[key]?.sequence?.map { row in row.mapping?.map { "\($0.key.string ?? "")=\($0.value.string ?? "")" } ?? [] }
                #expect(back == rows.filter { !$0.isEmpty }, "\(key)")
            default:
                #expect(got[key] == answer, "\(key)")
            }
        }
        // Every key of the resident's file is a field (the build refuses others), and nothing is added.
        #expect(Set(given.keys.compactMap(\.string)) == Set(compared))
        #expect(Set(got.keys.compactMap(\.string)) == Set(compared))
    }

    @Test("the fillable PDF with answers shows them: flattened, the appearances give the text")
    func prefilledAppearances() throws {
        let folder = Repository.temporaryFolder()
        let pdf = folder + "/filled.pdf", flat = folder + "/flat.pdf"
        let built = try Run.ayumi(["build", "templates/kizuna-note", "--data", Self.edition("kizuna-note"), "--rendition", "fillable",
                                   "--fill", "examples/kizuna-note/residents/morikawa-hanako.yaml", "-o", pdf])
        #expect(built.status == 0, "\(built.standardError)")
        _ = try Run.tool("qpdf", ["--flatten-annotations=all", pdf, flat])
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", flat, "-"]).standardOutput.withoutWhitespace
        let given = try Self.yaml(Repository.path("examples/kizuna-note/residents/morikawa-hanako.yaml"))
        for key in ["full_name", "name_kana", "address", "called_name"] {
            let value = try #require(given[key]?.string)
            #expect(text.contains(value.withoutWhitespace), "\(key)")
        }
    }

    /// Values a resident types: kana, common and rare kanji, full-width brackets, ～, digits, and a
    /// letter of several lines; the date as era, year, month and day; a radio button, check boxes
    /// and 「その他」.
    static let letter = String(repeating: "いつもありがとう。", count: 12) + "\n（）［］～－ 髙﨑德 12345\n" + "さいごの行です。"

    static func typed(rareKanji: String) -> [String: String] {
        [
            "full_name": "\(rareKanji) 花子", "name_kana": "たかさき はなこ", "phone": "000-555-0123",
            "birthday.era": "@1", "birthday.year": "19", "birthday.month": "6", "birthday.day": "12",
            "living": "@3", "living_other": "娘（由美）の家～週末だけ",
            "care_important.2": "@0", "care_important.9": "@0", "care_important.other": "庭の花",
            "message_1": letter,
        ]
    }

    @Test("notes filled and saved by pdf.js and by PDFium read back to every typed value, and --fill prints them",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/nodejs/pdfjs-dist/build/pdf.js")),
          arguments: ["pdfjs", "pdfium"])
    func savedByViewers(engine: String) throws {
        let folder = Repository.temporaryFolder()
        let blank = folder + "/kizuna.pdf", saved = folder + "/saved.pdf", read = folder + "/read.yaml", reprint = folder + "/print.pdf"
        #expect(try Run.ayumi(["build", "templates/kizuna-note", "--data", Self.edition("kizuna-note"), "--rendition", "fillable",
                               "-o", blank]).status == 0)
        // PDFium drops 𠮷 when it is typed (issue 13, a PDFium bug), so PDFium types 髙﨑 only.
        let typed = Self.typed(rareKanji: engine == "pdfjs" ? "髙﨑𠮷" : "髙﨑")
        let assignments = typed.keys.sorted().map { "\($0)=\(typed[$0]!)" }
        let scripts = Repository.path("Tests/AyumiFormsTests/Scripts")
        let fill = engine == "pdfjs"
            ? try Run.tool("node", [scripts + "/pdfjs.js", "fill", blank, saved] + assignments)
            : try Run.tool("python3", [scripts + "/readers.py", "pdfium-fill", blank, saved] + assignments)
        #expect(fill.status == 0, "\(fill.standardError)")
        // The viewer kept the Info dictionary, and with it the template's name.
        #expect(try SavedFormReader.read([UInt8](Data(contentsOf: URL(fileURLWithPath: saved)))).templateIdentifier == "kizuna-note")

        let result = try Self.answers(saved, template: "kizuna-note", to: read)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty, "\(result.standardError)")
        let declarations = try Self.declarations("kizuna-note")
        var living: [String] = [], eras: [Era] = [], values: [String] = []
        for declaration in declarations.declarations {
            switch declaration {
            case .choice("living", let options, _, _): living = options
            case .choice("care_important", let options, _, _): values = options
            case .date("birthday", let list): eras = list
            default: break
            }
        }
        #expect(eras.count > 1 && eras[1] == .showa, "widget 1 of birthday.era is 昭和")
        #expect(living.count == 3, "widget 3 of living is その他")
        let got = try Self.yaml(read)
        #expect(got.keys.compactMap(\.string) == ["full_name", "name_kana", "birthday", "phone", "living", "care_important", "message_1"])
        #expect(got["full_name"]?.string == typed["full_name"])
        #expect(got["name_kana"]?.string == typed["name_kana"])
        #expect(got["birthday"]?.string == "1944-06-12")
        #expect(got["phone"]?.string == typed["phone"])
        #expect(got["living"]?.string == typed["living_other"])
        #expect(got["care_important"]?.sequence?.compactMap(\.string) == [values[1], "庭の花"])
        #expect(got["message_1"]?.string == Self.letter, "line breaks made \\n (PDFium saves \\r\\n)")

        let printed = try Run.ayumi(["build", "templates/kizuna-note", "--data", Self.edition("kizuna-note"), "--fill", read,
                                     "-o", reprint])
        #expect(printed.status == 0, "\(printed.standardError)")
        #expect(try Self.mode(reprint) == 0o600)
        let text = try Run.tool("pdftotext", ["-enc", "UTF-8", reprint, "-"]).standardOutput.withoutWhitespace
        for value in [typed["full_name"]!, typed["name_kana"]!, "19年6月12日", typed["phone"]!, typed["living_other"]!, "庭の花",
                      Self.letter] {
            #expect(text.contains(value.withoutWhitespace), "\(value.prefix(12)) printed")
        }
    }

    @Test("a PDF of another template is refused with one message at the PDF, pointing at the right template")
    func otherTemplate() throws {
        let folder = Repository.temporaryFolder()
        let pdf = folder + "/kizuna.pdf"
        #expect(try Run.ayumi(["build", "templates/kizuna-note", "--data", Self.edition("kizuna-note"), "--rendition", "fillable",
                               "--fill", "examples/kizuna-note/residents/morikawa-hanako.yaml", "-o", pdf]).status == 0)
        let result = try Self.answers(pdf, template: "jinsei-note", to: folder + "/out.yaml")
        #expect(result.status == 1)
        #expect(result.standardError == """
            \(pdf):1:1: error: this PDF was made from the template `kizuna-note`, not from `jinsei-note` (templates/jinsei-note)
              hint: give --template templates/kizuna-note

            """)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.yaml"))
        let japanese = try Self.answers(pdf, template: "jinsei-note", to: folder + "/out.yaml", environment: ["LANG": "ja_JP.UTF-8"])
        #expect(japanese.standardError.contains("この PDF はテンプレート `kizuna-note` から作られたもので、`jinsei-note`（templates/jinsei-note）のものではありません"))
    }

    @Test("garbage bytes, a PDF without fields, a missing file: clear errors, exit 1; no --data: usage, exit 2")
    func badInputs() throws {
        let folder = Repository.temporaryFolder()
        try Data("this is no PDF\n".utf8).write(to: URL(fileURLWithPath: folder + "/garbage.pdf"))
        let garbage = try Self.answers(folder + "/garbage.pdf", template: "kizuna-note", to: folder + "/out.yaml")
        #expect(garbage.status == 1)
        #expect(garbage.standardError.hasPrefix(
            "\(folder)/garbage.pdf:1:1: error: cannot read the fields of this PDF: it is not a PDF, or it is damaged beyond repair"),
                "\(garbage.standardError)")

        let blank = folder + "/blank.pdf"
        #expect(try Run.ayumi(["build", "templates/kizuna-note", "--data", Self.edition("kizuna-note"), "-o", blank]).status == 0)
        let noFields = try Self.answers(blank, template: "kizuna-note", to: folder + "/out.yaml")
        #expect(noFields.status == 1)
        #expect(noFields.standardError.contains("error: this PDF has no form fields: it is not a fillable PDF"))

        let missing = try Self.answers(folder + "/nothing.pdf", template: "kizuna-note", to: folder + "/out.yaml")
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("error: the filled PDF `\(folder)/nothing.pdf` does not exist"))

        let usage = try Run.ayumi(["answers", blank, "--template", "templates/kizuna-note", "-o", folder + "/out.yaml"])
        #expect(usage.status == 2)
        #expect(usage.standardError.contains("Give the edition data the PDF was built with"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.yaml"))

        let over = try Self.answers(blank, template: "kizuna-note", to: blank)
        #expect(over.status == 2)
        #expect(over.standardError.contains("-o names the filled PDF itself"))
        #expect(FileManager.default.contents(atPath: blank)?.starts(with: Array("%PDF".utf8)) == true)
    }

    @Test("an impossible date is reported by the field's name and left out; no typed value is ever printed")
    func impossibleDate() throws {
        let folder = Repository.temporaryFolder()
        let blank = folder + "/kizuna.pdf", saved = folder + "/saved.pdf", read = folder + "/read.yaml"
        #expect(try Run.ayumi(["build", "templates/kizuna-note", "--data", Self.edition("kizuna-note"), "--rendition", "fillable",
                               "-o", blank]).status == 0)
        // 昭和64年1月8日 was 平成元年1月8日.
        let fill = try Run.tool("node", [Repository.path("Tests/AyumiFormsTests/Scripts/pdfjs.js"), "fill", blank, saved,
                                         "birthday.era=@1", "birthday.year=64", "birthday.month=1", "birthday.day=8",
                                         "full_name=秘密の名前"])
        #expect(fill.status == 0, "\(fill.standardError)")
        let result = try Self.answers(saved, template: "kizuna-note", to: read)
        #expect(result.status == 0)
        #expect(result.standardError == """
            \(saved):1:1: warning: the date `birthday` does not exist in its era or calendar; it was left out

            """)
        #expect(!result.standardOutput.contains("秘密") && !result.standardError.contains("秘密"))
        #expect(try String(contentsOfFile: read, encoding: .utf8).contains("full_name: 秘密の名前\n"))
        #expect(try Self.yaml(read)["birthday"] == nil)
    }
}

extension AnswersCommandTests {
    @Test("a note typed in and saved by MuPDF, and the same file rewritten by qpdf with object streams, read back alike")
    func mupdfAndObjectStreams() throws {
        let folder = Repository.temporaryFolder()
        let blank = folder + "/kizuna.pdf", saved = folder + "/mupdf.pdf", streams = folder + "/streams.pdf"
        #expect(try Run.ayumi(["build", "templates/kizuna-note", "--data", Self.edition("kizuna-note"), "--rendition", "fillable",
                               "-o", blank]).status == 0)
        let letter = "ありがとう。\n二行目 髙﨑（）～"
        let fill = try Run.tool("mutool", ["run", Repository.path("Tests/AyumiFormsTests/Scripts/mutool-forms.js"), "fill", blank, saved,
                                           "full_name=髙﨑 花子", "living_other=娘の家", "message_1=\(letter)"])
        #expect(fill.status == 0, "\(fill.standardError)")
        #expect(try Run.tool("qpdf", ["--object-streams=generate", saved, streams]).status == 0)
        for pdf in [saved, streams] {
            #expect(try SavedFormReader.read([UInt8](Data(contentsOf: URL(fileURLWithPath: pdf)))).templateIdentifier == "kizuna-note")
            let read = pdf + ".yaml"
            let result = try Self.answers(pdf, template: "kizuna-note", to: read)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(try String(contentsOfFile: read, encoding: .utf8).split(separator: "\n").dropFirst() == [
                "full_name: 髙﨑 花子", "living: 娘の家", "message_1: |-", "  ありがとう。", "  二行目 髙﨑（）～",
            ])
        }
    }
}

extension AnswersCommandTests {
    /// A saved note whose Info dictionary lost `/AyumiTemplate` (as a viewer that drops it would save it).
    static func withoutTemplateName(_ pdf: String, to output: String) throws {
        let script = "import pikepdf, sys\npdf = pikepdf.open(sys.argv[1])\ndel pdf.trailer.Info['/AyumiTemplate']\npdf.save(sys.argv[2])\n"
        let result = try Run.tool("python3", ["-c", script, pdf, output])
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test("without the template's name, fields decide: the shared ones read, the others named in warnings; mostly unknown is refused")
    func withoutIdentifier() throws {
        let folder = Repository.temporaryFolder()
        let kizuna = folder + "/kizuna.pdf", jinsei = folder + "/jinsei.pdf"
        for (template, pdf) in [("kizuna-note", kizuna), ("jinsei-note", jinsei)] {
            let filled = pdf + ".filled.pdf"
            #expect(try Run.ayumi(["build", "templates/" + template, "--data", Self.edition(template), "--rendition", "fillable",
                                   "--fill", "examples/\(template)/residents/morikawa-hanako.yaml", "-o", filled]).status == 0)
            try Self.withoutTemplateName(filled, to: pdf)
            #expect(try SavedFormReader.read([UInt8](Data(contentsOf: URL(fileURLWithPath: pdf)))).templateIdentifier == nil)
        }
        // The 絆ノート read as a 人生ノート: its fields of the same names are the same questions.
        let read = folder + "/read.yaml"
        let shared = try Self.answers(kizuna, template: "jinsei-note", to: read)
        #expect(shared.status == 0, "\(shared.standardError)")
        let jinseiFields = Set(try Self.declarations("jinsei-note").declarations.map(\.name))
        let kizunaAnswers = try Self.yaml(Repository.path("examples/kizuna-note/residents/morikawa-hanako.yaml"))
        let got = try Self.yaml(read)
        #expect(Set(got.keys.compactMap(\.string)) == Set(kizunaAnswers.keys.compactMap(\.string)).intersection(jinseiFields))
        let warned = shared.standardError.split(separator: "\n").map(String.init)
        #expect(!warned.isEmpty && warned.allSatisfy {
            $0.hasPrefix("\(kizuna):1:1: warning: the field `") && $0.hasSuffix("` is not one of the template's; it was left out")
        }, "\(warned)")
        for value in kizunaAnswers.values.compactMap(\.string) where value.count > 3 {
            #expect(!shared.standardError.contains(value))
        }
        // The 人生ノート read as a 絆ノート: most of its fields are unknown, so it is refused.
        let other = try Self.answers(jinsei, template: "kizuna-note", to: folder + "/other.yaml")
        #expect(other.status == 1)
        #expect(other.standardError.contains("fields are not fields of the template `kizuna-note`: it seems to be another template's PDF"))
        #expect(other.standardError.contains("hint: give --template the folder of the template the PDF was built from"))
    }
}
