import Foundation

extension Target {
    /// The symbolic form, which parses back to the same target: `>= 45%`, `between 40% and 45%`,
    /// `about 300`, `>= 1.5x baseline`, `> 20000000000 đồng`.
    public var canonical: String {
        let figure = { (value: Decimal) in Self.symbolicFigure(value, unit: self.unit) }
        var text: String
        switch relation {
        case .atLeast: text = ">= \(figure(value))"
        case .greaterThan: text = "> \(figure(value))"
        case .atMost: text = "<= \(figure(value))"
        case .lessThan: text = "< \(figure(value))"
        case .equal: text = "= \(figure(value))"
        case .between: text = "between \(figure(value)) and \(figure(upper ?? value))"
        case .about: text = "about \(figure(value))"
        }
        if relativeToBaseline { text += " baseline" }
        if let aim { text += " aim \(figure(aim))" }
        return text
    }

    /// The meaning in plain English: "at least 45%", "between 1,500 and 2,000", "about 300 (±10%)".
    public var plainEnglish: String {
        let figure = { (value: Decimal) in self.humanFigure(value, english: true) }
        var text: String
        switch relation {
        case .atLeast: text = "at least \(figure(value))"
        case .greaterThan: text = "more than \(figure(value))"
        case .atMost: text = "at most \(figure(value))"
        case .lessThan: text = "less than \(figure(value))"
        case .equal: text = "exactly \(figure(value))"
        case .between: text = "between \(figure(value)) and \(figure(upper ?? value))"
        case .about: text = "about \(figure(value)) (±\(Self.plain(tolerance * 100))%)"
        }
        if let aim { text += " (aiming at \(figure(aim)))" }
        return text
    }

    /// The meaning in Vietnamese: "ít nhất 45%", "từ 1.500 đến 2.000", "khoảng 300 (±10%)".
    public var plainVietnamese: String {
        let figure = { (value: Decimal) in self.humanFigure(value, english: false) }
        var text: String
        switch relation {
        case .atLeast: text = "ít nhất \(figure(value))"
        case .greaterThan: text = "trên \(figure(value))"
        case .atMost: text = "tối đa \(figure(value))"
        case .lessThan: text = "dưới \(figure(value))"
        case .equal: text = "đúng \(figure(value))"
        case .between: text = "từ \(figure(value)) đến \(figure(upper ?? value))"
        case .about: text = "khoảng \(figure(value)) (±\(VietnameseNumber.format(tolerance * 100))%)"
        }
        if let aim { text += " (phấn đấu \(figure(aim)))" }
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

    private static func plain(_ value: Decimal) -> String {
        let text = NSDecimalNumber(decimal: value).stringValue
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 4 {
            return text + "0"
        }
        return text
    }
}
