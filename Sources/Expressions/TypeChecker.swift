import Diagnostics

/// Where an expression is used, which decides what it may contain and what it must yield.
public enum ExpressionRole: String, Sendable {
    /// `where:` — selects records; true or false per record.
    case filter
    /// `require:` — a condition every selected record must meet.
    case requirement
    /// `measure:` — an aggregate over the selected records; a number.
    case measure
}

/// The type of a checked sub-expression: a value type, the `null` literal, or unknown after an error.
enum Inferred: Equatable {
    case type(ValueType)
    case null
    case unknown

    var valueType: ValueType? {
        if case .type(let t) = self { return t }
        return nil
    }
}

/// Checks types and roles, reporting every problem in one pass, and returns the expression with
/// enumeration words canonicalised (`"tốt"` → `"good"`).
struct TypeChecker {
    let schema: Schema
    let role: ExpressionRole
    private(set) var diagnostics: [ExpressionDiagnostic] = []
    private(set) var fieldsRead: Set<String> = []
    private(set) var aggregateCount = 0
    private var insideAggregate = false

    init(schema: Schema, role: ExpressionRole) {
        self.schema = schema
        self.role = role
    }

    private mutating func error(_ problem: ExpressionProblem, _ range: Range<Int>) {
        diagnostics.append(ExpressionDiagnostic(problem, range))
    }

    mutating func check(_ expression: Expression) -> (Expression, Inferred) {
        switch expression {
        case .literal(let literal, _):
            return (expression, Self.type(of: literal))

        case .field(let name, let range):
            guard let type = schema[name] else {
                error(.unknownField(name, suggestion: Suggestions.best(for: name, in: schema.fieldNames)), range)
                return (expression, .unknown)
            }
            if role == .measure, !insideAggregate {
                error(.fieldOutsideAggregate(field: name, aggregate: type.isNumeric ? "sum" : "share"), range)
            }
            fieldsRead.insert(name)
            return (expression, .type(type))

        case .unary(let op, let operand, let range):
            let (checked, type) = check(operand)
            switch op {
            case .not:
                requireBool(type, checked, context: "'not'")
                return (.unary(op, checked, range), .type(.bool))
            case .negate:
                guard let t = type.valueType else { return (.unary(op, checked, range), .unknown) }
                guard t.isNumeric else {
                    error(.negationNeedsNumber(expression: describe(checked), type: t.word), checked.range)
                    return (.unary(op, checked, range), .unknown)
                }
                return (.unary(op, checked, range), type)
            }

        case .binary(let op, let left, let right, let range):
            return checkBinary(op, left, right, range)

        case .membership(let subject, let items, let negated, let range):
            let (checkedSubject, subjectType) = check(subject)
            var checkedItems: [Expression] = []
            for item in items {
                guard case .literal = item else {
                    error(.listItemNotValue, item.range)
                    checkedItems.append(item)
                    continue
                }
                let (checkedItem, itemType) = check(item)
                checkedItems.append(compare(.equal, checkedSubject, subjectType, checkedItem, itemType).right)
            }
            return (.membership(checkedSubject, checkedItems, negated: negated, range), .type(.bool))

        case .call(let function, let arguments, let range):
            return checkCall(function, arguments, range)
        }
    }

    // MARK: - Operators

    private mutating func checkBinary(
        _ op: BinaryOperator, _ left: Expression, _ right: Expression,
        _ range: Range<Int>
    ) -> (Expression, Inferred) {
        let (l, lt) = check(left)
        let (r, rt) = check(right)
        switch op {
        case .and, .or:
            requireBool(lt, l, context: "'\(op.rawValue)'")
            requireBool(rt, r, context: "'\(op.rawValue)'")
            return (.binary(op, l, r, range), .type(.bool))
        case .add, .subtract, .multiply, .divide:
            if op == .divide, case .literal(let literal, let zeroRange) = r,
                RowEvaluator.number(RowEvaluator.value(of: literal)) == 0
            {
                error(.divisionByZero, zeroRange)
            }
            guard let a = lt.valueType, let b = rt.valueType else { return (.binary(op, l, r, range), .unknown) }
            var ok = true
            for (side, t) in [(l, a), (r, b)] where !t.isNumeric {
                error(
                    .arithmeticNeedsNumbers(operator: op.rawValue, expression: describe(side), type: t.word), side.range
                )
                ok = false
            }
            guard ok else { return (.binary(op, l, r, range), .unknown) }
            let result: ValueType = op == .divide || a == .decimal || b == .decimal ? .decimal : .integer
            return (.binary(op, l, r, range), .type(result))
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            let (cl, cr) = compare(op, l, lt, r, rt)
            return (.binary(op, cl, cr, range), .type(.bool))
        }
    }

