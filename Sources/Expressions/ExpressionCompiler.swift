import Diagnostics

/// An expression that parsed and type-checked for its role.
public struct CheckedExpression: Sendable {
    public let source: String
    public let role: ExpressionRole
    public let type: ValueType
    /// The tree, with enumeration words canonicalised.
    public let syntax: Expression
    public let fieldsRead: Set<String>

    /// The normalised text, which parses to the same tree.
    public var canonical: String { Renderer.canonical(syntax) }
}

/// Every problem found in one expression.
public struct ExpressionErrors: Error, Hashable, Sendable {
    public let diagnostics: [ExpressionDiagnostic]
}

/// The entry point of the expression language: parse, then check types and role.
public enum ExpressionCompiler {
    /// Parses and checks `source` for a role against a schema. On failure, returns every type
    /// error found (or the first syntax error), each with the range of the characters at fault.
    public static func check(
        _ source: String, role: ExpressionRole, schema: Schema,
        limits: ExpressionLimits = .init()
    ) -> Result<CheckedExpression, ExpressionErrors> {
        let syntax: Expression
        do {
            syntax = try Parser.parse(source, limits: limits)
        } catch {
            return .failure(ExpressionErrors(diagnostics: [error]))
        }
        var checker = TypeChecker(schema: schema, role: role)
        let (checked, inferred) = checker.check(syntax)
        var diagnostics = checker.diagnostics
        if diagnostics.isEmpty {
            switch role {
            case .filter, .requirement:
                if inferred != .type(.bool) {
                    let problem = ExpressionProblem.roleNeedsCondition(
                        role == .filter ? .filter : .requirement, expression: Renderer.canonical(checked),
                        type: inferred.valueType?.word ?? .null)
                    diagnostics.append(ExpressionDiagnostic(problem, checked.range))
                }
            case .measure:
                if checker.aggregateCount == 0 {
                    diagnostics.append(ExpressionDiagnostic(.measureNeedsAggregate, checked.range))
                } else if !(inferred.valueType?.isNumeric ?? false) {
                    let problem = ExpressionProblem.measureNeedsNumber(
                        expression: Renderer.canonical(checked), type: inferred.valueType?.word ?? .null)
                    diagnostics.append(ExpressionDiagnostic(problem, checked.range))
                }
            }
        }
        guard diagnostics.isEmpty, case .type(let type) = inferred else {
            return .failure(
                ExpressionErrors(
                    diagnostics: diagnostics.isEmpty ? [ExpressionDiagnostic(.noType, checked.range)] : diagnostics))
        }
        return .success(
            CheckedExpression(source: source, role: role, type: type, syntax: checked, fieldsRead: checker.fieldsRead))
    }
}
