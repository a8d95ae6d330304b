import Diagnostics
import Foundation

extension Target {
    /// Reads a target wording. Vietnamese: `ít nhất 45%`, `tối thiểu 18`, `trên 70`, `dưới 15%`,
    /// `từ 25 trở lên`, `khoảng 300`, `40 - 45%`, `1.500 - 2.000`, `1,5 lần`, `100%`, `trên 20 tỷ
    /// đồng`. Symbolic: `>= 45%`, `between 40% and 45%`, `< 15%`, `about 300`, `>= 1.5x baseline`.
    /// Every wording has exactly one meaning, documented in docs/rules.md.
    public static func parse(_ text: String) throws(WordingError) -> Target {
        var parser = TargetParser(Wording(text))
        return try parser.parse()
    }
}

/// A cursor over a target wording.
struct TargetParser {
    private let wording: Wording
    private var rest: Substring

    init(_ wording: Wording) {
        self.wording = wording
        self.rest = wording.text
    }

    /// Vietnamese comparison words, longest first so `trên dưới` wins over `trên`.
    static let phrases: [(words: String, relation: TargetRelation)] = [
        ("đạt ít nhất", .atLeast), ("đạt tối thiểu", .atLeast), ("ít nhất", .atLeast), ("tối thiểu", .atLeast),
        ("trên dưới", .about), ("không vượt quá", .atMost), ("không quá", .atMost), ("tối đa", .atMost),
        ("không đến", .lessThan), ("dưới", .lessThan), ("đạt trên", .greaterThan), ("trên", .greaterThan),
        ("hơn", .greaterThan), ("vượt", .greaterThan), ("khoảng", .about), ("gần", .about),
        ("tăng gấp", .atLeast), ("tăng", .atLeast), ("gấp", .atLeast), ("đạt", .atLeast), ("lên", .atLeast),
    ]

    static let symbols: [(text: String, relation: TargetRelation)] = [
        (">=", .atLeast), ("≥", .atLeast), ("<=", .atMost), ("≤", .atMost), ("==", .equal),
        (">", .greaterThan), ("<", .lessThan), ("=", .equal), ("~", .about),
    ]

    /// Words naming what a figure counts, accepted after it and ignored (`25 HTX`, `300 người`).
    static let countedNouns: Set<String> = [
        "số", "htx", "tht", "lhhtx", "hợp", "tác", "xã", "tổ", "liên", "hiệp", "người", "lượt", "tin", "bài", "cuộc",
        "hội", "nghị", "thảo", "mô", "hình", "đoàn", "sản", "phẩm", "thành", "viên", "hộ", "cán", "bộ",
        "doanh", "nghiệp", "huyện", "lớp", "video", "clip", "phóng", "sự", "học", "tập",
    ]

    mutating func parse() throws(WordingError) -> Target {
        guard !rest.isEmpty else { throw WordingError(.emptyTarget, range: wording.whole) }
        skipSpaces()
        let start = rest.startIndex
        var relation: TargetRelation?
        var growth = false
        if let symbol = Self.symbols.first(where: { rest.hasPrefix($0.text) }) {
            rest = rest.dropFirst(symbol.text.count)
            relation = symbol.relation
        } else if take("between") {
            return try symbolicBetween()
        } else if take("about") {
            relation = .about
        } else if let phrase = Self.phrases.first(where: { takeWords($0.words) }) {
            relation = phrase.relation
            growth = phrase.words.hasPrefix("tăng") || phrase.words.hasPrefix("gấp")
        }
        let fromWord = take("từ")
        skipSpaces()
        guard rest.first?.isASCII == true, rest.first?.isNumber == true else {
            throw unreadable(from: start)
        }
        let first = try number()
        let firstUnit = unit()
        var second: (value: Decimal, range: Range<Int>, text: Substring)?
        var secondUnit: (unit: TargetUnit, scale: Decimal)?
        if take("-") || take("–") || take("—") || take("đến") {
            second = try number()
            secondUnit = unit()
        }
        if takeWords("trở lên") {
            guard relation == nil || relation == .atLeast, second == nil else {
                throw WordingError(.orMoreContradicts, range: wording.whole)
            }
            relation = .atLeast
        }
        let baseline = take("baseline")
        var aim: Decimal?
        if take("aim") {
            aim = try number().value
            _ = unit()
        }
        try countedNounsToEnd()

        if let firstUnit, let secondUnit, firstUnit.unit != secondUnit.unit {
            throw WordingError(.rangeUnitsDiffer, range: wording.whole)
        }
        let (unit, scale) = secondUnit ?? firstUnit ?? (.count, 1)
        let percent: Decimal = unit == .percent ? 100 : 1
        let low = first.value * scale / percent
        let high = second.map { $0.value * scale / percent }
        if let aimValue = aim { aim = aimValue * scale / percent }
        if growth, unit != .times {
            throw WordingError(.growthNeedsTimes, range: wording.whole)
        }
        if relation == nil, fromWord, high == nil {
            throw WordingError(.fromNeedsEnd(figure: String(first.text)), range: wording.whole)
        }
        var finalRelation = relation ?? .atLeast
        var upper: Decimal?
        if let high {
            guard high >= low else {
                throw WordingError(.rangeBackwards(low: String(first.text), high: nil), range: second!.range)
            }
            switch relation {
            case nil, .about:
                finalRelation = .between
                upper = high
            case .atLeast:
                aim = high
            default:
                throw WordingError(.rangeAfterComparison(figure: String(first.text)), range: wording.whole)
            }
        }
        if finalRelation == .about, low == 0 {
            throw WordingError(.aboutZero, range: first.range)
        }
        return Target(
            relation: finalRelation, value: low, upper: upper, aim: aim, unit: unit,
            relativeToBaseline: unit == .times || baseline, wording: wording.original)
    }

