import AyumiModel
import AyumiTemplate
import AyumiTestSupport
import Foundation

/// Binds the repository's article template to data written by a test.
enum Article {
    static let families = ["mincho", "gothic"]

    static func template() -> Template {
        var diagnostics = Diagnostics()
        guard let template = Template.load(directory: Repository.path("templates/article"), diagnostics: &diagnostics)
        else { fatalError("templates/article: \(diagnostics.all)") }
        return template
    }

    /// Writes `yaml` to a data file and binds it; returns the document and what was said.
    static func bind(_ yaml: String, file: String = "data.yaml") -> (Document?, [Diagnostic], path: String) {
        let path = Repository.temporaryFolder() + "/" + file
        try! yaml.write(toFile: path, atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let document = TemplateBinder(knownFamilies: families).bind(template(), dataFiles: [path], diagnostics: &diagnostics)
        return (document, diagnostics.all, path)
    }
}
