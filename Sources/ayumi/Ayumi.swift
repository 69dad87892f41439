import ArgumentParser

/// The `ayumi` command: Japanese documents for home care and end-of-life planning, from YAML.
@main
struct Ayumi: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "ayumi",
        abstract: "Typeset Japanese ending notes, ACP leaflets and event flyers from YAML.",
        discussion: """
            A template describes a document once; data files fill it. Example:

              ayumi check templates/article --data examples/article/sample.yaml
              ayumi build templates/article --data examples/article/sample.yaml -o output/article.pdf
            """,
        version: version,
        subcommands: [Build.self, Check.self]
    )
}