    private mutating func symbolicBetween() throws(WordingError) -> Target {
        let low = try number()
        let lowUnit = unit()
        guard take("and") else {
            throw WordingError(.betweenNeedsAnd, range: rangeOfRest())
        }
        let high = try number()
        let highUnit = unit()
        try countedNounsToEnd()
        let (unit, scale) = highUnit ?? lowUnit ?? (.count, 1)
        let percent: Decimal = unit == .percent ? 100 : 1
        guard high.value >= low.value else {
            throw WordingError(.rangeBackwards(low: String(low.text), high: String(high.text)), range: high.range)
        }
        return Target(
            relation: .between, value: low.value * scale / percent, upper: high.value * scale / percent,
            unit: unit, relativeToBaseline: unit == .times, wording: wording.original)
    }

    // MARK: - Pieces

    private mutating func number() throws(WordingError) -> (value: Decimal, range: Range<Int>, text: Substring) {
        skipSpaces()
        let digits = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }
        // A trailing separator belongs to the sentence ("45%, …"), not to the number.
        let trimmed = digits.reversed().drop { $0 == "." || $0 == "," }.count
        let text = digits.prefix(trimmed)
        guard !text.isEmpty else {
            throw WordingError(.figureExpected, range: rangeOfRest())
        }
        let range = wording.offsets(of: text.startIndex..<text.endIndex)
        let value = try VietnameseNumber.parse(text, range: range)
        rest = rest[text.endIndex...]
        return (value, range, text)
    }

    /// The unit after a figure, with the factor that turns the figure into the unit's base.
    private mutating func unit() -> (unit: TargetUnit, scale: Decimal)? {
        if take("%") { return (.percent, 1) }
        if takeWords("lần") || take("x") { return (.times, 1) }
        if takeWords("tỷ đồng") { return (.vnd, 1_000_000_000) }
        if takeWords("triệu đồng") { return (.vnd, 1_000_000) }
        if takeWords("nghìn đồng") { return (.vnd, 1_000) }
        if takeWords("đồng") || takeWords("vnd") { return (.vnd, 1) }
        return nil
    }

    private mutating func countedNounsToEnd() throws(WordingError) {
        skipSpaces()
        while let word = nextWord() {
            guard Self.countedNouns.contains(String(word)) else {
                throw WordingError(.unreadableAfterFigure(String(rest)), range: rangeOfRest())
            }
            rest = rest[word.endIndex...].drop { $0.isWhitespace || $0 == "," }
        }
        guard rest.isEmpty else {
            throw WordingError(.unreadableAfterFigure(String(rest)), range: rangeOfRest())
        }
    }

    private func nextWord() -> Substring? {
        let word = rest.prefix { $0.isLetter }
        return word.isEmpty ? nil : word
    }

    private func unreadable(from start: Substring.Index) -> WordingError {
        let lead = wording.text[start...].prefix { !($0.isASCII && $0.isNumber) }
        let phrase = String(lead).trimmingCharacters(in: .whitespaces)
        guard !phrase.isEmpty else {
            return WordingError(.figureExpected, range: rangeOfRest())
        }
        let suggestion = Suggestions.best(for: phrase, in: Self.phrases.map(\.words) + ["từ", "between", "about"])
        let range = wording.offsets(of: lead.startIndex..<wording.text.index(lead.startIndex, offsetBy: phrase.count))
        return WordingError(.unreadablePhrase(phrase, suggestion: suggestion), range: range)
    }

    private func rangeOfRest() -> Range<Int> {
        wording.offsets(of: rest.startIndex..<rest.endIndex)
    }

    private mutating func skipSpaces() {
        rest = rest.drop { $0.isWhitespace }
    }

    /// Consumes a literal (after spaces); a word must end at a word boundary.
    private mutating func take(_ literal: String) -> Bool {
        skipSpaces()
        guard rest.hasPrefix(literal) else { return false }
        let after = rest.dropFirst(literal.count)
        if literal.last?.isLetter == true, after.first?.isLetter == true { return false }
        rest = after
        return true
    }

    /// Consumes a phrase of words separated by any amount of space.
    private mutating func takeWords(_ phrase: String) -> Bool {
        let saved = rest
        for word in phrase.split(separator: " ") where !take(String(word)) {
            rest = saved
            return false
        }
        return true
    }
}
