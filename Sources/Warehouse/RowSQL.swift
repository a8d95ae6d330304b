import DataContract
import Expressions
import Foundation

/// A rule's row expression (a filter, a requirement, an aggregate's argument) as SQL over its data
/// set's table, with the native evaluator's meaning: logic is three-valued, a comparison with a
/// missing value is missing, `x == null` is a test, division by zero and a value the data set
/// lacks are missing.
struct RowSQL {
    let dialect: Dialect
    let kind: DatasetKind

    func sql(_ expression: Expressions.Expression) -> String {
        switch expression {
        case .literal(let literal, _):
            return dialect.literal(RowEvaluator.value(of: literal))
        case .field(let name, _):
            return kind.fieldIndex[name] == nil ? "NULL" : dialect.identifier(name)
        case .unary(.not, let operand, _):
            return "(NOT \(sql(operand)))"
        case .unary(.negate, let operand, _):
            return "(-\(sql(operand)))"
        case .binary(.and, let l, let r, _):
            return "(\(sql(l)) AND \(sql(r)))"
        case .binary(.or, let l, let r, _):
            return "(\(sql(l)) OR \(sql(r)))"
        case .binary(let op, let l, .literal(.null, _), _),
            .binary(let op, .literal(.null, _), let l, _)
        where op == .equal || op == .notEqual:
            return "(\(sql(l)) IS \(op == .equal ? "" : "NOT ")NULL)"
        case .binary(.divide, let l, let r, _):
            let d = dialect.decimalType
            return "(CAST(\(sql(l)) AS \(d)) / NULLIF(CAST(\(sql(r)) AS \(d)), 0))"
        case .binary(let op, let l, let r, _):
            var left = sql(l)
            if op.isComparison, op != .equal, op != .notEqual, type(of: l) == .text {
                left = dialect.binaryCollation(left)
            }
            return "(\(left) \(symbol(op)) \(sql(r)))"
        case .membership(let subject, let items, let negated, _):
            return membership(subject, items, negated: negated)
        case .call(.row(let function), let arguments, _):
            return call(function, arguments)
        case .call(.aggregate, _, _):
            // Aggregates stand only at the top of a measure, which is never a row expression.
            return "NULL"
        }
    }

    private func symbol(_ op: BinaryOperator) -> String {
        switch op {
        case .equal: "="
        case .notEqual: "<>"
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .add, .subtract, .multiply, .divide: op.rawValue
        case .and: "AND"
        case .or: "OR"
        }
    }

    /// `s in ["a", "b"]`, whose items the language allows only as written values: missing when
    /// `s` is, and a `null` item never matches (SQL's `IN` would make the answer missing), so it
    /// is left out.
    private func membership(_ subject: Expressions.Expression, _ items: [Expressions.Expression], negated: Bool)
        -> String
    {
        let s = sql(subject)
        let present = items.filter { if case .literal(.null, _) = $0 { false } else { true } }
        guard !present.isEmpty else {
            return "(CASE WHEN \(s) IS NULL THEN NULL ELSE \(negated ? "TRUE" : "FALSE") END)"
        }
        return "(\(s) \(negated ? "NOT " : "")IN (\(present.map(sql).joined(separator: ", "))))"
    }

    private func call(_ function: RowFunction, _ arguments: [Expressions.Expression]) -> String {
        let a = arguments.map(sql)
        switch function {
        case .year: return "CAST(EXTRACT(YEAR FROM \(a[0])) AS BIGINT)"
        case .month: return "CAST(EXTRACT(MONTH FROM \(a[0])) AS BIGINT)"
        case .quarter: return "CAST(EXTRACT(QUARTER FROM \(a[0])) AS BIGINT)"
        case .present:
            return type(of: arguments[0]) == .text ? "(\(a[0]) IS NOT NULL AND \(a[0]) <> '')" : "(\(a[0]) IS NOT NULL)"
        case .coalesce: return "COALESCE(\(a[0]), \(a[1]))"
        case .abs: return "ABS(\(a[0]))"
        }
    }

    /// What an expression's values are, as far as SQL cares: text compares and tests apart.
    enum Kind { case text, other }

    func type(of expression: Expressions.Expression) -> Kind {
        switch expression {
        case .literal(.string, _): .text
        case .field(let name, _):
            switch kind.schema[name] {
            case .string, .enumeration: .text
            case .bool, .integer, .decimal, .date, nil: .other
            }
        case .call(.row(.coalesce), let arguments, _): type(of: arguments[0])
        case .literal, .unary, .binary, .membership, .call: .other
        }
    }
}
