/// One problem found in a user's input: where it is, how serious, and what it is as data. The
/// message catalogues (module Messages) turn it into `file:line:column: severity: message` in
/// Vietnamese or English.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var location: SourcePosition
    public var problem: Problem

    public init(_ severity: Severity, at location: SourcePosition, _ problem: Problem) {
        self.severity = severity
        self.location = location
        self.problem = problem
    }

    public static func error(at location: SourcePosition, _ problem: Problem) -> Diagnostic {
        Diagnostic(.error, at: location, problem)
    }

    public static func warning(at location: SourcePosition, _ problem: Problem) -> Diagnostic {
        Diagnostic(.warning, at: location, problem)
    }

    public static func info(at location: SourcePosition, _ problem: Problem) -> Diagnostic {
        Diagnostic(.info, at: location, problem)
    }
}

extension Array where Element == Diagnostic {
    /// Diagnostics in reading order: by file, line and column, then the more serious first, so
    /// that output is deterministic whatever order the checks ran in. Diagnostics at the same
    /// place and severity keep the order they were found in.
    public func sortedForOutput() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }

    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
}
