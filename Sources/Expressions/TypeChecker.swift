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

    private mutating func error(_ message: String, _ range: Range<Int>) {
        diagnostics.append(ExpressionDiagnostic(message, range))
    }

    mutating func check(_ expression: Expression) -> (Expression, Inferred) {
        switch expression {
        case .literal(let literal, _):
            return (expression, Self.type(of: literal))

        case .field(let name, let range):
            guard let type = schema[name] else {
                error("unknown field '\(name)'\(Suggestions.didYouMean(name, in: schema.fieldNames))", range)
                return (expression, .unknown)
            }
            if role == .measure, !insideAggregate {
                error("field '\(name)' must be inside an aggregate, e.g. \(type.isNumeric ? "sum" : "share")(\(name))", range)
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
                    error("'-' needs a number; \(describe(checked)) is \(article(t))", checked.range)
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
                    error("list items must be written values, such as \"HTX\" or 5", item.range)
                    checkedItems.append(item)
                    continue
                }
                let (checkedItem, itemType) = check(item)
                checkedItems.append(compare(.equal, checkedSubject, subjectType, checkedItem, itemType).right)
            }
            return (.membership(checkedSubject, checkedItems, negated: negated, range), .type(.bool))

        case .call(let name, let arguments, let range):
            return checkCall(name, arguments, range)
        }
    }

    // MARK: - Operators

    private mutating func checkBinary(_ op: BinaryOperator, _ left: Expression, _ right: Expression,
                                      _ range: Range<Int>) -> (Expression, Inferred) {
        let (l, lt) = check(left)
        let (r, rt) = check(right)
        switch op {
        case .and, .or:
            requireBool(lt, l, context: "'\(op.rawValue)'")
            requireBool(rt, r, context: "'\(op.rawValue)'")
            return (.binary(op, l, r, range), .type(.bool))
        case .add, .subtract, .multiply, .divide:
            guard let a = lt.valueType, let b = rt.valueType else { return (.binary(op, l, r, range), .unknown) }
            var ok = true
            for (side, t) in [(l, a), (r, b)] where !t.isNumeric {
                error("'\(op.rawValue)' needs numbers; \(describe(side)) is \(article(t))", side.range)
                ok = false
            }
            guard ok else { return (.binary(op, l, r, range), .unknown) }
            let result: ValueType = op == .divide || a == .decimal || b == .decimal ? .decimal : .integer
            return (.binary(op, l, r, range), .type(result))
        default:
            let (cl, cr) = compare(op, l, lt, r, rt)
            return (.binary(op, cl, cr, range), .type(.bool))
        }
    }

    /// Checks that two sides can be compared; canonicalises an enumeration word on either side.
    private mutating func compare(_ op: BinaryOperator, _ l: Expression, _ lt: Inferred, _ r: Expression,
                                  _ rt: Inferred) -> (left: Expression, right: Expression) {
        let ordering = op != .equal && op != .notEqual
        if lt == .null || rt == .null {
            if ordering { error("'\(op.rawValue)' cannot compare with null; use '== null' or present(…)", (lt == .null ? l : r).range) }
            return (l, r)
        }
        guard let a = lt.valueType, let b = rt.valueType else { return (l, r) }
        if case .enumeration(let domain) = a { return (l, enumWord(r, b, domain: domain, other: l, ordering: ordering, op: op)) }
        if case .enumeration(let domain) = b { return (enumWord(l, a, domain: domain, other: r, ordering: ordering, op: op), r) }
        if a.isNumeric, b.isNumeric { return (l, r) }
        if a == b {
            if ordering, a == .bool || a == .string {
                error("'\(op.rawValue)' compares numbers and dates, not \(a)", l.range.lowerBound..<r.range.upperBound)
            }
            return (l, r)
        }
        if (a == .date && b.isNumeric) || (b == .date && a.isNumeric) {
            let dateSide = a == .date ? l : r
            error("compare a date with a date (e.g. 2025-01-01), or use year(\(Renderer.canonical(dateSide)))", l.range.lowerBound..<r.range.upperBound)
            return (l, r)
        }
        error("cannot compare \(describe(l)) (\(a)) with \(describe(r)) (\(b))", l.range.lowerBound..<r.range.upperBound)
        return (l, r)
    }

    private mutating func enumWord(_ side: Expression, _ type: ValueType, domain: EnumDomain, other: Expression,
                                   ordering: Bool, op: BinaryOperator) -> Expression {
        if ordering {
            error("'\(op.rawValue)' cannot order \(domain.name) values; use '==', '!=' or 'in'", side.range)
            return side
        }
        if case .enumeration(let otherDomain) = type {
            if otherDomain != domain { error("cannot compare \(domain.name) with \(otherDomain.name)", side.range) }
            return side
        }
        guard case .literal(.string(let word), let range) = side else {
            error("compare \(describe(other)) with a word in quotes, one of \(domain.values.joined(separator: ", "))", side.range)
            return side
        }
        guard let canonical = domain.canonical(word) else {
            error("'\(word)' is not a \(domain.name); expected one of \(domain.values.joined(separator: ", "))\(Suggestions.didYouMean(word, in: domain.values + domain.aliases.keys.sorted()))", range)
            return side
        }
        return .literal(.string(canonical), range)
    }

    private mutating func requireBool(_ type: Inferred, _ expression: Expression, context: String) {
        guard let t = type.valueType, t != .bool else {
            if type == .null { error("\(context) needs true/false, not null", expression.range) }
            return
        }
        let hint = t.isNumeric ? "; compare it, e.g. \(Renderer.canonical(expression)) > 0" : ""
        error("\(describe(expression)) is \(article(t)), not true/false\(hint)", expression.range)
    }

    // MARK: - Calls

    private mutating func checkCall(_ name: String, _ arguments: [Expression], _ range: Range<Int>) -> (Expression, Inferred) {
        guard let function = Function(rawValue: name) else {
            let names = Function.allCases.map(\.rawValue)
            let suggestion = Suggestions.didYouMean(name, in: names)
            error("unknown function '\(name)'\(suggestion.isEmpty ? "; the functions are \(names.joined(separator: ", "))" : suggestion)", range)
            return (.call(name, arguments, range), .unknown)
        }
        guard function.arity.contains(arguments.count) else {
            error("\(name) takes \(function.arity.lowerBound == function.arity.upperBound ? "\(function.arity.lowerBound)" : "\(function.arity.lowerBound) or \(function.arity.upperBound)") argument\(function.arity.upperBound == 1 ? "" : "s"): \(function.signature)", range)
            return (.call(name, arguments, range), .unknown)
        }
        if function.isAggregate {
            if role != .measure {
                error("aggregate '\(name)' can only be used in a measure", range)
                return (.call(name, arguments, range), .unknown)
            }
            if insideAggregate {
                error("aggregates cannot be nested", range)
                return (.call(name, arguments, range), .unknown)
            }
            aggregateCount += 1
        }
        if function == .coverage {
            let levels = CoverageLevel.allCases.map(\.rawValue)
            guard case .field(let word, let wordRange) = arguments[0], CoverageLevel(rawValue: word) != nil else {
                let word = Renderer.canonical(arguments[0])
                error("coverage counts units of a level: province, district or commune\(Suggestions.didYouMean(word, in: levels))", arguments[0].range)
                return (.call(name, arguments, range), .unknown)
            }
            fieldsRead.insert(word)
            return (.call(name, [.field(word, wordRange)], range), .type(.decimal))
        }
        let wasInside = insideAggregate
        insideAggregate = insideAggregate || function.isAggregate
        let checked = arguments.map { check($0) }
        insideAggregate = wasInside
        let call = Expression.call(name, checked.map(\.0), range)
        let types = checked.map(\.1)
        if types.contains(.unknown) { return (call, .unknown) }
        return (call, resultType(function, checked.map(\.0), types))
    }

    private mutating func resultType(_ function: Function, _ arguments: [Expression], _ types: [Inferred]) -> Inferred {
        func argument(_ i: Int, must accepted: (ValueType) -> Bool, _ what: String) -> ValueType? {
            guard let t = types[i].valueType, accepted(t) else {
                error("\(function.rawValue) needs \(what); \(describe(arguments[i])) is \(types[i].valueType.map(article) ?? "null")", arguments[i].range)
                return nil
            }
            return t
        }
        switch function {
        case .year, .month, .quarter:
            return argument(0, must: { $0 == .date }, "a date") == nil ? .unknown : .type(.integer)
        case .present:
            return .type(.bool)
        case .coalesce:
            guard let a = types[0].valueType else { return types[1] }
            if let b = types[1].valueType, a != b, !(a.isNumeric && b.isNumeric) {
                error("coalesce needs two values of the same type; \(describe(arguments[1])) is \(article(b)), not \(article(a))", arguments[1].range)
            }
            return .type(a)
        case .abs, .sum:
            return argument(0, must: \.isNumeric, "a number").map { .type($0) } ?? .unknown
        case .avg:
            return argument(0, must: \.isNumeric, "a number") == nil ? .unknown : .type(.decimal)
        case .min, .max:
            return argument(0, must: { $0.isNumeric || $0 == .date }, "a number or a date").map { .type($0) } ?? .unknown
        case .count:
            if !arguments.isEmpty, argument(0, must: { $0 == .bool }, "a condition (true/false)") == nil { return .unknown }
            return .type(.integer)
        case .share:
            return argument(0, must: { $0 == .bool }, "a condition (true/false)") == nil ? .unknown : .type(.decimal)
        case .ratio:
            let a = argument(0, must: \.isNumeric, "numbers")
            let b = argument(1, must: \.isNumeric, "numbers")
            return a == nil || b == nil ? .unknown : .type(.decimal)
        case .distinct:
            return .type(.integer)
        case .perYear:
            return argument(0, must: { $0 == .date }, "a date field, e.g. per_year(founded_on)") == nil ? .unknown : .type(.decimal)
        case .coverage:
            return .type(.decimal)
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

    private func describe(_ expression: Expression) -> String {
        "'\(Renderer.canonical(expression))'"
    }

    private func article(_ type: ValueType) -> String { type.withArticle }
}

extension ValueType {
    /// "a whole number", "true/false", "a kind": the type as messages say it.
    var withArticle: String {
        switch self {
        case .bool: "true/false"
        case .integer: "a whole number"
        case .decimal: "a number"
        case .string: "text"
        case .date: "a date"
        case .enumeration(let domain): "a \(domain.name)"
        }
    }
}
