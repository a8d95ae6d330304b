import Diagnostics
import Expressions
import Foundation

/// How a submission writes numbers, dates and check-marks, declared in its manifest so that
/// no value is ever guessed.
public struct Conventions: Hashable, Sendable {
    /// `1.500,5` (Vietnamese: dot for thousands, comma for decimals) or `1,500.5` (international).
    public enum Numbers: String, CaseIterable, Sendable { case vietnamese, international }
    /// `15/12/2025` (day first) or ISO `2025-12-15` only. ISO dates are always accepted.
    public enum Dates: String, CaseIterable, Sendable {
        case dayMonthYear = "dd/mm/yyyy"
        case iso
    }

    public var numbers: Numbers = .vietnamese
    public var dates: Dates = .dayMonthYear
    /// Whether a blank true/false cell means false (a column of check-marks) rather than missing.
    public var checkmarks = false

    public init() {}
}

/// Turns a cell's text into a typed value of a field, by the submission's conventions.
public struct FieldDecoder: Sendable {
    public let conventions: Conventions

    public init(conventions: Conventions) {
        self.conventions = conventions
    }

    static let trueWords: Set<String> = ["true", "có", "co", "yes", "x", "1", "đúng"]
    static let falseWords: Set<String> = ["false", "không", "khong", "no", "0", "sai"]

    /// The value of `text` for a field of `type`; the problem when it cannot be read.
    /// Blank text is `null` (or false for a check-mark column).
    public func decode(_ text: String, as type: ValueType) -> Result<Value, CellProblem> {
        let trimmed = Self.trimmed(text)
        guard !trimmed.isEmpty else {
            return .success(type == .bool && conventions.checkmarks ? .bool(false) : .null)
        }
        switch type {
        case .string:
            return .success(.string(trimmed))
        case .bool:
            if trimmed == "true" || trimmed == "x" { return .success(.bool(true)) }
            if trimmed == "false" { return .success(.bool(false)) }
            let lowered = trimmed.lowercased()
            if Self.trueWords.contains(lowered) { return .success(.bool(true)) }
            if Self.falseWords.contains(lowered) { return .success(.bool(false)) }
            return .failure(.notBool(trimmed))
        case .enumeration(let domain):
            if let value = domain.canonical(trimmed) { return .success(.string(value)) }
            return .failure(
                .notInVocabulary(
                    trimmed, vocabulary: domain.name, values: domain.values,
                    aliases: domain.aliases.keys.sorted()))
        case .date:
            return decodeDate(trimmed)
        case .integer:
            if trimmed.utf8.count <= 18, trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int64(trimmed) {
                return .success(.integer(value))
            }
            switch decodeNumber(trimmed) {
            case .success(let number):
                let value = NSDecimalNumber(decimal: number).int64Value
                guard Decimal(value) == number else {
                    return .failure(.notWholeNumber(trimmed))
                }
                return .success(.integer(value))
            case .failure(let problem):
                return .failure(problem)
            }
        case .decimal:
            return decodeNumber(trimmed).map { .decimal($0) }
        }
    }

    /// The locale of numbers written in a file's own syntax: a point before the fraction.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A plain value of a YAML or JSON file: a number in the file's own syntax (`-12.345`, `1e3`)
    /// means that number; anything else is read as text is, by the manifest's conventions.
    public func decodeTyped(_ text: String, as type: ValueType) -> Result<Value, CellProblem> {
        switch type {
        case .integer, .decimal:
            guard Self.isNumberSyntax(text),
                let number = Decimal(string: text, locale: Self.posix)
            else { return decode(text, as: type) }
            if type == .decimal { return .success(.decimal(number)) }
            let value = NSDecimalNumber(decimal: number).int64Value
            return Decimal(value) == number ? .success(.integer(value)) : .failure(.notWholeNumber(text))
        case .bool, .string, .date, .enumeration:
            return decode(text, as: type)
        }
    }

    /// `-?digits(.digits)?([eE][+-]?digits)?`: how JSON (and YAML's core schema) write a number.
    static func isNumberSyntax(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        func digits() -> Bool {
            let count = rest.prefix { $0.isASCII && $0.isNumber }.count
            rest = rest.dropFirst(count)
            return count > 0
        }
        guard digits() else { return false }
        if rest.first == "." {
            rest = rest.dropFirst()
            guard digits() else { return false }
        }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            guard digits() else { return false }
        }
        return rest.isEmpty
    }

    /// The text without leading and trailing spaces and tabs; the same string when there are none,
    /// which is the common case and costs no copy.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
        guard isSpace(first) || isSpace(last) || first == 0xC2 || last == 0xA0 else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private func decodeDate(_ text: String) -> Result<Value, CellProblem> {
        if let date = CivilDate.parseISO(text) { return .success(.date(date)) }
        if conventions.dates == .dayMonthYear, text.contains("/") {
            if let date = CivilDate.parseDayMonthYear(text) { return .success(.date(date)) }
            return .failure(.notADate(text, hint: .dayMonthYear))
        }
        return .failure(.notADate(text, hint: conventions.dates == .iso ? .iso : .either))
    }

    /// A number by the declared convention. The decimal mark followed by exactly three digits and
    /// no thousands mark (`1,500` in Vietnamese, `1.500` in international) reads as a thousands
    /// group in the other convention, so it is an error rather than a guess.
    private func decodeNumber(_ text: String) -> Result<Decimal, CellProblem> {
        let (thousands, decimal): (Character, Character) = conventions.numbers == .vietnamese ? (".", ",") : (",", ".")
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == thousands || $0 == decimal }) else {
            return .failure(.notANumber(text))
        }
        let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(.twoDecimalMarks(text, mark: String(decimal))) }
        let groups = parts[0].split(separator: thousands, omittingEmptySubsequences: false)
        if groups.count > 1, !(1...3).contains(groups[0].count) || groups.dropFirst().contains(where: { $0.count != 3 })
        {
            return .failure(.badGrouping(text, mark: String(thousands), vietnamese: conventions.numbers == .vietnamese))
        }
        if parts.count == 2, groups.count == 1, parts[1].count == 3 {
            let (whole, fraction) = (parts[0], parts[1])
            let short = String(fraction.reversed().drop { $0 == "0" }.reversed())
            let asDecimal = short.isEmpty ? String(whole) : "\(whole)\(decimal)\(short)"
            return .failure(
                .ambiguousNumber(
                    text, vietnamese: conventions.numbers == .vietnamese, asDecimal: asDecimal,
                    whole: String(whole), fraction: String(fraction)))
        }
        guard parts.allSatisfy({ !$0.isEmpty }) || (parts.count == 1) else {
            return .failure(.notANumber(text))
        }
        let digits = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        guard let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else {
            return .failure(.notANumber(text))
        }
        return .success(negative ? -value : value)
    }
}
