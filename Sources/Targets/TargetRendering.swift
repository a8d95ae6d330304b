import Foundation

extension Target {
    /// The symbolic form, which parses back to the same target: `>= 45%`, `between 40% and 45%`,
    /// `about 300`, `>= 1.5x baseline`, `> 20000000000 đồng`.
    public var canonical: String {
        phrase(.symbolic) { Self.symbolicFigure($0, unit: self.unit) }
    }

    /// The meaning in plain English: "at least 45%", "between 1,500 and 2,000", "about 300 (±10%)".
    public var plainEnglish: String {
        phrase(.english) { self.humanFigure($0, english: true) }
    }

    /// The meaning in Vietnamese: "ít nhất 45%", "từ 1.500 đến 2.000", "khoảng 300 (±10%)".
    public var plainVietnamese: String {
        phrase(.vietnamese) { self.humanFigure($0, english: false) }
    }

    /// The target in one phrasing, with figures written by `figure`.
    private func phrase(_ words: Phrasing, figure: (Decimal) -> String) -> String {
        var text: String
        switch relation {
        case .atLeast: text = "\(words.atLeast) \(figure(value))"
        case .greaterThan: text = "\(words.greaterThan) \(figure(value))"
        case .atMost: text = "\(words.atMost) \(figure(value))"
        case .lessThan: text = "\(words.lessThan) \(figure(value))"
        case .equal: text = "\(words.equal) \(figure(value))"
        case .between: text = "\(words.between) \(figure(value)) \(words.and) \(figure(upper ?? value))"
        case .about: text = "\(words.about) \(figure(value))" + (words.tolerance.map { " (±\($0(tolerance * 100))%)" } ?? "")
        }
        if relativeToBaseline, let baseline = words.baseline { text += baseline }
        if let aim { text += words.aim(figure(aim)) }
        return text
    }

    /// Formats an observed or target value in the target's unit, for messages.
    public func format(_ value: Decimal, english: Bool = true) -> String {
        humanFigure(value, english: english)
    }

    private func humanFigure(_ value: Decimal, english: Bool) -> String {
        let number = { (v: Decimal) in english ? VietnameseNumber.formatEnglish(v) : VietnameseNumber.format(v) }
        switch unit {
        case .count: return number(value)
        case .percent: return number(value * 100) + "%"
        case .times: return number(value) + (english ? " times the baseline" : " lần mức cơ sở")
        case .vnd: return number(value) + (english ? " VND" : " đồng")
        }
    }

    /// A figure with a decimal point that cannot be mistaken for a thousands dot: a fraction of
    /// exactly three digits gets a fourth (`1.1250`).
    private static func symbolicFigure(_ value: Decimal, unit: TargetUnit) -> String {
        switch unit {
        case .count: plain(value)
        case .percent: plain(value * 100) + "%"
        case .times: plain(value) + "x"
        case .vnd: plain(value) + " đồng"
        }
    }

    fileprivate static func plain(_ value: Decimal) -> String {
        let text = NSDecimalNumber(decimal: value).stringValue
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 4 {
            return text + "0"
        }
        return text
    }
}

/// The words a target is written with in one of its three forms.
private struct Phrasing: Sendable {
    let atLeast, greaterThan, atMost, lessThan, equal, about, between, and: String
    /// How the tolerance of `about` is written, or nil when it is left implicit.
    let tolerance: (@Sendable (Decimal) -> String)?
    /// Appended to a target relative to a baseline, or nil when the figure's unit says it.
    let baseline: String?
    let aim: @Sendable (String) -> String

    static let symbolic = Phrasing(
        atLeast: ">=", greaterThan: ">", atMost: "<=", lessThan: "<", equal: "=", about: "about",
        between: "between", and: "and", tolerance: nil, baseline: " baseline", aim: { " aim \($0)" })
    static let english = Phrasing(
        atLeast: "at least", greaterThan: "more than", atMost: "at most", lessThan: "less than", equal: "exactly",
        about: "about", between: "between", and: "and", tolerance: { Target.plain($0) },
        baseline: nil, aim: { " (aiming at \($0))" })
    static let vietnamese = Phrasing(
        atLeast: "ít nhất", greaterThan: "trên", atMost: "tối đa", lessThan: "dưới", equal: "đúng",
        about: "khoảng", between: "từ", and: "đến", tolerance: { VietnameseNumber.format($0) },
        baseline: nil, aim: { " (phấn đấu \($0))" })
}
