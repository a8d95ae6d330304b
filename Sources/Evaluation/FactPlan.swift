import DataContract
import DataLoading
import Expressions
import Foundation
import Rules

/// What one rule needs from the records of its data set, told apart from how it is gathered: a
/// database engine computes it where the data lives (`Warehouse`), and the session turns what
/// came back into findings by the same code as records read from files.
public struct FactPlan: Sendable {
    public let pack: RulePack
    public let rule: Rule
    /// The field whose value tells the rule's groups of records apart (the unit they name); nil
    /// when all the records are one group.
    public let groupField: String?
    public let form: Form

    public enum Form: Sendable {
        /// Per group (and year): the state of every aggregate call of the measure.
        case aggregate(AggregatePlan)
        /// Per group: how many records the filter selects, and those failing the requirement.
        case requirement(filter: Expressions.Expression?, requirement: Expressions.Expression)
        /// The records whose `field` is `value` (a report's log entries, a task's register
        /// entries), in reading order: few enough to judge one by one.
        case records(field: String, value: String)
    }
}

/// What an aggregate target accumulates, per group of records and year.
public struct AggregatePlan: Sendable {
    public let filter: Expressions.Expression?
    /// The measure's aggregate calls, left to right.
    public let calls: [(function: AggregateFunction, arguments: [Expressions.Expression])]
    /// The field whose year keys each year's figures, for a target judged year by year.
    public let yearField: String?
    /// The span a rate per year counts dates in.
    public let window: ClosedRange<CivilDate>
    /// For a projected stock of cooperatives: the records founded before this day are also
    /// accumulated apart (where the trajectory starts).
    public let foundedBefore: CivilDate?
    /// The indicator and year whose values, summed per group over all records (the filter
    /// aside), are the baseline of a relative target.
    public let baseline: (indicator: String, year: Int)?
}

/// What an engine computed for one fact plan.
public enum RuleFacts: Sendable {
    case aggregate(AggregateFacts)
    case requirement(RequirementFacts)
    /// The records a `records` plan selects, in reading order.
    case records([Record])
}

/// One aggregate call's running state over one group of records.
public struct Accumulation: Sendable {
    public var hits = 0
    public var sum: Decimal = 0
    public var denominatorSum: Decimal = 0
    public var numbers = 0
    public var extreme: Value?
    public var distinct: [Value] = []
    public var perYearHits = 0

    public init(
        hits: Int = 0, sum: Decimal = 0, denominatorSum: Decimal = 0, numbers: Int = 0, extreme: Value? = nil,
        distinct: [Value] = [], perYearHits: Int = 0
    ) {
        self.hits = hits
        self.sum = sum
        self.denominatorSum = denominatorSum
        self.numbers = numbers
        self.extreme = extreme
        self.distinct = distinct
        self.perYearHits = perYearHits
    }
}

/// The states an aggregate plan asks for, as an engine computed them.
public struct AggregateFacts: Sendable {
    /// One group (by the value of the plan's group field) and year (0 unless yearly): how many
    /// records the filter selected, and each call's state over them.
    public struct State: Sendable {
        public let group: Value
        public let year: Int
        public let selected: Int
        public let calls: [Accumulation]

        public init(group: Value, year: Int, selected: Int, calls: [Accumulation]) {
            self.group = group
            self.year = year
            self.selected = selected
            self.calls = calls
        }
    }

    public var states: [State] = []
    /// The same over the records founded before the plan's `foundedBefore`.
    public var foundedBefore: [State] = []
    /// The baseline indicator's sum per group.
    public var baselines: [(group: Value, value: Decimal)] = []

    public init(states: [State] = [], foundedBefore: [State] = [], baselines: [(group: Value, value: Decimal)] = []) {
        self.states = states
        self.foundedBefore = foundedBefore
        self.baselines = baselines
    }
}

/// What a requirement plan asks for.
public struct RequirementFacts: Sendable {
    /// The records the filter selects, per group.
    public var selected: [(group: Value, count: Int)] = []
    /// Each selected record that does not satisfy the requirement, in reading order, and whether
    /// that is for lack of a value (the requirement is null).
    public var failing: [(record: Record, missingValue: Bool)] = []

    public init(selected: [(group: Value, count: Int)] = [], failing: [(record: Record, missingValue: Bool)] = []) {
        self.selected = selected
        self.failing = failing
    }
}
