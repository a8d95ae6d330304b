/// The fixed set of functions expressions may call; there is no way to add code.
public enum Function: String, CaseIterable, Sendable {
    // Row functions.
    case year, month, quarter, present, coalesce, abs
    // Aggregates, allowed only in a `measure`.
    case count, sum, avg, min, max, share, ratio, distinct, coverage
    case perYear = "per_year"

    /// Whether the function aggregates the selected records (and so belongs in a measure).
    public var isAggregate: Bool {
        switch self {
        case .year, .month, .quarter, .present, .coalesce, .abs: false
        default: true
        }
    }

    /// How it is called, for messages and docs.
    public var signature: String {
        switch self {
        case .year: "year(date)"
        case .month: "month(date)"
        case .quarter: "quarter(date)"
        case .present: "present(field)"
        case .coalesce: "coalesce(value, fallback)"
        case .abs: "abs(number)"
        case .count: "count() or count(condition)"
        case .sum: "sum(number)"
        case .avg: "avg(number)"
        case .min: "min(number or date)"
        case .max: "max(number or date)"
        case .share: "share(condition)"
        case .ratio: "ratio(numerator, denominator)"
        case .distinct: "distinct(field)"
        case .coverage: "coverage(province | district | commune)"
        case .perYear: "per_year(date)"
        }
    }

    var arity: ClosedRange<Int> {
        switch self {
        case .count: 0...1
        case .coalesce, .ratio: 2...2
        default: 1...1
        }
    }
}

/// The unit levels `coverage(…)` counts over.
public enum CoverageLevel: String, CaseIterable, Sendable {
    case province, district, commune
}
