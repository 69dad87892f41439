import Foundation

/// The data files the whole-process benchmarks build from, made in a temporary folder from the
/// repository's own examples (so they change when the examples do, and need nothing else).
struct BenchInputs {
    /// How many times the sample article's body is repeated for about 40 A4 pages (78 gives 40
    /// pages with BIZ UD Mincho at 12pt; the table prints the count each run really got).
    static let fortyPageRepeats = 78

    let folder: String

    /// `templates/article` data: the sample body `fortyPageRepeats` times (about 92 KB).
    var article40: String { folder + "/article-40.yaml" }
    /// The same body five times as often: about 200 pages, to show the cost grows linearly.
    var article200: String { folder + "/article-200.yaml" }
    /// 100 residents, made by repeating the rows of `examples/jinsei-note/residents.csv`.
    var people100: String { folder + "/people-100.csv" }

    /// Makes the files; throws when run outside the repository's root.
    init() throws {
        folder = NSTemporaryDirectory() + "ayumi-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let body = try Self.sampleBody()
        try Self.article(body: body, repeats: Self.fortyPageRepeats).write(toFile: article40, atomically: false, encoding: .utf8)
        try Self.article(body: body, repeats: 5 * Self.fortyPageRepeats).write(toFile: article200, atomically: false, encoding: .utf8)
        try Self.people(count: 100).write(toFile: people100, atomically: false, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The lines of `body: |` in `examples/article/sample.yaml`, still indented, with one ruby
    /// added (the sample has headings but no ruby, and ruby is the costly part of composition):
    /// the first 「人生会議は」 becomes 「{人生会議|じんせいかいぎ}は」.
    static func sampleBody() throws -> [String] {
        let text = try String(contentsOfFile: "examples/article/sample.yaml", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "body: |") else {
            throw ChildProcess.SpawnError(description: "examples/article/sample.yaml has no `body: |`")
        }
        var body = Array(lines[(start + 1)...])
        while body.last?.isEmpty == true { body.removeLast() }
        if let index = body.firstIndex(where: { $0.contains("人生会議は") }),
           let range = body[index].range(of: "人生会議は") {
            body[index].replaceSubrange(range, with: "{人生会議|じんせいかいぎ}は")
        }
        return body
    }

    /// A data file for `templates/article`: a title and the body `repeats` times, a blank line between.
    static func article(body: [String], repeats: Int) -> String {
        let chunk = body.joined(separator: "\n")
        return "title: 人生会議のすすめ\nbody: |\n" + Array(repeating: chunk, count: repeats).joined(separator: "\n\n") + "\n"
    }

    /// The header of `examples/jinsei-note/residents.csv` and `count` of its rows, repeated in
    /// order (`batch` names clashing files `-2`, `-3` …, so every row makes its own PDF).
    static func people(count: Int) throws -> String {
        let text = try String(contentsOfFile: "examples/jinsei-note/residents.csv", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count > 1 else {
            throw ChildProcess.SpawnError(description: "examples/jinsei-note/residents.csv has no rows")
        }
        let rows = Array(lines.dropFirst())
        return ([lines[0]] + (0..<count).map { rows[$0 % rows.count] }).joined(separator: "\n") + "\n"
    }
}
