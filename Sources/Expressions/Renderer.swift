import Foundation

/// Turns an expression back into text in its canonical form, which parses to the same tree.
/// Readings in words, for people, are the message catalogues' (module Messages).
public enum Renderer {
    public static func canonical(_ expression: Expression) -> String {
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
            let text =
                "\(canonical(left, parentPrecedence: op.isComparison ? p + 1 : p)) \(op.rawValue) \(canonical(right, parentPrecedence: p + 1))"
            return wrap(text, p, parentPrecedence)
        case .membership(let subject, let items, let negated, _):
            let list = items.map { canonical($0) }.joined(separator: ", ")
            return wrap(
                "\(canonical(subject, parentPrecedence: 5)) \(negated ? "not in" : "in") [\(list)]", 4, parentPrecedence
            )
        case .call(let function, let arguments, _):
            return "\(function.name)(\(arguments.map { canonical($0) }.joined(separator: ", ")))"
        }
    }

    private static func wrap(_ text: String, _ precedence: Int, _ parent: Int) -> String {
        precedence < parent ? "(\(text))" : text
    }

    public static func canonical(_ literal: Literal) -> String {
        switch literal {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .decimal(let d):
            NSDecimalNumber(decimal: d).stringValue.contains(".")
                ? NSDecimalNumber(decimal: d).stringValue : NSDecimalNumber(decimal: d).stringValue + ".0"
        case .percent(let p): NSDecimalNumber(decimal: p * 100).stringValue + "%"
        case .string(let s):
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .date(let d): d.description
        }
    }
}
