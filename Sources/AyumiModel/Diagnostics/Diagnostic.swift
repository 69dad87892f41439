/// One problem found in the user's input, as a value.
///
/// Stages collect diagnostics instead of stopping at the first; only the command line prints them.
/// The message says *what* is wrong (lowercase, no final period); hints say *how to fix it*.
/// Messages never quote personal data from a resident's file beyond its location.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    /// Where the problem is; `nil` only for problems that belong to no file (a missing font package).
    public var location: SourceLocation?
    public var message: String
    public var hints: [String]

    public init(_ severity: Severity, at location: SourceLocation?, _ message: String, hints: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hints = hints
    }

    public static func error(at location: SourceLocation?, _ message: String, hints: [String] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, hints: hints)
    }

    public static func warning(at location: SourceLocation?, _ message: String, hints: [String] = []) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hints: hints)
    }

    /// The one-line form, `file:line:column: error: message`, used in tests and logs.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}

/// Diagnostics collected by a stage, in the order they were found.
public struct Diagnostics: Sendable, Sequence {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) { all = diagnostics }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: some Sequence<Diagnostic>) { all.append(contentsOf: other) }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var isEmpty: Bool { all.isEmpty }

    public func makeIterator() -> IndexingIterator<[Diagnostic]> { all.makeIterator() }
}

/// Thrown by a stage that cannot produce its result; carries everything it found.
///
/// Stages return values and collect diagnostics; they throw this only at the end, when an
/// error means there is nothing sensible to hand to the next stage.
public struct DiagnosticsError: Error, Sendable {
    public var diagnostics: Diagnostics

    public init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = Diagnostics([diagnostic]) }
}