    /// Checks that two sides can be compared; canonicalises an enumeration word on either side.
    private mutating func compare(
        _ op: BinaryOperator, _ l: Expression, _ lt: Inferred, _ r: Expression,
        _ rt: Inferred
    ) -> (left: Expression, right: Expression) {
        let ordering = op != .equal && op != .notEqual
        if lt == .null || rt == .null {
            if ordering { error(.comparisonWithNull(operator: op.rawValue), (lt == .null ? l : r).range) }
            return (l, r)
        }
        guard let a = lt.valueType, let b = rt.valueType else { return (l, r) }
        if case .enumeration(let domain) = a {
            return (l, enumWord(r, b, domain: domain, other: l, ordering: ordering, op: op))
        }
        if case .enumeration(let domain) = b {
            return (enumWord(l, a, domain: domain, other: r, ordering: ordering, op: op), r)
        }
        if a.isNumeric, b.isNumeric { return (l, r) }
        if a == b {
            if ordering, a == .bool || a == .string {
                error(
                    .orderingNeedsNumbersOrDates(operator: op.rawValue, type: a.word),
                    l.range.lowerBound..<r.range.upperBound)
            }
            return (l, r)
        }
        if (a == .date && b.isNumeric) || (b == .date && a.isNumeric) {
            let dateSide = a == .date ? l : r
            error(
                .dateComparedWithNumber(dateExpression: Renderer.canonical(dateSide)),
                l.range.lowerBound..<r.range.upperBound)
            return (l, r)
        }
        error(
            .incomparable(left: describe(l), leftType: a.word, right: describe(r), rightType: b.word),
            l.range.lowerBound..<r.range.upperBound)
        return (l, r)
    }

    private mutating func enumWord(
        _ side: Expression, _ type: ValueType, domain: EnumDomain, other: Expression,
        ordering: Bool, op: BinaryOperator
    ) -> Expression {
        if ordering {
            error(.vocabularyNotOrdered(operator: op.rawValue, vocabulary: domain.name), side.range)
            return side
        }
        if case .enumeration(let otherDomain) = type {
            if otherDomain != domain { error(.vocabulariesDiffer(domain.name, otherDomain.name), side.range) }
            return side
        }
        guard case .literal(.string(let word), let range) = side else {
            error(.vocabularyWordExpected(other: describe(other), values: domain.values), side.range)
            return side
        }
        guard let canonical = domain.canonical(word) else {
            let suggestion = Suggestions.best(for: word, in: domain.values + domain.aliases.keys.sorted())
            error(
                .notInVocabulary(word: word, vocabulary: domain.name, values: domain.values, suggestion: suggestion),
                range)
            return side
        }
        return .literal(.string(canonical), range)
    }

    private mutating func requireBool(_ type: Inferred, _ expression: Expression, context: String) {
        guard let t = type.valueType, t != .bool else {
            if type == .null { error(.nullWhereConditionNeeded(context: context), expression.range) }
            return
        }
        error(.notACondition(expression: describe(expression), type: t.word, numeric: t.isNumeric), expression.range)
    }

    // MARK: - Calls

    private mutating func checkCall(_ function: Function, _ arguments: [Expression], _ range: Range<Int>) -> (
        Expression, Inferred
    ) {
        let call = Expression.call(function, arguments, range)
        guard function.arity.contains(arguments.count) else {
            error(
                .wrongArgumentCount(
                    function: function.name, minimum: function.arity.lowerBound,
                    maximum: function.arity.upperBound), range)
            return (call, .unknown)
        }
        switch function {
        case .row(let row):
            let (checked, types) = checkArguments(arguments)
            let result = Expression.call(function, checked, range)
            return (result, types.contains(.unknown) ? .unknown : rowResult(row, checked, types))
        case .aggregate(let aggregate):
            if role != .measure {
                error(.aggregateOutsideMeasure(function.name), range)
                return (call, .unknown)
            }
            if insideAggregate {
                error(.nestedAggregate, range)
                return (call, .unknown)
            }
            aggregateCount += 1
            if aggregate == .coverage { return checkCoverage(arguments, range) }
            if aggregate == .units { return checkUnits(arguments, range) }
            insideAggregate = true
            let (checked, types) = checkArguments(arguments)
            insideAggregate = false
            let result = Expression.call(function, checked, range)
            return (result, types.contains(.unknown) ? .unknown : aggregateResult(aggregate, checked, types))
        }
    }

    private mutating func checkArguments(_ arguments: [Expression]) -> ([Expression], [Inferred]) {
        let checked = arguments.map { check($0) }
        return (checked.map(\.0), checked.map(\.1))
    }

    /// `coverage(district)`: its argument names a level of units, not a field.
    private mutating func checkCoverage(_ arguments: [Expression], _ range: Range<Int>) -> (Expression, Inferred) {
        let levels = UnitLevel.coverable.map(\.rawValue)
        guard case .field(let word, let wordRange) = arguments[0], levels.contains(word) else {
            let word = Renderer.canonical(arguments[0])
            error(
                .coverageLevel(levels: levels, suggestion: Suggestions.best(for: word, in: levels)), arguments[0].range)
            return (.call(.aggregate(.coverage), arguments, range), .unknown)
        }
        fieldsRead.insert(word)
        return (.call(.aggregate(.coverage), [.field(word, wordRange)], range), .type(.decimal))
    }

