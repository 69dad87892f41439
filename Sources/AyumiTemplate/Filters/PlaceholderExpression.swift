import AyumiModel

/// What a placeholder asks for: `{{ edition.as_of | wareki }}` is the path `edition.as_of`
/// followed by the filter `wareki`.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let template = SourceLocation(file: "template.yaml", line: 9, column: 13)
/// let data = SourceLocation(file: "edition.yaml", line: 2, column: 10)
/// if let expression = PlaceholderExpression.parse("edition.as_of | wareki_weekday", at: template,
///                                                 diagnostics: &diagnostics) {
///     expression.path                                                        // ["edition", "as_of"]
///     expression.pipeline.apply(to: "2026-04-01", at: data, diagnostics: &diagnostics)  // "令和8年4月1日（水）"
/// }
/// ```
///
/// The grammar, with spaces allowed around every part:
///
/// ```
/// expression := path ("|" filter)*
/// path       := name ("." name)*
/// filter     := name ("(" (argument ("," argument)*)? ")")?
/// argument   := "…" | '…'        (\" \' \\ escape a quote or a backslash)
/// name       := a letter or _, then letters, digits or _
/// ```
///
/// Arguments take single quotes as well as double, because templates write placeholders inside
/// double-quoted YAML strings: `title: "{{ name | default('未記入') }}"` needs no escaping.
/// An argument cannot contain `}}`, which ends the placeholder.
public struct PlaceholderExpression: Hashable, Sendable {
    /// The names along the path: `["edition", "as_of"]`.
    public var path: [String]
    /// Where the path begins in the template.
    public var location: SourceLocation
    /// The filters after the path, in order (empty for a plain `{{ name }}`).
    public var pipeline: FilterPipeline

    /// The path as written: `edition.as_of`.
    public var dottedPath: String { path.joined(separator: ".") }

    public init(path: [String], at location: SourceLocation, pipeline: FilterPipeline) {
        self.path = path
        self.location = location
        self.pipeline = pipeline
    }

    /// Parses the text between `{{` and `}}`, each character located by `source`'s map.
    ///
    /// Every syntax mistake, unknown filter and misfit argument is reported, not only the
    /// first; the result is `nil` when there was any.
    public static func parse(_ source: SourceText, diagnostics: inout Diagnostics) -> PlaceholderExpression? {
        var parser = ExpressionParser(source)
        let expression = parser.parseExpression()
        diagnostics.append(contentsOf: parser.diagnostics)
        return parser.diagnostics.hasErrors ? nil : expression
    }

    /// Parses `text`, which sits on one line starting at `location`.
    public static func parse(_ text: String, at location: SourceLocation,
                             diagnostics: inout Diagnostics) -> PlaceholderExpression? {
        parse(SourceText(text, sourceMap: SourceMap(startingAt: location)), diagnostics: &diagnostics)
    }
}
