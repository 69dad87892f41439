import AyumiLayout
import AyumiModel
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

/// The tagged PDF: cairo's structure tags from the layout, and what AyumiPDF adds to them.
@Suite("Structure and accessibility")
struct StructureTests {
    let built = FormBuild.fillableNote
    let path = FormBuild.fillableNotePath

    @Test("pdfinfo -struct lists the headings in order and a Form element with its widget for every widget",
          .enabled(if: Readers.poppler, "apt-get install poppler-utils"))
    func pdfinfoStructure() throws {
        let result = try Run.tool("pdfinfo", ["-struct", path])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "Document")
        let headings = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("H1") || $0.hasPrefix("H2") }
        #expect(headings.map { String($0.prefix(2)) } == ["H1", "H1", "H1", "H2", "H2"], "\(headings)")
        // A Form element directly holding an object: one per widget.
        var formsWithObjects = 0
        for (index, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces) == "Form" {
            if index + 1 < lines.count, lines[index + 1].trimmingCharacters(in: .whitespaces).hasPrefix("Object ") {
                formsWithObjects += 1
            }
        }
        #expect(formsWithObjects == built.widgets.count)
        let text = try Run.tool("pdfinfo", ["-struct-text", path]).standardOutput
        #expect(text.contains("\"わたしのこと\""), "headings carry their text")
        #expect(text.contains("氏名"), "field labels are tagged text")
    }

    @Test("catalog /Lang ja-JP, /MarkInfo /Marked, DisplayDocTitle, /Tabs /S on exactly the pages with widgets",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func catalogAndPages() throws {
        let facts = try Readers.python(["structure", path])
        #expect(facts["lang"] as? String == "ja-JP")
        #expect(facts["marked"] as? Bool == true)
        #expect(facts["tagged"] as? Bool == true)
        #expect(facts["displayDocTitle"] as? Bool == true)
        let tabs = try #require(facts["tabs"] as? [Any])
        let withWidgets = try #require(facts["pagesWithWidgets"] as? [Bool])
        #expect(withWidgets.contains(true))
        for (page, hasWidgets) in withWidgets.enumerated() {
            #expect((tabs[page] as? String == "/S") == hasWidgets, "page \(page + 1)")
        }
        let next = try #require(facts["parentTreeNextKey"] as? Int)
        #expect(next > (facts["maxParentTreeKey"] as? Int ?? .max))
    }

    @Test("figures have /Alt (the picture's alt text, the QR code's description); the outline is Japanese and nested",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func figuresAndOutline() throws {
        let facts = try Readers.python(["structure", path])
        #expect(facts["figures"] as? [String] == ["丸と四角の図", "QRコード：人生会議について（https://example.jp/acp）"])
        let outline = try #require(facts["outline"] as? [[String: Any]])
        #expect(outline.map { $0["title"] as? String ?? "" } == ["記入できるノート", "わたしのこと", "医療と介護のこと", "医療の希望", "伝えておきたいこと"])
        #expect(outline.map { $0["level"] as? Int ?? 0 } == [1, 1, 1, 2, 2])
    }

    @Test("the table of contents links to its headings through named destinations; each link has /Contents and is a Link element",
          .enabled(if: Readers.python, Comment(rawValue: Readers.installPython)))
    func contentsLinks() throws {
        let built = try FormBuild.document(Samples.withContents())
        let path = try built.write()
        #expect(try Run.tool("qpdf", ["--check", path]).status == 0)
        let facts = try Readers.python(["structure", path])
        let links = try #require(facts["links"] as? [[String: Any]])
        let entries = built.layout.contentsLinks
        #expect(links.count == entries.count && links.count == 12)
        #expect(links.first?["contents"] as? String == "わたしのこと 2")
        #expect(links.allSatisfy { ($0["contents"] as? String)?.isEmpty == false })
        let destinations = Set(try #require(facts["destinations"] as? [String]))
        for link in links {
            let destination = try #require(link["destination"] as? String)
            #expect(destinations.contains(destination), "\(destination) is a named destination")
        }
        #expect(destinations == Set(entries.map { StructureTagging.destinationName(of: $0.heading) }))
        // Each destination is on the heading's page.
        let reader = try PDFReader(bytes: built.pdf)
        let pages = try reader.pages().map(\.reference)
        let names = try #require(try reader.catalog()["Names"].flatMap { try reader.resolve($0).dictionary })
        let tree = try #require(try names["Dests"].flatMap { try reader.resolve($0).dictionary })
        let pairs = try #require(tree["Names"]?.array)
        var pageOfElement: [StructureElement.ID: Int] = [:]
        for (index, page) in built.layout.pages.enumerated() {
            for item in page.items { if let id = item.structure, pageOfElement[id] == nil { pageOfElement[id] = index } }
        }
        for pair in stride(from: 0, to: pairs.count, by: 2) {
            let name = try #require(pairs[pair].string?.text)
            let heading = try #require(entries.first { StructureTagging.destinationName(of: $0.heading) == name }?.heading)
            let destination = try #require(try reader.resolve(pairs[pair + 1]).array)
            #expect(destination.first?.reference == pages[pageOfElement[heading]!], "\(name)")
        }
    }

    @Test("the table of contents (TOC, TOCI, Link) and every paragraph are in the structure tree, with their text",
          .enabled(if: Readers.poppler, "apt-get install poppler-utils"))
    func pagesAndParagraphs() throws {
        let built = try FormBuild.document(Samples.withContents())
        let path = try built.write()
        let text = try Run.tool("pdfinfo", ["-struct-text", path]).standardOutput
        #expect(text.contains("TOC"))
        #expect(text.contains("TOCI"))
        #expect(text.contains("Link"))
        // Every paragraph's text is in the tree.
        for case .text(let block) in Samples.withContents().blocks where block.role == .paragraph {
            let words = block.content.plainText
            #expect(text.withoutWhitespace.contains(String(words.prefix(20))), "\(words.prefix(20))")
        }
    }
}
