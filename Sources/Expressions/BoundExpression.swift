/// An expression whose fields are resolved to positions in a record's values, so evaluating it
/// over a million records costs no lookup by name and no allocation.
public indirect enum BoundExpression: Sendable {
    case constant(Value)
    /// The value at this index; an index outside the values (a field the data set lacks) is `null`.
    case field(Int)
    case not(BoundExpression)
    case negate(BoundExpression)
    case and(BoundExpression, BoundExpression)
    case or(BoundExpression, BoundExpression)
    case binary(BinaryOperator, BoundExpression, BoundExpression)
    case membership(BoundExpression, [BoundExpression], negated: Bool)
    case call(RowFunction, [BoundExpression])
    /// `x == null` (or `x != null`, negated): a test for a missing value, never itself missing.
    case isNull(BoundExpression, negated: Bool)

    /// Binds `expression`, asking `index` for the position of each field it reads (nil: absent).
    public init(_ expression: Expression, index: (String) -> Int?) {
        switch expression {
        case .literal(let literal, _): self = .constant(RowEvaluator.value(of: literal))
        case .field(let name, _): self = .field(index(name) ?? -1)
        case .unary(.not, let operand, _): self = .not(BoundExpression(operand, index: index))
        case .unary(.negate, let operand, _): self = .negate(BoundExpression(operand, index: index))
        case .binary(.and, let l, let r, _):
            self = .and(BoundExpression(l, index: index), BoundExpression(r, index: index))
        case .binary(.or, let l, let r, _):
            self = .or(BoundExpression(l, index: index), BoundExpression(r, index: index))
        case .binary(let op, let l, .literal(.null, _), _),
            .binary(let op, .literal(.null, _), let l, _)
        where op == .equal || op == .notEqual:
            self = .isNull(BoundExpression(l, index: index), negated: op == .notEqual)
        case .binary(let op, let l, let r, _):
            self = .binary(op, BoundExpression(l, index: index), BoundExpression(r, index: index))
        case .membership(let subject, let items, let negated, _):
            self = .membership(
                BoundExpression(subject, index: index), items.map { BoundExpression($0, index: index) },
                negated: negated)
        case .call(.row(let function), let arguments, _):
            self = .call(function, arguments.map { BoundExpression($0, index: index) })
        case .call(.aggregate, _, _):
            // Aggregates are accumulated by the evaluator's passes, never bound per record: the
            // type checker admits them only at the top of a measure, which is not bound.
            self = .constant(.null)
        }
    }

    /// The value for one record. Logic is three-valued: a comparison with a missing value is
    /// `null`, `null and false` is false, `null or true` is true. Overflow and division by zero
    /// give `null`.
    public func evaluate(_ values: [Value]) -> Value {
        switch self {
        case .constant(let value):
            return value
        case .field(let i):
            return values.indices.contains(i) ? values[i] : .null
        case .not(let operand):
            if case .bool(let b) = operand.evaluate(values) { return .bool(!b) }
            return .null
        case .negate(let operand):
            switch operand.evaluate(values) {
            case .integer(let i): return i == .min ? .null : .integer(-i)
            case .decimal(let d): return .decimal(-d)
            default: return .null
            }
        case .and(let l, let r):
            let left = l.evaluate(values)
            if left == .bool(false) { return .bool(false) }
            let right = r.evaluate(values)
            if right == .bool(false) { return .bool(false) }
            return left == .bool(true) && right == .bool(true) ? .bool(true) : .null
        case .or(let l, let r):
            let left = l.evaluate(values)
            if left == .bool(true) { return .bool(true) }
            let right = r.evaluate(values)
            if right == .bool(true) { return .bool(true) }
            return left == .bool(false) && right == .bool(false) ? .bool(false) : .null
        case .binary(let op, let l, let r):
            return RowEvaluator.binary(op, l.evaluate(values), r.evaluate(values))
        case .isNull(let operand, let negated):
            return .bool((operand.evaluate(values) == .null) != negated)
        case .membership(let subject, let items, let negated):
            let value = subject.evaluate(values)
            guard value != .null else { return .null }
            let found = items.contains { RowEvaluator.compare(value, $0.evaluate(values)) == .orderedSame }
            return .bool(found != negated)
        case .call(let function, let arguments):
            switch arguments.count {
            case 0: return .null
            case 1: return RowEvaluator.call(function, arguments[0].evaluate(values), .null)
            default: return RowEvaluator.call(function, arguments[0].evaluate(values), arguments[1].evaluate(values))
            }
        }
    }
}
