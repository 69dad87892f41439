import Foundation

/// Issue 15's composition corpus (Tests/ayumiTests/Fixtures/composition-corpus.yaml), read once
/// for the checks that compose it (AyumiFontsTests) and that build it into PDFs (ayumiTests).
public enum CompositionCorpus {
    /// The fixture's name in Tests/ayumiTests/Fixtures.
    public static let fixture = "composition-corpus.yaml"

    /// The paragraphs of its `body: |` block (blank lines between them), in template markup.
    public static let paragraphs: [String] = {
        let path = Repository.path("Tests/ayumiTests/Fixtures/\(fixture)")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let body = text.components(separatedBy: "body: |\n").last else { return [] }
        return body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }()

    /// A paragraph as printed: ruby readings left out, bases kept.
    public static func printed(_ markup: String) -> String {
        markup.replacing(/\{([^|}]+)\|[^}]*\}/) { String($0.output.1) }
    }

    /// Lines whose gaps the Done-when allows past ½ em, because no set of breaks avoids them.
    ///
    /// At 12 pt on a 170 mm measure (A4 across, A5 down; 481.9 pt), the line before the long URL
    /// holds the indent, 「詳しくは、」 and the URL up to `zaitaku` (64 half-width letters): 456 pt,
    /// 2.16 em short. The URL's other breaks: after `koureisha/`, 5.66 em short; after
    /// `zaitaku-iryo/`, 0.84 em too long, and 0.34 em even with 、's half em squeezed away. So the
    /// 2.16 em go to the three gaps of 詳しくは, 0.72 em each (URL letters are spaced only on a
    /// line with nothing else that may grow).
    public static let unavoidablyLoose: Set<String> = [
        "詳しくは、https://www.city.example.lg.jp/kurashi/fukushi/koureisha/zaitaku",
    ]
}

extension Character {
    /// Hiragana, katakana (with ー, without ・), 々 and CJK ideographs: the characters between
    /// which justification may not open gaps wider than half an em.
    public var isKanaOrKanji: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        default: return false
        }
    }
}
