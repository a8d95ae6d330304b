import DataContract
import DataLoading
import Expressions
import Foundation

/// One aggregate call of a measure (`share(linked_with_enterprise)`), found in its syntax tree.
struct AggregateCall {
    let function: AggregateFunction
    let arguments: [Expressions.Expression]
    /// The arguments bound to the data set's fields, for evaluation per record.
    let bound: [BoundExpression]
    /// Identifies the call inside the measure.
    let range: Range<Int>

    /// The aggregate calls of a measure over `kind`, left to right.
    static func calls(in expression: Expressions.Expression, over kind: DatasetKind) -> [AggregateCall] {
        switch expression {
        case .call(.aggregate(let function), let arguments, let range):
            return [
                AggregateCall(
                    function: function, arguments: arguments, bound: arguments.map { $0.bound(to: kind) },
                    range: range)
            ]
        case .call(.row, let arguments, _):
            return arguments.flatMap { calls(in: $0, over: kind) }
        case .unary(_, let operand, _): return calls(in: operand, over: kind)
        case .binary(_, let l, let r, _): return calls(in: l, over: kind) + calls(in: r, over: kind)
        case .membership(let s, let items, _, _):
            return calls(in: s, over: kind) + items.flatMap { calls(in: $0, over: kind) }
        case .literal, .field: return []
        }
    }
}

/// The value of an aggregate, with its fraction when it is a share, ratio or coverage, so the
/// target can be compared exactly.
struct AggregateValue {
    let value: Decimal?
    let numerator: Decimal?
    let denominator: Decimal?
}

/// Running state of one aggregate call for one group.
struct Accumulator {
    var selected = 0
    var hits = 0
    var sum: Decimal = 0
    var denominatorSum: Decimal = 0
    var numbers = 0
    var extreme: Value?
    var distinct: Set<Value> = []
    var perYearHits = 0

    init() {}

    /// The state an engine computed over `selected` records.
    init(_ facts: Accumulation, selected: Int) {
        self.selected = selected
        hits = facts.hits
        sum = facts.sum
        denominatorSum = facts.denominatorSum
        numbers = facts.numbers
        extreme = facts.extreme
        distinct = Set(facts.distinct)
        perYearHits = facts.perYearHits
    }

    mutating func add(
        _ function: AggregateFunction, _ arguments: [BoundExpression], _ values: [Value], window: ClosedRange<CivilDate>
    ) {
        selected += 1
        let first = arguments.first?.evaluate(values) ?? .bool(true)
        switch function {
        case .count, .share:
            if first == .bool(true) { hits += 1 }
        case .sum, .avg:
            if let n = RowEvaluator.number(first) {
                sum += n
                numbers += 1
            }
        case .ratio:
            if let a = RowEvaluator.number(first), let b = RowEvaluator.number(arguments[1].evaluate(values)) {
                sum += a
                denominatorSum += b
            }
        case .min, .max:
            offer(first, function)
        case .distinct, .coverage:
            if first != .null { distinct.insert(first) }
        case .perYear:
            if case .date(let date) = first, window.contains(date) { perYearHits += 1 }
        case .units:
            break
        }
    }

    /// Keeps `value` if it is the smallest (or largest) so far; on a tie the earlier stays.
    private mutating func offer(_ value: Value, _ function: AggregateFunction) {
        guard value != .null else { return }
        if let current = extreme, let order = RowEvaluator.compare(value, current) {
            if (function == .min) == (order == .orderedAscending) { extreme = value }
        } else if extreme == nil {
            extreme = value
        }
    }

    /// Adds the state of the same call over a later part of the data.
    mutating func merge(_ other: Accumulator, _ function: AggregateFunction) {
        selected += other.selected
        hits += other.hits
        sum += other.sum
        denominatorSum += other.denominatorSum
        numbers += other.numbers
        if let value = other.extreme { offer(value, function) }
        distinct.formUnion(other.distinct)
        perYearHits += other.perYearHits
    }