    /// `units(province)`: its argument names a level of units; no field is read.
    private mutating func checkUnits(_ arguments: [Expression], _ range: Range<Int>) -> (Expression, Inferred) {
        let levels = UnitLevel.allCases.map(\.rawValue)
        guard case .field(let word, let wordRange) = arguments[0], levels.contains(word) else {
            let word = Renderer.canonical(arguments[0])
            error(.unitsLevel(levels: levels, suggestion: Suggestions.best(for: word, in: levels)), arguments[0].range)
            return (.call(.aggregate(.units), arguments, range), .unknown)
        }
        return (.call(.aggregate(.units), [.field(word, wordRange)], range), .type(.integer))
    }

    /// The type of an argument, which must be accepted; nil (with an error) otherwise.
    private mutating func argument(
        _ i: Int, of function: Function, _ arguments: [Expression], _ types: [Inferred],
        must accepted: (ValueType) -> Bool,
        _ expectation: ExpressionProblem.ArgumentExpectation
    ) -> ValueType? {
        guard let t = types[i].valueType, accepted(t) else {
            error(
                .argumentType(
                    function: function.name, expected: expectation, expression: describe(arguments[i]),
                    found: types[i].valueType?.word ?? .null), arguments[i].range)
            return nil
        }
        return t
    }

    private mutating func rowResult(_ row: RowFunction, _ arguments: [Expression], _ types: [Inferred]) -> Inferred {
        let function = Function.row(row)
        switch row {
        case .year, .month, .quarter:
            return argument(0, of: function, arguments, types, must: { $0 == .date }, .date) == nil
                ? .unknown : .type(.integer)
        case .present:
            return .type(.bool)
        case .coalesce:
            guard let a = types[0].valueType else { return types[1] }
            if let b = types[1].valueType, a != b, !(a.isNumeric && b.isNumeric) {
                error(
                    .coalesceTypes(expression: describe(arguments[1]), found: b.word, expected: a.word),
                    arguments[1].range)
            }
            return .type(a)
        case .abs:
            return argument(0, of: function, arguments, types, must: \.isNumeric, .number).map { .type($0) } ?? .unknown
        }
    }

    private mutating func aggregateResult(
        _ aggregate: AggregateFunction, _ arguments: [Expression], _ types: [Inferred]
    ) -> Inferred {
        let function = Function.aggregate(aggregate)
        func argument(
            _ i: Int, must accepted: (ValueType) -> Bool,
            _ expectation: ExpressionProblem.ArgumentExpectation
        ) -> ValueType? {
            self.argument(i, of: function, arguments, types, must: accepted, expectation)
        }
        switch aggregate {
        case .sum:
            return argument(0, must: \.isNumeric, .number).map { .type($0) } ?? .unknown
        case .avg:
            return argument(0, must: \.isNumeric, .number) == nil ? .unknown : .type(.decimal)
        case .min, .max:
            return argument(0, must: { $0.isNumeric || $0 == .date }, .numberOrDate).map { .type($0) } ?? .unknown
        case .count:
            if !arguments.isEmpty, argument(0, must: { $0 == .bool }, .condition) == nil { return .unknown }
            return .type(.integer)
        case .share:
            return argument(0, must: { $0 == .bool }, .condition) == nil ? .unknown : .type(.decimal)
        case .ratio:
            let a = argument(0, must: \.isNumeric, .numbers)
            let b = argument(1, must: \.isNumeric, .numbers)
            return a == nil || b == nil ? .unknown : .type(.decimal)
        case .distinct:
            return .type(.integer)
        case .perYear:
            return argument(0, must: { $0 == .date }, .dateField) == nil ? .unknown : .type(.decimal)
        case .coverage:
            return .type(.decimal)
        case .units:
            return .type(.integer)
        }
    }

    // MARK: - Words for messages

    static func type(of literal: Literal) -> Inferred {
        switch literal {
        case .null: .null
        case .bool: .type(.bool)
        case .integer: .type(.integer)
        case .decimal, .percent: .type(.decimal)
        case .string: .type(.string)
        case .date: .type(.date)
        }
    }

    /// An expression as messages quote it: its canonical form.
    private func describe(_ expression: Expression) -> String {
        Renderer.canonical(expression)
    }
}

extension ValueType {
    /// The type as messages name it.
    public var word: TypeWord {
        switch self {
        case .bool: .bool
        case .integer: .integer
        case .decimal: .decimal
        case .string: .string
        case .date: .date
        case .enumeration(let domain): .enumeration(domain.name)
        }
    }
}
