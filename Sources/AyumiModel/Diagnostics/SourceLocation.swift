/// A place in a source file that a person can open in an editor.
///
/// Lines and columns are 1-based. Columns count Unicode scalars from the start of the line, the
/// way libyaml (and so Yams' `Mark`) counts them; a caret under the column is placed by display
/// width only when the CLI prints it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path as the user gave it (relative paths stay relative, so messages stay short).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }
}
