import Foundation

/// The value semantics expressions share: literals, numbers, ordering, operators and row
/// functions. `BoundExpression` walks the tree; aggregates are the evaluator's business.
public enum RowEvaluator {
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
        case (.string(let x), .string(let y)):
            return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        case (.bool(let x), .bool(let y)): return x == y ? .orderedSame : (!x ? .orderedAscending : .orderedDescending)
        case (.date(let x), .date(let y)):
            return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        case (.integer(let x), .integer(let y)):
            return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        default:
            guard let x = number(a), let y = number(b) else { return nil }
            return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        }
    }

    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        switch op {
        case .equal, .notEqual:
            // As in SQL: a comparison with a missing value is missing (`x == null` is bound as a test).
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
                let (result, overflow) =
                    switch op {
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

    static func call(_ function: RowFunction, _ first: Value, _ second: Value) -> Value {
        switch function {
        case .year: if case .date(let d) = first { return .integer(Int64(d.year)) }
        case .month: if case .date(let d) = first { return .integer(Int64(d.month)) }
        case .quarter: if case .date(let d) = first { return .integer(Int64(d.quarter)) }
        case .present:
            if case .string(let s) = first { return .bool(!s.isEmpty) }
            return .bool(first != .null)
        case .coalesce: return first == .null ? second : first
        case .abs:
            switch first {
            case .integer(let i): return i == .min ? .null : .integer(Swift.abs(i))
            case .decimal(let d): return .decimal(d < 0 ? -d : d)
            default: break
            }
        }
        return .null
    }
}
