import AyumiTestSupport
import Foundation
import Testing

/// `ayumi check` on every template in templates/ with every example in examples/NAME/*.yaml, as
/// Scripts/examples pairs them: what staff run after editing an edition must stay clean.
@Suite("ayumi check on every document")
struct DocumentCheckTests {
    static let pairs: [String] = {
        let manager = FileManager.default
        let templates = ((try? manager.contentsOfDirectory(atPath: Repository.path("templates"))) ?? []).sorted()
        return templates.flatMap { name -> [String] in
            let files = (try? manager.contentsOfDirectory(atPath: Repository.path("examples/\(name)"))) ?? []
            return files.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(name)/\($0)" }
        }
    }()

    @Test("no problems found", arguments: pairs)
    func clean(_ pair: String) throws {
        let name = String(pair.split(separator: "/")[0])
        let result = try Run.ayumi(["check", "templates/\(name)", "--data", "examples/\(pair)"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "no problems found\n", "\(result.standardError)")
    }

    @Test("every template has an example")
    func examples() {
        #expect(Self.pairs.count >= 10, "\(Self.pairs)")
    }
}
