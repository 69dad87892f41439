import AyumiModel
import Testing

@Suite("Lengths")
struct LengthTests {
    @Test("units a template may write", arguments: [
        ("12pt", LengthSpec.absolute(.pt(12))),
        ("10.5pt", .absolute(.pt(10.5))),
        ("25.4mm", .absolute(.pt(72))),
        ("2.54cm", .absolute(.pt(72))),
        ("40Q", .absolute(.mm(10))),
        ("40H", .absolute(.mm(10))),
        ("1.5zw", .fontRelative(1.5)),
        ("2em", .fontRelative(2)),
        (" 3pt ", .absolute(.pt(3))),
    ])
    func parsing(text: String, expected: LengthSpec) throws {
        let parsed = try #require(LengthSpec(parsing: text))
        switch (parsed, expected) {
        case (.absolute(let a), .absolute(let b)): #expect(abs(a.points - b.points) < 1e-9)
        case (.fontRelative(let a), .fontRelative(let b)): #expect(a == b)
        default: Issue.record("\(text) parsed as \(parsed), expected \(expected)")
        }
    }

    @Test("text that is not a length", arguments: ["12", "pt", "12 px", "twelve pt", "1e3pt", "nanpt", "12ptx", ""])
    func rejects(text: String) {
        #expect(LengthSpec(parsing: text) == nil)
    }

    @Test("zw resolves against the font size")
    func fontRelative() {
        #expect(LengthSpec.fontRelative(1.75).resolved(fontSize: .pt(12)) == .pt(21))
        #expect(LengthSpec.absolute(.pt(5)).resolved(fontSize: .pt(12)) == .pt(5))
    }

    @Test("paper sizes in points (JIS, B is the Japanese B series)")
    func paper() {
        #expect(abs(PaperSize.a4.size.width - 595.2756) < 0.001)
        #expect(abs(PaperSize.a4.size.height - 841.8898) < 0.001)
        #expect(abs(PaperSize.b5.size.width - 515.9055) < 0.001)
        #expect(abs(PaperSize.a5.size.height - 595.2756) < 0.001)
    }
}

@Suite("Paper sizes and orientation")
struct PaperSizeTests {
    @Test("postcard 100 × 148 mm, business card 55 × 91 mm, A3 297 × 420 mm, portrait")
    func sizes() {
        for (paper, width, height) in [(PaperSize.postcard, 100.0, 148.0), (.businessCard, 55, 91), (.a3, 297, 420)] {
            #expect(abs(Length(points: paper.size.width).millimetres - width) < 1e-9)
            #expect(abs(Length(points: paper.size.height).millimetres - height) < 1e-9)
        }
        #expect(PaperSize(rawValue: "business-card") == .businessCard && PaperSize(rawValue: "postcard") == .postcard)
    }

    @Test("landscape turns the page; the text area follows")
    func landscape() {
        let portrait = PageSetup(paper: .a4, writingMode: .horizontal, margins: Margins(all: .mm(10)))
        var landscape = portrait
        landscape.orientation = .landscape
        #expect(landscape.size.width == portrait.size.height && landscape.size.height == portrait.size.width)
        #expect(abs(landscape.textArea.width - (PaperSize.a4.size.height - Length.mm(20).points)) < 1e-9)
        let card = PageSetup(paper: .businessCard, writingMode: .horizontal, margins: Margins(all: .mm(4)), orientation: .landscape)
        #expect(abs(Length(points: card.size.width).millimetres - 91) < 1e-9)
    }

    @Test("a custom size wins over the paper name")
    func custom() {
        let setup = PageSetup(paper: .a4, writingMode: .horizontal, margins: Margins(all: .zero),
                              customSize: Size(width: 300, height: 200))
        #expect(setup.size == Size(width: 300, height: 200))
    }
}
