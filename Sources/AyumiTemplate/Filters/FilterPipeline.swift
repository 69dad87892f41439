import AyumiModel

/// The filters of one placeholder, ready to run on the value its path names.
///
/// Parsing (`PlaceholderExpression.parse`) checks everything the template alone decides: the
/// syntax, the filter names, the arguments. `apply` then meets the data, and can fail only on
/// it (a date that is not a date), reporting at the value's own location in the data file.
///
/// ## How Binding calls it
///
/// For each `Placeholder` found in a template text (`Placeholder.all(in:)`):
///
/// 1. Take the text between the braces with its locations,
///    `text.slice(scalarOffset: range.lowerBound + 2, count: range.count - 4)`, and parse it with
///    `PlaceholderExpression.parse(_:diagnostics:)`. Do this once per template text (it needs
///    no data), so `ayumi check` reports a misspelt filter even when the data is fine.
/// 2. Look up `expression.path` in the data and wrap what is found with
///    `FilterValue(value.node, in: value.reader.file)`: a scalar becomes text, a list a list
///    whose items keep their places. Pass `nil` when the data leaves the value out and the field
///    has no default. A path naming no declared field, or a mapping (the initializer gives
///    `nil`), stays Binding's own error.
/// 3. Call `expression.pipeline.apply(to: value, diagnostics: &diagnostics)`. The result is
///    the text to insert, or `nil` when the value is missing (insert nothing, as today) or
///    when a diagnostic was added (the document then fails to bind).
/// 4. The result is new text, not a copy of the data: locate its characters at the value's
///    location (`SourceMap(startingAt: value.location)`), or at `expression.location` for a
///    default, so later errors (a character no font has) still point somewhere useful.
///
/// ```swift
/// let inner = text.slice(scalarOffset: placeholder.range.lowerBound + 2, count: placeholder.range.count - 4)
/// guard let expression = PlaceholderExpression.parse(inner, diagnostics: &diagnostics) else { continue }
/// let value = lookUp(expression.path).flatMap { FilterValue($0.node, in: $0.reader.file) }  // Binding's lookup
/// if let filled = expression.pipeline.apply(to: value, diagnostics: &diagnostics) { … }
/// ```
public struct FilterPipeline: Hashable, Sendable {
    /// One filter as the template wrote it.
    public struct Step: Hashable, Sendable {
        public var filter: Filter
        /// Where the filter's name is in the template.
        public var location: SourceLocation
        /// Where its first argument is, if it has one (a default's text is located there).
        public var argumentLocation: SourceLocation?

        public init(_ filter: Filter, at location: SourceLocation, argumentLocation: SourceLocation? = nil) {
            self.filter = filter
            self.location = location
            self.argumentLocation = argumentLocation
        }
    }

    /// The path the value comes from (`edition.as_of`), named in messages.
    public var subject: String
    public var steps: [Step]

    public init(subject: String, steps: [Step]) {
        self.subject = subject
        self.steps = steps
    }

    /// Runs every filter in order on `value` (`nil` when the data leaves it out).
    ///
    /// Returns the final text; `nil` when the value is missing and no `default` filled it, or
    /// when a filter failed (a located diagnostic says why, and later filters do not run).
    public func apply(to value: FilterValue?, diagnostics: inout Diagnostics) -> String? {
        var current = value
        for step in steps {
            switch step.filter.apply(to: current, subject: subject, origin: step.argumentLocation ?? step.location,
                                     diagnostics: &diagnostics) {
            case .value(let next): current = next
            case .missing: current = nil
            case .failed: return nil
            }
        }
        guard let current else { return nil }
        switch current.content {
        case .text(let text):
            return text
        case .list:
            diagnostics.append(.error(at: current.location, "`\(subject)` is a list, and a placeholder needs a single value",
                                      hints: ["add a filter that makes one text of a list, such as `| fiscal_years`"]))
            return nil
        }
    }

    /// Runs the filters on one text value written at `location`.
    public func apply(to value: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> String? {
        apply(to: .text(value, at: location), diagnostics: &diagnostics)
    }
}
