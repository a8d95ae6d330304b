import Foundation

/// Turns an expression back into text: the canonical form (which parses to the same tree) and a
/// plain-English reading for `coopcheck rules explain`.
enum Renderer {
    static func canonical(_ expression: Expression) -> String {
        canonical(expression, parentPrecedence: 0)
    }

    private static func canonical(_ expression: Expression, parentPrecedence: Int) -> String {
        switch expression {
        case .literal(let literal, _):
            return canonical(literal)
        case .field(let name, _):
            return name
        case .unary(.not, let operand, _):
            return wrap("not \(canonical(operand, parentPrecedence: 3))", 3, parentPrecedence)
        case .unary(.negate, let operand, _):
            return "-\(canonical(operand, parentPrecedence: 7))"
        case .binary(let op, let left, let right, _):
            let p = op.precedence
            // Left-associative: the right side needs parentheses at equal precedence; comparisons never chain.
            let text = "\(canonical(left, parentPrecedence: op.isComparison ? p + 1 : p)) \(op.rawValue) \(canonical(right, parentPrecedence: p + 1))"
            return wrap(text, p, parentPrecedence)
        case .membership(let subject, let items, let negated, _):
            let list = items.map { canonical($0) }.joined(separator: ", ")
            return wrap("\(canonical(subject, parentPrecedence: 5)) \(negated ? "not in" : "in") [\(list)]", 4, parentPrecedence)
        case .call(let name, let arguments, _):
            return "\(name)(\(arguments.map { canonical($0) }.joined(separator: ", ")))"
        }
    }

    private static func wrap(_ text: String, _ precedence: Int, _ parent: Int) -> String {
        precedence < parent ? "(\(text))" : text
    }

    static func canonical(_ literal: Literal) -> String {
        switch literal {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .decimal(let d): NSDecimalNumber(decimal: d).stringValue.contains(".") ? NSDecimalNumber(decimal: d).stringValue : NSDecimalNumber(decimal: d).stringValue + ".0"
        case .percent(let p): NSDecimalNumber(decimal: p * 100).stringValue + "%"
        case .string(let s): "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .date(let d): d.description
        }
    }

    // MARK: - Plain English

    static func english(_ expression: Expression) -> String {
        switch expression {
        case .literal(let literal, _):
            switch literal {
            case .string(let s): return s
            case .bool(let b): return b ? "true" : "false"
            default: return canonical(literal)
            }
        case .field(let name, _):
            return name
        case .unary(.not, let operand, _):
            if case .field(let name, _) = operand { return "\(name) is false" }
            return "not (\(english(operand)))"
        case .unary(.negate, let operand, _):
            return "minus \(english(operand))"
        case .binary(let op, let left, let right, _):
            let words: String = switch op {
            case .and: "and"
            case .or: "or"
            case .equal: right == .literal(.null, right.range) ? "is" : "is"
            case .notEqual: "is not"
            case .less: "is less than"
            case .lessOrEqual: "is at most"
            case .greater: "is more than"
            case .greaterOrEqual: "is at least"
            case .add: "plus"
            case .subtract: "minus"
            case .multiply: "times"
            case .divide: "divided by"
            }
            return "\(condition(left, op)) \(words) \(condition(right, op))"
        case .membership(let subject, let items, let negated, _):
            let list = items.map(english).joined(separator: ", ")
            return "\(english(subject)) is \(negated ? "not " : "")one of \(list)"
        case .call(let name, let arguments, _):
            let args = arguments.map { english($0) }
            switch Function(rawValue: name) {
            case .count: return args.isEmpty ? "the number of records" : "the number of records where \(asCondition(arguments[0]))"
            case .share: return "the share of records where \(asCondition(arguments[0]))"
            case .ratio: return "the total of \(args[0]) divided by the total of \(args[1])"
            case .sum: return "the total of \(args[0])"
            case .avg: return "the average of \(args[0])"
            case .min: return "the smallest \(args[0])"
            case .max: return "the largest \(args[0])"
            case .distinct: return "the number of distinct values of \(args[0])"
            case .coverage: return "the share of \(args[0])s with at least one matching record"
            case .perYear: return "the number of records per year, counted by \(args[0])"
            case .year, .month, .quarter: return "the \(name) of \(args[0])"
            case .present: return "\(args[0]) is given"
            case .coalesce: return "\(args[0]) (or \(args[1]) when missing)"
            case .abs: return "the absolute value of \(args[0])"
            case nil: return "\(name)(\(args.joined(separator: ", ")))"
            }
        }
    }

    /// A bare boolean field reads as "x is true".
    static func asCondition(_ expression: Expression) -> String {
        if case .field(let name, _) = expression { return "\(name) is true" }
        return english(expression)
    }

    private static func condition(_ expression: Expression, _ parent: BinaryOperator) -> String {
        if parent == .and || parent == .or {
            if case .field(let name, _) = expression { return "\(name) is true" }
            if case .binary(let op, _, _, _) = expression, op.precedence < parent.precedence {
                return "(\(english(expression)))"
            }
        }
        return english(expression)
    }
}
