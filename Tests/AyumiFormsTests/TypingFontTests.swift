import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// The embedded typing font in `/DR`, the fallback for 𠮷 in Ayumi's own appearances, the
/// field flags, and what it all costs the real note (docs/pdf-output.md, "Fonts").
@Suite("The embedded typing font")
struct TypingFontTests {
    static let realNote = FormBuild.hasRealNote("jinsei-note")

    /// The typing font's cmap by fontTools, against the same rule computed with Python's own
    /// codecs (not Ayumi's iconv code): exactly the characters of the rule that BIZ UD has.
    static let coverageScript = """
        import io, json, sys
        import pikepdf
        from fontTools.ttLib import TTFont
        pdf = pikepdf.open(sys.argv[1])
        form = pdf.Root.AcroForm
        name = str(form.DA).split()[0][1:]
        font = form.DR.Font["/" + name]
        descendant = font.DescendantFonts[0]
        program = descendant.FontDescriptor.FontFile2.read_bytes()
        cmap = set(TTFont(io.BytesIO(program)).getBestCmap())
        original = set(TTFont(sys.argv[2]).getBestCmap())
        def decoded(codec, leads, trails):
            out = set()
            for a in leads:
                for b in trails:
                    try:
                        text = bytes([a, b]).decode(codec)
                    except UnicodeDecodeError:
                        continue
                    if len(text) == 1:
                        out.add(ord(text))
            return out
        kanji = decoded("euc_jp", range(0xB0, 0xF5), range(0xA1, 0xFF))
        rule = set(range(0x20, 0x7F)) | set(range(0xFF01, 0xFF61)) | set(range(0xFF61, 0xFFA0)) | set(range(0x3000, 0x3040))
        rule |= set(range(0x3041, 0x3097)) | set(range(0x3099, 0x3100))
        rule |= {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2025, 0x2026, 0x2212,
                 0xA5, 0xB7, 0x30FB, 0xFFE0, 0xFFE1, 0xFFE2, 0xFFE5}
        rule |= decoded("euc_jp", range(0xA1, 0xFF), range(0xA1, 0xFF))
        rule |= decoded("cp932", [0x87, 0xED, 0xEE, 0xFA, 0xFB, 0xFC], list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)))
        rule |= decoded("euc_jis_2004", range(0xA1, 0xFF), range(0xA1, 0xFF))
        beyond = {c for c in rule if c > 0xFFFF}
        rule -= beyond
        expected = rule & original
        print(json.dumps({
            "da": str(form.DA), "baseFont": str(font.BaseFont), "subtype": str(descendant.Subtype),
            "kanji": len(kanji), "kanjiMissing": len(kanji - cmap), "extra": sorted(cmap - expected),
            "lacking": sorted(expected - cmap), "size": len(cmap), "beyondBMP": len(beyond),
            "has": [chr(c) for c in (0x9AD9, 0xFA11, 0x5FB7) if c in cmap],
        }))
        """

    @Test("the real note's /DR font is embedded and covers exactly the rule: all 6,355 JIS X 0208 kanji, 髙 﨑 德 …",
          .enabled(if: realNote, "templates/jinsei-note"),
          .enabled(if: Readers.python && Readers.fontTools, Comment(rawValue: Readers.installPython)))
    func coverage() throws {
        let built = try #require(try FormBuild.realNote("jinsei-note", rendition: .fillable))
        let path = try built.write("jinsei.pdf")
        let gothic = try #require(FormBuild.manifest.faces(family: "gothic", weight: .regular).first)
        let result = try Run.tool("python3", ["-c", Self.coverageScript, path, gothic.file])
        #expect(result.status == 0, "\(result.standardError)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(facts["da"] as? String == "/BIZGo 12 Tf 0 g")
        #expect(facts["baseFont"] as? String == "/BIZUDGothic-Regular", "untagged: Acrobat is said to refuse a subset-tagged font for typing")
        #expect(facts["subtype"] as? String == "/CIDFontType2")
        #expect(facts["kanji"] as? Int == 6355)
        // JIS X 0213 plane 1's characters beyond the BMP (𠀋 …) are left out (TypingCharacters).
        #expect(facts["beyondBMP"] as? Int == 26)
        #expect(facts["kanjiMissing"] as? Int == 0)
        #expect(facts["has"] as? [String] == ["髙", "﨑", "德"])
        #expect((facts["extra"] as? [Int])?.isEmpty == true, "\(facts["extra"] ?? "")")
        #expect((facts["lacking"] as? [Int])?.isEmpty == true, "\(facts["lacking"] ?? "")")
    }

    @Test("the real fillable note is under 3 MB and byte-identical across two builds",
          .enabled(if: realNote, "templates/jinsei-note"))
    func sizeAndReproducibility() throws {
        let first = try #require(try FormBuild.realNote("jinsei-note", rendition: .fillable))
        let second = try #require(try FormBuild.realNote("jinsei-note", rendition: .fillable))
        #expect(first.pdf.count < 3_000_000, "\(first.pdf.count) bytes")
        #expect(first.pdf == second.pdf)
    }

