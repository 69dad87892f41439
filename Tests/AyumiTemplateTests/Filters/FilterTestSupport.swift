import AyumiModel
import AyumiTemplate

/// Runs filter expressions against values written at fixed, fictional places.
enum FilterRun {
    /// Where the tests pretend the placeholder's text starts (just after `{{`).
    static let template = SourceLocation(file: "template.yaml", line: 1, column: 1)
    /// Where the tests pretend the data value is written.
    static let data = SourceLocation(file: "data.yaml", line: 3, column: 8)

    /// Parses `expression` and applies it to `value` (a missing value when `nil`).
    static func apply(_ expression: String, to value: FilterValue?) -> (String?, [Diagnostic]) {
        var diagnostics = Diagnostics()
        guard let parsed = PlaceholderExpression.parse(expression, at: template, diagnostics: &diagnostics) else {
            return (nil, diagnostics.all)
        }
        let result = parsed.pipeline.apply(to: value, diagnostics: &diagnostics)
        return (result, diagnostics.all)
    }

    static func apply(_ expression: String, to text: String) -> (String?, [Diagnostic]) {
        apply(expression, to: .text(text, at: data))
    }

    /// A YAML flow list such as `[2018, 2019]` written at `data`, each item at its own column.
    static func list(_ items: [String]) -> FilterValue {
        var column = data.column + 1
        var values: [FilterValue] = []
        for item in items {
            values.append(.text(item, at: SourceLocation(file: data.file, line: data.line, column: column)))
            column += item.count + 2
        }
        return .list(values, at: data)
    }
}
