import DataContract
import DataLoading
import Diagnostics
import Expressions
import Foundation
import Rules
import Targets

/// Evaluates an aggregate target: accumulates every aggregate call of the measure per group (and
/// per year, for a recurring target over yearly indicators), then compares with the target.
struct AggregatePass: RulePass {
    let rule: Rule
    let form: AggregateTargetForm
    let calls: [AggregateCall]
    /// The window `per_year` counts in: the programme start to the as-of date (or the window's end).
    let window: ClosedRange<CivilDate>
    /// Whether each year is judged on its own ("hằng năm" over indicators with a `year`).
    let yearly: Bool
    private let filter: BoundExpression?
    /// The calls' functions and bound arguments, apart, so the per-record loop touches nothing
    /// it shares with passes on other cores.
    private let functions: [AggregateFunction]
    private let arguments: [[BoundExpression]]
    /// The indicator and year of a baseline read from the data, if the target has one.
    private let baselineIndicator: (name: Value, year: Value)?
    /// Where the record's year is, for yearly targets.
    private let yearField: Int?
    /// The accumulators of every call, per group number and year (0 unless yearly): `states`
    /// holds them, `slots` says where each key's are.
    private var slots: [Key: Int] = [:]
    private var keys: [Key] = []
    private var states: [[Accumulator]] = []
    /// The slot of each group number, when the target is not yearly (the common case, no hashing).
    private var groupSlots: [Int] = []
    /// Indicator values for the baseline, per group number.
    private var baselines: [Int: Decimal] = [:]

    struct Key: Hashable {
        let group: Int
        let year: Int
    }

    init(_ rule: Rule, form: AggregateTargetForm, asOf: CivilDate, start: CivilDate) {
        self.rule = rule
        self.form = form
        calls = AggregateCall.calls(in: form.measure.syntax, over: rule.dataset)
        filter = rule.filter?.syntax.bound(to: rule.dataset)
        functions = calls.map(\.function)
        arguments = calls.map(\.bound)
        if case .indicator(let name, let year) = form.baseline {
            baselineIndicator = (.string(name), .integer(Int64(year)))
        } else {
            baselineIndicator = nil
        }
        let end = min(asOf, rule.schedule?.window?.upperBound ?? asOf)
        window = start...max(start, end)
        yearField = rule.dataset.fieldIndex["year"]
        yearly = !(rule.schedule?.recurrences.isEmpty ?? true) && yearField != nil
    }

    mutating func accept(_ record: Record, group: Int) {
        if let baselineIndicator, record["indicator"] == baselineIndicator.name,
            record["year"] == baselineIndicator.year, let value = RowEvaluator.number(record["value"])
        {
            baselines[group, default: 0] += value
        }
        if let filter, filter.evaluate(record.values) != .bool(true) { return }
        var year = 0
        if yearly, let yearField, case .integer(let y) = record.values[yearField] { year = Int(y) }
        let slot = self.slot(Key(group: group, year: year))
        for i in functions.indices { states[slot][i].add(functions[i], arguments[i], record.values, window: window) }
    }

    /// Where the accumulators of a key are, made on first use.
    private mutating func slot(_ key: Key) -> Int {
        if key.year == 0, key.group < groupSlots.count, groupSlots[key.group] >= 0 { return groupSlots[key.group] }
        if let slot = slots[key] { return slot }
        slots[key] = states.count
        keys.append(key)
        states.append(Array(repeating: Accumulator(), count: calls.count))
        if key.year == 0 {
            groupSlots.ensureIndex(key.group, filler: -1)
            groupSlots[key.group] = states.count - 1
        }
        return states.count - 1
    }

    /// The accumulators of a key, if any record reached them.
    private func state(_ key: Key) -> [Accumulator]? {
        slots[key].map { states[$0] }
    }

    mutating func merge(_ other: AggregatePass, groups: [Int]) {
        for (key, state) in zip(other.keys, other.states) {
            let slot = self.slot(Key(group: groups[key.group], year: key.year))
            for i in functions.indices { states[slot][i].merge(state[i], functions[i]) }
        }
        for (group, value) in other.baselines { baselines[groups[group], default: 0] += value }
    }

    func findings(_ context: EvaluationContext, groups: [(group: FindingGroup, id: Int)]) -> [Finding] {
        groups.map { group, id in
            if let finding = context.notEffective(group: group) { return finding }
            guard context.hasData else { return context.noData(group: group) }
            return yearly ? yearlyFinding(group, id, context) : finding(group, id, year: 0, context)
        }
    }

    /// What the measure's figures count: a share when it is one share, ratio or coverage.
    private var observationKind: Observation.Kind {
        guard !form.target.relativeToBaseline, case .call(.aggregate(let function), _, _) = form.measure.syntax else {
            return .value
        }
        switch function {
        case .share, .ratio, .coverage: return .share
        case .perYear: return .perYear
        case .count, .sum, .avg, .min, .max, .distinct: return .value
        }
    }

