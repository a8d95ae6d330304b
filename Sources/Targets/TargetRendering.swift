import Foundation

extension Target {
    /// The symbolic form, which parses back to the same target: `>= 45%`, `between 40% and 45%`,
    /// `about 300`, `>= 1.5x baseline`, `> 20000000000 đồng`.
    public var canonical: String {
        phrase(.symbolic) { Self.symbolicFigure($0, unit: self.unit) }
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
        case .about: text = "\(words.about) \(figure(value))"
        }
        if relativeToBaseline { text += words.baseline }
        if let aim { text += words.aim(figure(aim)) }
        return text
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

    static func plain(_ value: Decimal) -> String {
        let text = NSDecimalNumber(decimal: value).stringValue
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 4 {
            return text + "0"
        }
        return text
    }
}

/// The words of the symbolic form of a target.
private struct Phrasing: Sendable {
    let atLeast, greaterThan, atMost, lessThan, equal, about, between, and: String
    /// Appended to a target relative to a baseline.
    let baseline: String
    let aim: @Sendable (String) -> String

    static let symbolic = Phrasing(
        atLeast: ">=", greaterThan: ">", atMost: "<=", lessThan: "<", equal: "=", about: "about",
        between: "between", and: "and", baseline: " baseline", aim: { " aim \($0)" })
}
