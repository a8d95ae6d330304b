import Diagnostics

/// Parses tokens into an `Expression`, by recursive descent with a depth bound so that hostile
/// input (`((((…`) is an error, never a stack overflow.
struct Parser {
    private let tokens: [Token]
    private let limits: ExpressionLimits
    private var position = 0
    private var depth = 0
    private var nodes = 0

    init(tokens: [Token], limits: ExpressionLimits) {
        self.tokens = tokens
        self.limits = limits
    }

    static func parse(_ source: String, limits: ExpressionLimits) throws(ExpressionDiagnostic) -> Expression {
        let length = source.unicodeScalars.count
        guard length <= limits.maxLength else {
            throw ExpressionDiagnostic(.tooLong(limit: limits.maxLength), limits.maxLength..<length)
        }
        var lexer = Lexer(source)
        var parser = Parser(tokens: try lexer.tokens(), limits: limits)
        guard parser.current.kind != .end else {
            throw ExpressionDiagnostic(.empty, 0..<max(length, 1))
        }
        let expression = try parser.expression()
        guard parser.current.kind == .end else {
            throw ExpressionDiagnostic(.unexpectedAfterEnd(parser.describe(parser.current)), parser.current.range)
        }
        return expression
    }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }
    private func isKeyword(_ word: String) -> Bool { current.kind == .keyword(word) }

    private mutating func node(_ expression: Expression) throws(ExpressionDiagnostic) -> Expression {
        nodes += 1
        guard nodes <= limits.maxNodes else {
            throw ExpressionDiagnostic(.tooManyParts(limit: limits.maxNodes), expression.range)
        }
        return expression
    }

    private mutating func nested<T>(_ range: Range<Int>, _ body: (inout Parser) throws(ExpressionDiagnostic) -> T)
        throws(ExpressionDiagnostic) -> T
    {
        depth += 1
        defer { depth -= 1 }
        guard depth <= limits.maxDepth else {
            throw ExpressionDiagnostic(.tooDeep(limit: limits.maxDepth), range)
        }
        return try body(&self)
    }

    mutating func expression() throws(ExpressionDiagnostic) -> Expression {
        try binary(minimumPrecedence: 1)
    }

    /// Binary operators by precedence climbing; comparisons do not chain.
    private mutating func binary(minimumPrecedence: Int) throws(ExpressionDiagnostic) -> Expression {
        var left = try prefix(minimumPrecedence: minimumPrecedence)
        while let op = binaryOperator(), op.precedence >= minimumPrecedence {
            let opToken = advance()
            if op.isComparison {
                let right = try binary(minimumPrecedence: op.precedence + 1)
                left = try node(.binary(op, left, right, left.range.lowerBound..<right.range.upperBound))
                if let next = binaryOperator(), next.isComparison {
                    throw ExpressionDiagnostic(.chainedComparison, current.range)
                }
                if isKeyword("in") || (isKeyword("not") && tokens[position + 1].kind == .keyword("in")) {
                    throw ExpressionDiagnostic(.chainedComparison, current.range)
                }
                continue
            }
            guard current.kind != .end else {
                throw ExpressionDiagnostic(.valueExpectedAfter(operator: op.rawValue), opToken.range)
            }
            let right = try binary(minimumPrecedence: op.precedence + 1)
            left = try node(.binary(op, left, right, left.range.lowerBound..<right.range.upperBound))
        }
        return left
    }

    private func binaryOperator() -> BinaryOperator? {
        switch current.kind {
        case .keyword("and"): .and
        case .keyword("or"): .or
        case .symbol(let s): BinaryOperator(rawValue: s)
        default: nil
        }
    }

    /// `not`, unary minus, and the `in` / `not in` suffix of a comparison-level operand.
    private mutating func prefix(minimumPrecedence: Int) throws(ExpressionDiagnostic) -> Expression {
        if isKeyword("not"), minimumPrecedence <= 3 {
            let start = advance().range
            return try nested(start) { (parser: inout Parser) throws(ExpressionDiagnostic) in
                guard parser.current.kind != .end else { throw ExpressionDiagnostic(.conditionExpectedAfterNot, start) }
                let operand = try parser.binary(minimumPrecedence: 3)
                return try parser.node(.unary(.not, operand, start.lowerBound..<operand.range.upperBound))
            }
        }
        var operand = try unary()
        if minimumPrecedence <= 4, isKeyword("in") || (isKeyword("not") && tokens[position + 1].kind == .keyword("in"))
        {
            let negated = isKeyword("not")
            if negated { _ = advance() }
            _ = advance()
            let (items, end) = try list()
            operand = try node(.membership(operand, items, negated: negated, operand.range.lowerBound..<end))
            if let next = binaryOperator(), next.isComparison {
                throw ExpressionDiagnostic(.chainedComparison, current.range)
            }
        }
        return operand
    }

    private mutating func unary() throws(ExpressionDiagnostic) -> Expression {
        if isSymbol("-") {
            let start = advance().range
            return try nested(start) { (parser: inout Parser) throws(ExpressionDiagnostic) in
                let operand = try parser.unary()
                return try parser.node(.unary(.negate, operand, start.lowerBound..<operand.range.upperBound))
            }
        }
        return try primary()
    }

    private mutating func primary() throws(ExpressionDiagnostic) -> Expression {
        let token = advance()
        switch token.kind {
        case .integer(let v): return try node(.literal(.integer(v), token.range))
        case .decimal(let v): return try node(.literal(.decimal(v), token.range))
        case .percent(let v): return try node(.literal(.percent(v), token.range))
        case .string(let v): return try node(.literal(.string(v), token.range))
        case .date(let v): return try node(.literal(.date(v), token.range))
        case .keyword("true"): return try node(.literal(.bool(true), token.range))
        case .keyword("false"): return try node(.literal(.bool(false), token.range))
        case .keyword("null"): return try node(.literal(.null, token.range))
        case .identifier(let name):
            guard isSymbol("(") else { return try node(.field(name, token.range)) }
            guard let function = Function(name: name) else {
                let names = Function.all.map(\.name)
                throw ExpressionDiagnostic(
                    .unknownFunction(name, suggestion: Suggestions.best(for: name, in: names), functions: names),
                    token.range)
            }
            _ = advance()
            return try nested(token.range) { (parser: inout Parser) throws(ExpressionDiagnostic) in
                var arguments: [Expression] = []
                if !parser.isSymbol(")") {
                    arguments.append(try parser.expression())
                    while parser.isSymbol(",") {
                        _ = parser.advance()
                        arguments.append(try parser.expression())
                    }
                }
                guard parser.isSymbol(")") else {
                    throw ExpressionDiagnostic(.unclosedCall(function: name), parser.current.range)
                }
                let end = parser.advance().range.upperBound
                return try parser.node(.call(function, arguments, token.range.lowerBound..<end))
            }
        case .symbol("("):
            return try nested(token.range) { (parser: inout Parser) throws(ExpressionDiagnostic) in
                let inner = try parser.expression()
                guard parser.isSymbol(")") else {
                    throw ExpressionDiagnostic(
                        .unmatchedParenthesis(openedAt: token.range.lowerBound + 1), parser.current.range)
                }
                _ = parser.advance()
                return inner
            }
        case .end:
            let previous = position > 0 ? tokens[position - 1] : token
            throw ExpressionDiagnostic(.valueExpectedAtEnd, previous.range)
        default:
            throw ExpressionDiagnostic(.valueExpected(found: describe(token)), token.range)
        }
    }

    /// `[item, item, …]` after `in`.
    private mutating func list() throws(ExpressionDiagnostic) -> ([Expression], Int) {
        guard isSymbol("[") else {
            throw ExpressionDiagnostic(.listExpectedAfterIn, current.range)
        }
        let open = advance().range
        var items: [Expression] = []
        while !isSymbol("]") {
            if !items.isEmpty {
                guard isSymbol(",") else { throw ExpressionDiagnostic(.listSeparatorExpected, current.range) }
                _ = advance()
            }
            guard current.kind != .end else { throw ExpressionDiagnostic(.listNotClosed, open) }
            items.append(try unary())
            guard items.count <= limits.maxListItems else {
                throw ExpressionDiagnostic(.listTooLong(limit: limits.maxListItems), items.last!.range)
            }
        }
        let end = advance().range.upperBound
        guard !items.isEmpty else { throw ExpressionDiagnostic(.listEmpty, open.lowerBound..<end) }
        return (items, end)
    }

    private func describe(_ token: Token) -> ExpressionProblem.Token {
        switch token.kind {
        case .symbol(let s): .symbol(s)
        case .keyword(let word), .identifier(let word): .word(word)
        case .end: .end
        case .integer, .decimal, .percent, .string, .date: .value
        }
    }
}
