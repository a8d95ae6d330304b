import Diagnostics
import Foundation

/// A parsed expression; every node keeps its range (Unicode-scalar offsets in the source) so a
/// type error points at the exact characters.
public indirect enum Expression: Hashable, Sendable {
    case literal(Literal, Range<Int>)
    case field(String, Range<Int>)
    case unary(UnaryOperator, Expression, Range<Int>)
    case binary(BinaryOperator, Expression, Expression, Range<Int>)
    case membership(Expression, [Expression], negated: Bool, Range<Int>)
    case call(Function, [Expression], Range<Int>)

    public var range: Range<Int> {
        switch self {
        case .literal(_, let r), .field(_, let r), .unary(_, _, let r), .binary(_, _, _, let r),
            .membership(_, _, _, let r), .call(_, _, let r):
            r
        }
    }
}

/// A constant written in an expression.
public enum Literal: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case decimal(Decimal)
    /// `45%`, kept apart from decimals so it renders as written; its value is 0.45.
    case percent(Decimal)
    case string(String)
    case date(CivilDate)
}

public enum UnaryOperator: String, Hashable, Sendable {
    case not = "not"
    case negate = "-"
}

public enum BinaryOperator: String, Hashable, Sendable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/"

    /// Binding strength: higher binds tighter.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide: 6
        }
    }

    public var isComparison: Bool { precedence == 4 }
}

/// A problem in an expression, with the characters at fault.
public struct ExpressionDiagnostic: Error, Hashable, Sendable {
    public let problem: ExpressionProblem
    /// Offsets, in Unicode scalars, of the offending part of the source.
    public let range: Range<Int>

    public init(_ problem: ExpressionProblem, _ range: Range<Int>) {
        self.problem = problem
        self.range = range
    }
}

/// Bounds that keep every expression cheap to check and evaluate.
public struct ExpressionLimits: Hashable, Sendable {
    public var maxLength = 4096
    public var maxDepth = 64
    public var maxNodes = 2000
    public var maxListItems = 1000

    public init() {}
}
