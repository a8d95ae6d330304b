import Foundation

/// A record an expression can read fields from.
public protocol RecordAccessor {
    subscript(field: String) -> Value { get }
}

extension CheckedExpression {
    /// The value of a row-level expression (a filter, a requirement or an aggregate's argument)
    /// for one record. Logic is three-valued: a comparison with a missing value is `null`,
    /// `null and false` is false, `null or true` is true. Overflow and division by zero give `null`.
    public func evaluate(_ record: some RecordAccessor) -> Value {
        RowEvaluator.evaluate(syntax, record)
    }
}

/// Evaluates expressions against one record; aggregates are the evaluator's business.
public enum RowEvaluator {
    public static func evaluate(_ expression: Expression, _ record: some RecordAccessor) -> Value {
        switch expression {
        case .literal(let literal, _):
            return value(of: literal)
        case .field(let name, _):
            return record[name]
        case .unary(.not, let operand, _):
            if case .bool(let b) = evaluate(operand, record) { return .bool(!b) }
            return .null
        case .unary(.negate, let operand, _):
            switch evaluate(operand, record) {
            case .integer(let i): return i == .min ? .null : .integer(-i)
            case .decimal(let d): return .decimal(-d)
            default: return .null
            }
        case .binary(.and, let l, let r, _):
            let left = evaluate(l, record)
            if left == .bool(false) { return .bool(false) }
            let right = evaluate(r, record)
            if right == .bool(false) { return .bool(false) }
            return left == .bool(true) && right == .bool(true) ? .bool(true) : .null
        case .binary(.or, let l, let r, _):
            let left = evaluate(l, record)
            if left == .bool(true) { return .bool(true) }
            let right = evaluate(r, record)
            if right == .bool(true) { return .bool(true) }
            return left == .bool(false) && right == .bool(false) ? .bool(false) : .null
        case .binary(let op, let l, let r, _):
            return binary(op, evaluate(l, record), evaluate(r, record))
        case .membership(let subject, let items, let negated, _):
            let value = evaluate(subject, record)
            guard value != .null else { return .null }
            let found = items.contains { compare(value, evaluate($0, record)) == .orderedSame }
            return .bool(found != negated)
        case .call(let name, let arguments, _):
            return call(name, arguments.map { evaluate($0, record) })
        }
    }

    public static func value(of literal: Literal) -> Value {
        switch literal {
        case .null: .null
        case .bool(let b): .bool(b)
        case .integer(let i): .integer(i)
        case .decimal(let d), .percent(let d): .decimal(d)
        case .string(let s): .string(s)
        case .date(let d): .date(d)
        }
    }

    /// The number in a value, for arithmetic and comparisons.
    public static func number(_ value: Value) -> Decimal? {
        switch value {
        case .integer(let i): Decimal(i)
        case .decimal(let d): d
        default: nil
        }
    }

    public static func compare(_ a: Value, _ b: Value) -> ComparisonResult? {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        case (.bool(let x), .bool(let y)): return x == y ? .orderedSame : (!x ? .orderedAscending : .orderedDescending)
        case (.date(let x), .date(let y)): return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        default:
            guard let x = number(a), let y = number(b) else { return nil }
            return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        }
    }

    private static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        switch op {
        case .equal, .notEqual:
            if a == .null || b == .null {
                return (a == .null && b == .null) == (op == .equal) ? .bool(true) : .bool(false)
            }
            guard let order = compare(a, b) else { return .null }
            return .bool((order == .orderedSame) == (op == .equal))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = compare(a, b) else { return .null }
            switch op {
            case .less: return .bool(order == .orderedAscending)
            case .lessOrEqual: return .bool(order != .orderedDescending)
            case .greater: return .bool(order == .orderedDescending)
            default: return .bool(order != .orderedAscending)
            }
        case .add, .subtract, .multiply:
            if case .integer(let x) = a, case .integer(let y) = b {
                let (result, overflow) = switch op {
                case .add: x.addingReportingOverflow(y)
                case .subtract: x.subtractingReportingOverflow(y)
                default: x.multipliedReportingOverflow(by: y)
                }
                return overflow ? .null : .integer(result)
            }
            guard let x = number(a), let y = number(b) else { return .null }
            return .decimal(op == .add ? x + y : op == .subtract ? x - y : x * y)
        case .divide:
            guard let x = number(a), let y = number(b), y != 0 else { return .null }
            return .decimal(x / y)
        case .and, .or:
            return .null
        }
    }

    private static func call(_ name: String, _ args: [Value]) -> Value {
        switch Function(rawValue: name) {
        case .year: if case .date(let d) = args[0] { return .integer(Int64(d.year)) }
        case .month: if case .date(let d) = args[0] { return .integer(Int64(d.month)) }
        case .quarter: if case .date(let d) = args[0] { return .integer(Int64(d.quarter)) }
        case .present:
            if case .string(let s) = args[0] { return .bool(!s.isEmpty) }
            return .bool(args[0] != .null)
        case .coalesce: return args[0] == .null ? args[1] : args[0]
        case .abs:
            switch args[0] {
            case .integer(let i): return i == .min ? .null : .integer(Swift.abs(i))
            case .decimal(let d): return .decimal(d < 0 ? -d : d)
            default: break
            }
        default: break
        }
        return .null
    }
}