    /// The aggregate's value; `units` are the units of the level a coverage is measured against
    /// (or `units(…)` counts), `years` the length of the window a rate per year is counted over.
    func result(_ call: AggregateCall, units: [String], years: Decimal) -> AggregateValue {
        switch call.function {
        case .count:
            return AggregateValue(value: Decimal(hits), numerator: nil, denominator: nil)
        case .share:
            return selected == 0
                ? AggregateValue(value: nil, numerator: nil, denominator: nil)
                : AggregateValue(
                    value: Decimal(hits) / Decimal(selected), numerator: Decimal(hits), denominator: Decimal(selected))
        case .sum:
            return AggregateValue(value: sum, numerator: nil, denominator: nil)
        case .avg:
            return AggregateValue(value: numbers == 0 ? nil : sum / Decimal(numbers), numerator: nil, denominator: nil)
        case .ratio:
            return denominatorSum == 0
                ? AggregateValue(value: nil, numerator: nil, denominator: nil)
                : AggregateValue(value: sum / denominatorSum, numerator: sum, denominator: denominatorSum)
        case .min, .max:
            return AggregateValue(value: extreme.flatMap(RowEvaluator.number), numerator: nil, denominator: nil)
        case .distinct:
            return AggregateValue(value: Decimal(distinct.count), numerator: nil, denominator: nil)
        case .coverage:
            guard !units.isEmpty else { return AggregateValue(value: nil, numerator: nil, denominator: nil) }
            let expected = Set(units)
            let covered = distinct.filter { if case .string(let s) = $0 { expected.contains(s) } else { false } }
                .count
            return AggregateValue(
                value: Decimal(covered) / Decimal(expected.count),
                numerator: Decimal(covered), denominator: Decimal(expected.count))
        case .units:
            return AggregateValue(value: Decimal(units.count), numerator: nil, denominator: nil)
        case .perYear:
            return years <= 0
                ? AggregateValue(value: nil, numerator: nil, denominator: nil)
                : AggregateValue(
                    value: Decimal(perYearHits) / years, numerator: Decimal(perYearHits), denominator: years)
        }
    }
}

/// Whether a measure has no value because it divides by zero (`sum(value) / units(province)` with
/// no province listed), rather than because an aggregate has none.
func dividesByZero(_ expression: Expressions.Expression, _ results: [Range<Int>: AggregateValue]) -> Bool {
    switch expression {
    case .binary(.divide, let l, let r, _):
        if measureValue(l, results) != nil, measureValue(r, results) == 0 { return true }
        return dividesByZero(l, results) || dividesByZero(r, results)
    case .binary(_, let l, let r, _): return dividesByZero(l, results) || dividesByZero(r, results)
    case .unary(_, let operand, _): return dividesByZero(operand, results)
    case .call(.row, let arguments, _): return arguments.contains { dividesByZero($0, results) }
    case .call(.aggregate, _, _), .literal, .field, .membership: return false
    }
}

/// Evaluates a measure's arithmetic once its aggregate calls have values. A measure reads fields
/// only inside aggregates and yields a number (the type checker sees to both), so the forms that
/// cannot stand in a measure's arithmetic have no value.
func measureValue(_ expression: Expressions.Expression, _ results: [Range<Int>: AggregateValue]) -> Decimal? {
    switch expression {
    case .call(.aggregate, _, let range):
        return results[range]?.value
    case .call(.row(.abs), let arguments, _):
        return measureValue(arguments[0], results).map { $0 < 0 ? -$0 : $0 }
    case .call(.row(.coalesce), let arguments, _):
        return measureValue(arguments[0], results) ?? measureValue(arguments[1], results)
    case .call(.row(.year), _, _), .call(.row(.month), _, _), .call(.row(.quarter), _, _), .call(.row(.present), _, _):
        return nil
    case .literal(let literal, _):
        return RowEvaluator.number(RowEvaluator.value(of: literal))
    case .unary(.negate, let operand, _):
        return measureValue(operand, results).map { -$0 }
    case .binary(let op, let l, let r, _):
        guard let a = measureValue(l, results), let b = measureValue(r, results) else { return nil }
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return b == 0 ? nil : a / b
        case .and, .or, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return nil
        }
    case .unary(.not, _, _), .field, .membership:
        return nil
    }
}
