import Diagnostics
import Foundation

/// A token of the expression language.
struct Token: Hashable {
    enum Kind: Hashable {
        case identifier(String)
        case keyword(String)
        case integer(Int64)
        case decimal(Decimal)
        case percent(Decimal)
        case string(String)
        case date(CivilDate)
        case symbol(String)
        case end
    }

    let kind: Kind
    let range: Range<Int>
}

/// Splits an expression into tokens, recognising common mistakes (`=`, `&&`, `1,5`) by name.
///
/// A comma between digits is a decimal comma only outside brackets and parentheses: inside them
/// it separates a list's items or a function's arguments (`in [10,20,30]`, `round(x,2)`).
struct Lexer {
    static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false", "null"]

    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// How many brackets and parentheses are open at `index`.
    private var depth = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    mutating func tokens() throws(ExpressionDiagnostic) -> [Token] {
        var result: [Token] = []
        while true {
            let token = try next()
            result.append(token)
            if token.kind == .end { return result }
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private static func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { ("0"..."9").contains($0) } ?? false }
    private static func isIdentifierStart(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_"
    }

    private mutating func next() throws(ExpressionDiagnostic) -> Token {
        while let s = peek(), s.properties.isWhitespace { index += 1 }
        let start = index
        guard let s = peek() else { return Token(kind: .end, range: start..<start) }
        if Self.isIdentifierStart(s) {
            while Self.isIdentifierStart(peek()) || Self.isDigit(peek()) { index += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<index]))
            return Token(kind: Self.keywords.contains(word) ? .keyword(word) : .identifier(word), range: start..<index)
        }
        if Self.isDigit(s) { return try number(start) }
        if s == "\"" || s == "'" { return try string(start, quote: s) }
        let two = peek(1).map { String(s) + String($0) } ?? ""
        switch two {
        case "==", "!=", "<=", ">=":
            index += 2
            return Token(kind: .symbol(two), range: start..<index)
        case "&&", "||":
            throw ExpressionDiagnostic(
                .wordOperator(written: two, word: two == "&&" ? "and" : "or"), start..<(start + 2))
        default:
            break
        }
        index += 1
        switch s {
        case "(", "[":
            depth += 1
            return Token(kind: .symbol(String(s)), range: start..<index)
        case ")", "]":
            depth = max(0, depth - 1)
            return Token(kind: .symbol(String(s)), range: start..<index)
        case "<", ">", "+", "-", "*", "/", ",":
            return Token(kind: .symbol(String(s)), range: start..<index)
        case "=":
            throw ExpressionDiagnostic(.singleEquals, start..<index)
        case "!":
            throw ExpressionDiagnostic(.exclamationNot, start..<index)
        default:
            throw ExpressionDiagnostic(.unexpectedCharacter(String(s)), start..<index)
        }
    }

    private mutating func number(_ start: Int) throws(ExpressionDiagnostic) -> Token {
        while Self.isDigit(peek()) { index += 1 }
        // A date: 2025-12-15.
        if index - start == 4, peek() == "-", Self.isDigit(peek(1)), Self.isDigit(peek(2)), peek(3) == "-" {
            index += 4
            while Self.isDigit(peek()) { index += 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            guard let date = CivilDate.parseISO(text) else {
                throw ExpressionDiagnostic(.invalidDate(text), start..<index)
            }
            return Token(kind: .date(date), range: start..<index)
        }
        var isDecimal = false
        if peek() == ".", Self.isDigit(peek(1)) {
            isDecimal = true
            index += 1
            while Self.isDigit(peek()) { index += 1 }
        } else if depth == 0, peek() == ",", Self.isDigit(peek(1)) {
            var end = index + 1
            while Self.isDigit(end < scalars.count ? scalars[end] : nil) { end += 1 }
            throw ExpressionDiagnostic(.decimalComma, start..<end)
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if peek() == "%" {
            index += 1
            return Token(kind: .percent(Decimal(string: text)! / 100), range: start..<index)
        }
        if isDecimal { return Token(kind: .decimal(Decimal(string: text)!), range: start..<index) }
        guard let value = Int64(text) else {
            throw ExpressionDiagnostic(.numberTooLarge(text), start..<index)
        }
        return Token(kind: .integer(value), range: start..<index)
    }

    private mutating func string(_ start: Int, quote: Unicode.Scalar) throws(ExpressionDiagnostic) -> Token {
        index += 1
        var value = String.UnicodeScalarView()
        while let s = peek() {
            index += 1
            if s == quote { return Token(kind: .string(String(value)), range: start..<index) }
            if s == "\n" { break }
            if s == "\\", let escaped = peek(), escaped == quote || escaped == "\\" {
                value.append(escaped)
                index += 1
            } else {
                value.append(s)
            }
        }
        throw ExpressionDiagnostic(.unterminatedText(quote: String(quote)), start..<index)
    }
}
