import Foundation

/// How an observed value is compared with a target.
public enum TargetRelation: String, Hashable, Sendable {
    case atLeast, greaterThan, atMost, lessThan, equal, between, about
}

/// What a target's figure counts.
public enum TargetUnit: String, Hashable, Sendable {
    /// A number of things (cooperatives, people, news items).
    case count
    /// A share; the value is a fraction (45% is 0.45).
    case percent
    /// A multiple of a baseline (`1,5 lần`).
    case times
    /// An amount of money in đồng.
    case vnd
}

/// A target with exactly one meaning, read from a Vietnamese wording (`ít nhất 45%`) or a
/// symbolic one (`>= 45%`).
public struct Target: Hashable, Sendable {
    public let relation: TargetRelation
    /// The figure; a fraction for percentages, đồng for money.
    public let value: Decimal
    /// The upper figure of `.between`.
    public let upper: Decimal?
    /// The figure aimed at beyond a floor, as in "ít nhất từ 40 - 45%" (at least 40%, aiming at 45%).
    public let aim: Decimal?
    /// The relative tolerance of `.about` (0.10 is ±10%); zero for the other relations.
    public let tolerance: Decimal
    public let unit: TargetUnit
    /// Whether the observed value is first divided by a baseline (`1,5 lần`, `>= 1.5x baseline`).
    public let relativeToBaseline: Bool
    /// The wording as written in the rule.
    public let wording: String

    /// The tolerance `khoảng` and `about` targets get: ±10% of the figure.
    public static let defaultTolerance: Decimal = Decimal(string: "0.1")!

    public init(
        relation: TargetRelation, value: Decimal, upper: Decimal? = nil, aim: Decimal? = nil,
        tolerance: Decimal? = nil, unit: TargetUnit, relativeToBaseline: Bool = false, wording: String
    ) {
        self.relation = relation
        self.value = value
        self.upper = upper
        self.aim = aim
        self.tolerance = tolerance ?? (relation == .about ? Self.defaultTolerance : 0)
        self.unit = unit
        self.relativeToBaseline = relativeToBaseline
        self.wording = wording
    }

    /// A range read as a development target: at least its lower figure (for `khoảng`, the figure
    /// less its tolerance), aiming at its upper (or the figure itself). Other targets are unchanged.
    public var asFloor: Target {
        switch relation {
        case .between:
            Target(
                relation: .atLeast, value: value, aim: upper, unit: unit, relativeToBaseline: relativeToBaseline,
                wording: wording)
        case .about:
            Target(
                relation: .atLeast, value: value - value * tolerance, aim: value, unit: unit,
                relativeToBaseline: relativeToBaseline, wording: wording)
        case .atLeast, .greaterThan, .atMost, .lessThan, .equal:
            self
        }
    }

    /// The interval of values that meet the target.
    public var bounds: (lower: Decimal?, lowerInclusive: Bool, upper: Decimal?, upperInclusive: Bool) {
        switch relation {
        case .atLeast: (value, true, nil, false)
        case .greaterThan: (value, false, nil, false)
        case .atMost: (nil, false, value, true)
        case .lessThan: (nil, false, value, false)
        case .equal: (value, true, value, true)
        case .between: (value, true, upper ?? value, true)
        case .about: (value - value * tolerance, true, value + value * tolerance, true)
        }
    }

    /// Whether an observed value, in the target's unit (a fraction for percentages), meets it.
    public func isSatisfied(by observed: Decimal) -> Bool {
        let b = bounds
        if let lower = b.lower, b.lowerInclusive ? observed < lower : observed <= lower { return false }
        if let upper = b.upper, b.upperInclusive ? observed > upper : observed >= upper { return false }
        return true
    }

    /// Whether the share `numerator / denominator` meets the target, compared exactly by
    /// cross-multiplication: 9 of 20 meets 45%, 8,999 of 20,000 does not. A zero denominator
    /// meets nothing.
    public func isSatisfied(numerator: Int, denominator: Int) -> Bool {
        guard denominator > 0 else { return false }
        let n = Decimal(numerator)
        let d = Decimal(denominator)
        let b = bounds
        if let lower = b.lower, b.lowerInclusive ? n < lower * d : n <= lower * d { return false }
        if let upper = b.upper, b.upperInclusive ? n > upper * d : n >= upper * d { return false }
        return true
    }
}