    @Test("no text field has DoNotScroll; /MaxLen only on comb fields and the parts of a date",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func flags() throws {
        let script = """
            import json, sys
            import pikepdf
            pdf = pikepdf.open(sys.argv[1])
            out = []
            def visit(field, name):
                full = name + ("." if name else "") + str(field.get("/T", ""))
                kids = field.get("/Kids")
                kind = field.get("/FT")
                if kind is None and "/Parent" in field:
                    kind = field.Parent.get("/FT")
                if str(kind) == "/Tx":
                    out.append({"name": full, "flags": int(field.get("/Ff", 0)), "maxLen": int(field.get("/MaxLen", 0))})
                elif kids is not None:
                    for kid in kids:
                        if "/T" in kid:
                            visit(kid, full)
            for field in pdf.Root.AcroForm.Fields:
                visit(field, "")
            print(json.dumps(out))
            """
        let result = try Run.tool("python3", ["-c", script, FormBuild.fillableNotePath])
        #expect(result.status == 0, "\(result.standardError)")
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        let combs = Set(FormBuild.fillableNote.widgets.filter { if case .comb = $0.kind { true } else { false } }.map(\.name))
        // The note's one comb (郵便番号) is a plain field in the fillable rendition (FieldLayout.comb).
        #expect(!fields.isEmpty && combs.isEmpty)
        #expect(fields.contains { $0["name"] as? String == "postal_code" && ($0["maxLen"] as? Int ?? -1) <= 0 })
        for field in fields {
            let name = field["name"] as? String ?? "", flags = field["flags"] as? Int ?? -1, maxLen = field["maxLen"] as? Int ?? -1
            #expect(flags & (1 << 23) == 0, "\(name) has DoNotScroll")
            let isDatePart = ["year", "month", "day"].contains(name.split(separator: ".").last.map(String.init) ?? "")
            #expect((maxLen > 0) == (combs.contains(name) || isDatePart), "\(name): /MaxLen \(maxLen)")
        }
    }

    static let hardValue = "山田 髙﨑 𠮷野家（テスト）～１２３"

    @Test("a pre-filled 「山田 髙﨑 𠮷野家（テスト）～１２３」 flattens and extracts exactly; 𠮷 from the Noto fallback, nothing missing",
          .enabled(if: Readers.qpdf && Readers.poppler, "apt-get install qpdf poppler-utils"))
    func fallbackInAppearance() throws {
        let built = try FormBuild.note { layout in
            for page in layout.pages.indices {
                for item in layout.pages[page].items.indices {
                    guard case .fieldWidget(var widget) = layout.pages[page].items[item], widget.name == "address",
                          widget.rendition == .fillable else { continue }
                    widget.value = Self.hardValue
                    layout.pages[page].items[item] = .fieldWidget(widget)
                }
            }
        }
        #expect(built.finished.missingCharacters.isEmpty, "\(built.finished.missingCharacters)")
        #expect(built.finished.overflowingFields.isEmpty)
        let widget = try #require(built.widgets.first { $0.name == "address" })
        #expect(widget.value == Self.hardValue)
        let path = try built.write("hard.pdf")
        let fonts = try Run.tool("pdffonts", [path]).standardOutput.split(separator: "\n").dropFirst(2)
        let typing = try #require(fonts.first { $0.hasPrefix("BIZUDGothic-Regular ") }, "\(fonts)")
        #expect(typing.split(separator: " ")[1...6] == ["CID", "TrueType", "Identity-H", "yes", "no", "yes"], "emb, not sub, uni")
        let noto = try #require(fonts.first { $0.contains("+NotoSansCJKjp-Regular ") }, "\(fonts)")
        #expect(noto.split(separator: " ")[1...6] == ["CID", "Type", "0C", "Identity-H", "yes", "yes"], "\(noto)")

        let text = try Self.flattenedText(of: widget, in: path, inset: 2)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == Self.hardValue)
    }

    /// The text a widget's appearance shows once `path` is flattened (`qpdf
    /// --flatten-annotations=all`), read by `pdftotext` inside its rectangle shrunk by `inset`.
    static func flattenedText(of widget: FieldWidget, in path: String, inset: Double) throws -> String {
        let flat = Repository.temporaryFolder() + "/flat.pdf"
        #expect(try Run.tool("qpdf", ["--flatten-annotations=all", path, flat]).status == 0)
        let rect = widget.rect.inset(by: inset)
        return try Run.tool("pdftotext", [
            "-enc", "UTF-8", "-r", "72", "-f", "\(widget.pageIndex + 1)", "-l", "\(widget.pageIndex + 1)",
            "-x", "\(Int(rect.minX))", "-y", "\(Int(rect.minY))", "-W", "\(Int(rect.width.rounded(.down)))",
            "-H", "\(Int(rect.height.rounded(.down)))", flat, "-",
        ]).standardOutput
    }

    /// The test note with `values` put into the fillable widgets of those names.
    static func note(with values: [String: String]) throws -> FormBuild.Built {
        try FormBuild.note { layout in
            for page in layout.pages.indices {
                for item in layout.pages[page].items.indices {
                    guard case .fieldWidget(var widget) = layout.pages[page].items[item], let value = values[widget.name],
                          widget.rendition == .fillable else { continue }
                    widget.value = value
                    layout.pages[page].items[item] = .fieldWidget(widget)
                }
            }
        }
    }

    @Test("a long pre-filled answer shrinks to fit and is all in the print; one too long even at 7 pt is reported by field, never by value",
          .enabled(if: Readers.qpdf && Readers.poppler, "apt-get install qpdf poppler-utils"))
    func longValues() throws {
        let letter = String(repeating: "痛みはできるだけ和らげてほしいです。", count: 6)
        let built = try Self.note(with: ["medical_note": letter, "full_name": "山田　花子"])
        #expect(built.finished.overflowingFields.isEmpty)
        let widget = try #require(built.widgets.first { $0.name == "medical_note" })
        let path = try built.write("long.pdf")
        let text = try Self.flattenedText(of: widget, in: path, inset: 1)
        #expect(text.filter { !$0.isWhitespace } == letter, "every character of the answer prints")

        let tooLong = try Self.note(with: ["medical_note": String(repeating: letter, count: 20), "full_name": String(repeating: "山田花子", count: 30)])
        #expect(tooLong.finished.overflowingFields.sorted() == ["full_name", "medical_note"])
    }
}