    /// The observed value of the measure for a group (and year), with its exact fraction.
    private func observe(
        _ group: FindingGroup, _ id: Int, year: Int,
        _ context: EvaluationContext
    ) -> (value: Decimal?, fraction: (Decimal, Decimal)?) {
        let state = self.state(Key(group: id, year: year)) ?? Array(repeating: Accumulator(), count: calls.count)
        let days = Decimal(window.lowerBound.days(to: window.upperBound) + 1)
        let years = days / Decimal(string: "365.2425")!
        var results: [Range<Int>: AggregateValue] = [:]
        for (i, call) in calls.enumerated() {
            var units: Set<String> = []
            if call.function == .coverage, case .field(let word, _) = call.arguments[0],
                let level = UnitLevel(rawValue: word)
            {
                units = Set(context.units.units(ofLevel: level, in: group.code))
            }
            results[call.range] = state[i].result(call, coverageUnits: units, years: years)
        }
        var value = measureValue(form.measure.syntax, results)
        var fraction: (Decimal, Decimal)?
        if case .call(.aggregate, _, let range) = form.measure.syntax, let r = results[range], let n = r.numerator,
            let d = r.denominator
        {
            fraction = (n, d)
        }
        if form.target.relativeToBaseline {
            let base: Decimal? =
                switch form.baseline {
                case .value(let v): v
                case .indicator: baselines[id]
                case nil: nil
                }
            guard let base, base != 0, let observed = value else { return (nil, nil) }
            value = observed / base
            fraction = nil
        }
        return (value, fraction)
    }

    private func satisfied(_ value: Decimal, _ fraction: (Decimal, Decimal)?) -> Bool {
        if let (n, d) = fraction, let ni = Int(exactly: NSDecimalNumber(decimal: n).int64Value), Decimal(ni) == n,
            let di = Int(exactly: NSDecimalNumber(decimal: d).int64Value), Decimal(di) == d
        {
            return form.target.isSatisfied(numerator: ni, denominator: di)
        }
        return form.target.isSatisfied(by: value)
    }

    private func finding(_ group: FindingGroup, _ id: Int, year: Int, _ context: EvaluationContext) -> Finding {
        let due = rule.schedule?.due
        // A reported figure that is absent is missing data, not a zero.
        if rule.dataset == .indicators, state(Key(group: id, year: year)) == nil {
            return context.finding(.noData, group: group, reason: .indicatorNotReported, due: due)
        }
        let (value, fraction) = observe(group, id, year: year, context)
        guard let value else {
            return context.finding(.noData, group: group, reason: .noMatchingRecord, due: due)
        }
        let met = satisfied(value, fraction)
        let status: FindingStatus
        if let due, context.asOf < due {
            status = met || projectedToMeet(value, due: due, context) ? .onTrack : .atRisk
        } else {
            status = met ? .met : .violated
        }
        let observation = Observation(
            kind: observationKind, value: value, numerator: fraction?.0, denominator: fraction?.1,
            meetsTarget: met)
        return context.finding(status, group: group, reason: .measured, observation: observation, due: due)
    }

    /// A cumulative measure (a count or a sum) projected linearly from the programme start to the
    /// due date; shares, ratios and averages have no trend to project and are at risk if not met.
    private func projectedToMeet(_ value: Decimal, due: CivilDate, _ context: EvaluationContext) -> Bool {
        guard !calls.isEmpty, calls.allSatisfy(\.function.isCumulative), !form.target.relativeToBaseline else {
            return false
        }
        let start = context.programmeStart
        let elapsed = start.days(to: context.asOf)
        guard elapsed > 0 else { return false }
        let projected = value * Decimal(start.days(to: due)) / Decimal(elapsed)
        return form.target.isSatisfied(by: projected)
    }

    /// A target that recurs every year: each year due by the as-of date is judged on its own.
    private func yearlyFinding(_ group: FindingGroup, _ id: Int, _ context: EvaluationContext) -> Finding {
        let recurrence = rule.schedule!.recurrences[0]
        let occurrences = context.occurrences(of: recurrence)
        guard !occurrences.isEmpty else {
            return context.finding(.onTrack, group: group, reason: .nothingDueYet)
        }
        if rule.dataset == .indicators,
            !occurrences.contains(where: { state(Key(group: id, year: $0.periodEnd.year)) != nil })
        {
            return context.finding(
                .noData, group: group, reason: .indicatorNotReportedInAnyYear,
                due: occurrences.last?.lastDay)
        }
        let years = occurrences.map { occurrence in
            let (value, fraction) = observe(group, id, year: occurrence.periodEnd.year, context)
            return YearlyValue(
                year: occurrence.periodEnd.year, value: value, numerator: fraction?.0, denominator: fraction?.1,
                meetsTarget: value.map { satisfied($0, fraction) } ?? false, due: occurrence.lastDay)
        }
        let missed = years.filter { !$0.meetsTarget }
        let last = years.last!
        let observation = Observation(
            kind: observationKind, value: last.value, numerator: last.numerator,
            denominator: last.denominator, meetsTarget: last.meetsTarget, years: years)
        guard !missed.isEmpty else {
            return context.finding(
                .met, group: group, reason: .metEveryYear(years: years.map(\.year)),
                observation: observation, due: last.due)
        }
        let records = missed.map { RecordReference(id: "\($0.year)", position: nil, problem: .yearMissed($0)) }
        return context.finding(
            .violated, group: group, reason: .missedInYears(missed.map(\.year)), observation: observation,
            due: last.due, records: records)
    }
}
