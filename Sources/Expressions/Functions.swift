/// The fixed set of functions expressions may call; there is no way to add code. A function is
/// either a row function (a value per record) or an aggregate (a value over the selected records,
/// allowed only in a `measure`); each kind is a closed enum, so adding a function is one case the
/// compiler then leads through parsing, type checking, evaluation and the message catalogues.
public enum Function: Hashable, Sendable {
    case row(RowFunction)
    case aggregate(AggregateFunction)

    /// Every function, row functions first, in the order the docs list them.
    public static let all: [Function] =
        RowFunction.allCases.map(Function.row) + AggregateFunction.allCases.map(Function.aggregate)

    /// The function called `name` in an expression, if there is one.
    public init?(name: String) {
        if let row = RowFunction(rawValue: name) {
            self = .row(row)
        } else if let aggregate = AggregateFunction(rawValue: name) {
            self = .aggregate(aggregate)
        } else {
            return nil
        }
    }

    /// The name an expression calls it by.
    public var name: String {
        switch self {
        case .row(let function): function.rawValue
        case .aggregate(let function): function.rawValue
        }
    }

    /// How many arguments it takes.
    var arity: ClosedRange<Int> {
        switch self {
        case .row(.coalesce), .aggregate(.ratio): 2...2
        case .aggregate(.count): 0...1
        case .row(.year), .row(.month), .row(.quarter), .row(.present), .row(.abs): 1...1
        case .aggregate(.sum), .aggregate(.avg), .aggregate(.min), .aggregate(.max), .aggregate(.share),
            .aggregate(.distinct), .aggregate(.coverage), .aggregate(.perYear), .aggregate(.units):
            1...1
        }
    }
}

/// A function of one record's values.
public enum RowFunction: String, CaseIterable, Hashable, Sendable {
    case year, month, quarter, present, coalesce, abs
}

/// A function over the records a rule selects: what a `measure` is made of.
public enum AggregateFunction: String, CaseIterable, Hashable, Sendable {
    case count, sum, avg, min, max, share, ratio, distinct, coverage
    case perYear = "per_year"
    /// The number of units of a level the group holds (`units(province)`), for an average per
    /// unit that counts the units which sent nothing.
    case units

    /// Whether the value only grows as records are added, so a trajectory can be projected.
    public var isCumulative: Bool {
        switch self {
        case .count, .sum, .distinct: true
        case .avg, .min, .max, .share, .ratio, .coverage, .perYear, .units: false
        }
    }
}
