import DataContract
import DataLoading
import Diagnostics
import Expressions
import Foundation
import Rules
import Targets

/// Evaluates an aggregate target: accumulates every aggregate call of the measure per group of
/// records (and per year, for a recurring target over yearly indicators), then compares each
/// owner's figure with the target.
struct AggregatePass: RulePass {
    let rule: Rule
    let form: AggregateTargetForm
    let calls: [AggregateCall]
    /// The window `per_year` counts in: the programme start to the as-of date (or the window's
    /// end) of the submission whose records it reads.
    let window: ClosedRange<CivilDate>
    /// Whether each year is judged on its own ("hằng năm" over indicators with a `year`).
    let yearly: Bool
    /// When the programme starts: a stock's size on this day is where its trajectory starts.
    let start: CivilDate
    private let filter: BoundExpression?
    /// The calls' functions and bound arguments, apart, so the per-record loop touches nothing
    /// it shares with passes on other cores.
    private let functions: [AggregateFunction]
    private let arguments: [[BoundExpression]]
    /// The indicator and year of a baseline read from the data, if the target has one.
    private let baselineIndicator: (name: Value, year: Value)?
    /// Where the record's year is, for yearly targets.
    private let yearField: Int?
    /// Where a cooperative's founding date is, when the stock at the programme's start is counted.
    private let foundedField: Int?
    /// The accumulators of every call, per group number and year (0 unless yearly): `states`
    /// holds them, `slots` says where each key's are.
    private var slots: [Key: Int] = [:]
    private var keys: [Key] = []
    private var states: [[Accumulator]] = []
    /// The same over the records that existed before the programme's start, per key.
    private var startStates: [Key: [Accumulator]] = [:]
    /// The slot of each group number, when the target is not yearly (the common case, no hashing).
    private var groupSlots: [Int] = []
    /// Indicator values for the baseline, per group number.
    private var baselines: [Int: Decimal] = [:]

    struct Key: Hashable {
        let group: Int
        let year: Int
    }

    init(_ rule: Rule, form: AggregateTargetForm, pack: RulePack, asOf: CivilDate) {
        self.rule = rule
        self.form = form
        start = Evaluator.programmeStart(of: rule, in: pack)
        calls = AggregateCall.calls(in: form.measure.syntax, over: rule.dataset)
        filter = rule.filter?.syntax.bound(to: rule.dataset)
        functions = calls.map(\.function)
        arguments = calls.map(\.bound)
        if case .indicator(let name, let year) = form.baseline {
            baselineIndicator = (.string(name), .integer(Int64(year)))
        } else {
            baselineIndicator = nil
        }
        window = Evaluator.period(of: rule, in: pack, asOf: asOf)
        yearField = rule.dataset.fieldIndex["year"]
        yearly = !(rule.schedule?.recurrences.isEmpty ?? true) && yearField != nil
        let projected =
            !yearly && (rule.schedule?.due).map { asOf < $0 } == true && Projection.isLinear(form.measure.syntax)
        foundedField = projected && rule.dataset == .cooperatives ? rule.dataset.fieldIndex["founded_on"] : nil
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
        let key = Key(group: group, year: year)
        let slot = self.slot(key)
        for i in functions.indices { states[slot][i].add(functions[i], arguments[i], record.values, window: window) }
        if let foundedField, case .date(let founded) = record.values[foundedField], founded < start {
            var old = startStates[key] ?? Array(repeating: Accumulator(), count: calls.count)
            for i in functions.indices { old[i].add(functions[i], arguments[i], record.values, window: window) }
            startStates[key] = old
        }
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

    /// The accumulators of an owner's groups for a year, merged; nil when no record reached them.
    private func state(_ members: [Int], year: Int) -> [Accumulator]? {
        merged(members.compactMap { slots[Key(group: $0, year: year)].map { states[$0] } })
    }

    /// The same over the records that existed before the programme's start.
    private func startState(_ members: [Int]) -> [Accumulator] {
        merged(members.compactMap { startStates[Key(group: $0, year: 0)] })
            ?? Array(repeating: Accumulator(), count: calls.count)
    }

    private func merged(_ parts: [[Accumulator]]) -> [Accumulator]? {
        guard var result = parts.first else { return nil }
        for part in parts.dropFirst() {
            for i in functions.indices { result[i].merge(part[i], functions[i]) }
        }
        return result
    }

    var seen: Set<Int> { Set(keys.map(\.group)).union(baselines.keys) }

    mutating func merge(_ other: AggregatePass, groups: [Int]) {
        for (key, state) in zip(other.keys, other.states) {
            let slot = self.slot(Key(group: groups[key.group], year: key.year))
            for i in functions.indices { states[slot][i].merge(state[i], functions[i]) }
        }
        for (key, state) in other.startStates {
            let mine = Key(group: groups[key.group], year: key.year)
            var old = startStates[mine] ?? Array(repeating: Accumulator(), count: calls.count)
            for i in functions.indices { old[i].merge(state[i], functions[i]) }
            startStates[mine] = old
        }
        for (group, value) in other.baselines { baselines[groups[group], default: 0] += value }
    }

    /// What the pass accumulates, for an engine to compute where the data lives.
    var plan: AggregatePlan {
        let baseline: (String, Int)? =
            if case .indicator(let name, let year) = form.baseline { (name, year) } else { nil }
        return AggregatePlan(
            filter: rule.filter?.syntax, calls: calls.map { ($0.function, $0.arguments) },
            yearField: yearly ? "year" : nil, window: window, foundedBefore: foundedField == nil ? nil : start,
            baseline: baseline)
    }

    /// Adds states an engine computed, their groups already numbered as this pass numbers them.
    mutating func absorb(_ facts: AggregateFacts, groups: (Value) -> Int) {
        func key(_ state: AggregateFacts.State) -> Key {
            Key(group: groups(state.group), year: yearly ? state.year : 0)
        }
        for state in facts.states {
            let slot = self.slot(key(state))
            states[slot] = adding(state, to: states[slot])
        }
        for state in facts.foundedBefore { startStates[key(state)] = adding(state, to: startStates[key(state)]) }
        for (group, value) in facts.baselines { baselines[groups(group), default: 0] += value }
    }

    /// Accumulators with an engine's state of the same calls added.
    private func adding(_ state: AggregateFacts.State, to accumulators: [Accumulator]?) -> [Accumulator] {
        var result = accumulators ?? Array(repeating: Accumulator(), count: calls.count)
        for i in functions.indices {
            result[i].merge(Accumulator(state.calls[i], selected: state.selected), functions[i])
        }
        return result
    }

    func findings(_ context: EvaluationContext, groups: [OwnerGroup]) -> [Finding] {
        groups.map { owner in
            if let finding = context.notJudged(group: owner.group) { return finding }
            guard context.hasData else { return context.noData(group: owner.group) }
            return yearly ? yearlyFinding(owner, context) : finding(owner, context)
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
        case .count, .sum, .avg, .min, .max, .distinct, .units: return .value
        }
    }

    /// The measure's value over some accumulators, with its exact fraction when it is one share,
    /// and whether it has none because it divides by zero.
    private func value(
        of state: [Accumulator], _ group: FindingGroup, _ context: EvaluationContext
    ) -> (value: Decimal?, fraction: (Decimal, Decimal)?, byZero: Bool) {
        let days = Decimal(window.lowerBound.days(to: window.upperBound) + 1)
        let years = days / Decimal(string: "365.2425")!
        var results: [Range<Int>: AggregateValue] = [:]
        for (i, call) in calls.enumerated() {
            var units: [String] = []
            if call.function == .coverage || call.function == .units, case .field(let word, _) = call.arguments[0],
                let level = UnitLevel(rawValue: word)
            {
                // A province's own submission: every unit its units file lists is the province's.
                let within = context.isOwnProvince(group) ? FindingGroup.national.code : group.code
                units = context.units.units(ofLevel: level, in: within)
            }
            // Before the programme starts there is no year to count a rate over.
            let rateYears = context.asOf < start ? 0 : years
            results[call.range] = state[i].result(call, units: units, years: rateYears)
        }
        var fraction: (Decimal, Decimal)?
        if case .call(.aggregate, _, let range) = form.measure.syntax, let r = results[range], let n = r.numerator,
            let d = r.denominator
        {
            fraction = (n, d)
        }
        let value = measureValue(form.measure.syntax, results)
        return (value, fraction, value == nil && dividesByZero(form.measure.syntax, results))
    }

    /// The baseline a relative target divides by, for an owner.
    private func baseline(_ members: [Int]) -> Decimal? {
        switch form.baseline {
        case .value(let v): v
        case .indicator: members.compactMap { baselines[$0] }.reduce(nil) { ($0 ?? 0) + $1 }
        case nil: nil
        }
    }

    /// The observed value for an owner (and year), relative to the baseline when the target is.
    private func observe(
        _ owner: OwnerGroup, year: Int, _ context: EvaluationContext
    ) -> (value: Decimal?, fraction: (Decimal, Decimal)?, byZero: Bool) {
        let state = self.state(owner.members, year: year) ?? Array(repeating: Accumulator(), count: calls.count)
        let (value, fraction, byZero) = self.value(of: state, owner.group, context)
        guard form.target.relativeToBaseline else { return (value, fraction, byZero) }
        guard let base = baseline(owner.members), base != 0, let value else { return (nil, nil, byZero) }
        return (value / base, nil, false)
    }

    private func satisfied(_ value: Decimal, _ fraction: (Decimal, Decimal)?) -> Bool {
        if let (n, d) = fraction, let ni = Int(exactly: NSDecimalNumber(decimal: n).int64Value), Decimal(ni) == n,
            let di = Int(exactly: NSDecimalNumber(decimal: d).int64Value), Decimal(di) == d
        {
            return form.target.isSatisfied(numerator: ni, denominator: di)
        }
        return form.target.isSatisfied(by: value)
    }

    private func finding(_ owner: OwnerGroup, _ context: EvaluationContext) -> Finding {
        let due = rule.schedule?.due
        // A reported figure that is absent is missing data, not a zero.
        if rule.dataset == .indicators, state(owner.members, year: 0) == nil {
            return context.finding(.noData, group: owner.group, reason: .indicatorNotReported, due: due)
        }
        let (value, fraction, byZero) = observe(owner, year: 0, context)
        guard let value else {
            return context.finding(
                .noData, group: owner.group, reason: byZero ? .divisionByZero : .noMatchingRecord, due: due)
        }
        let met = satisfied(value, fraction)
        var status: FindingStatus = met ? .met : .violated
        var projection: Projection?
        if let due, context.asOf < due {
            if met {
                status = .onTrack
            } else {
                projection = project(value, owner, due: due, context)
                switch projection {
                case .linear(_, let projected): status = form.target.isSatisfied(by: projected) ? .onTrack : .atRisk
                case .noStartValue: status = .pending
                case .noTrend, nil: status = .atRisk
                }
            }
        }
        let observation = Observation(
            kind: observationKind, value: value, numerator: fraction?.0, denominator: fraction?.1,
            meetsTarget: met, projection: projection)
        return context.finding(status, group: owner.group, reason: .measured, observation: observation, due: due)
    }

    /// Where a measure not yet met is headed by the due date: a straight line from its value at
    /// the programme's start through today's. The start is the stock then (counted from the
    /// founding dates of cooperatives), the baseline of a relative target, or zero for figures
    /// reported as they happen; a share, ratio or average has no line to draw.
    private func project(
        _ value: Decimal, _ owner: OwnerGroup, due: CivilDate, _ context: EvaluationContext
    ) -> Projection {
        guard Projection.isLinear(form.measure.syntax) else { return .noTrend }
        let startValue: Decimal
        if form.target.relativeToBaseline {
            startValue = 1
        } else if rule.dataset == .cooperatives {
            guard let v = self.value(of: startState(owner.members), owner.group, context).value else {
                return .noStartValue
            }
            startValue = v
        } else if rule.dataset == .indicators {
            startValue = 0
        } else {
            return .noStartValue
        }
        let elapsed = start.days(to: context.asOf)
        guard elapsed > 0 else { return .noTrend }
        let projected = startValue + (value - startValue) * Decimal(start.days(to: due)) / Decimal(elapsed)
        return .linear(start: startValue, projected: projected)
    }

    /// A target that recurs every year: each year due by the as-of date is judged on its own.
    private func yearlyFinding(_ owner: OwnerGroup, _ context: EvaluationContext) -> Finding {
        let group = owner.group
        let recurrence = rule.schedule!.recurrences[0]
        let occurrences = context.occurrences(of: recurrence, owedBy: group)
        guard !occurrences.isEmpty else {
            return context.finding(.onTrack, group: group, reason: .nothingDueYet)
        }
        let reported = { (year: Int) in self.state(owner.members, year: year) != nil }
        if rule.dataset == .indicators, !occurrences.contains(where: { reported($0.periodEnd.year) }) {
            return context.finding(
                .noData, group: group, reason: .indicatorNotReportedInAnyYear, due: occurrences.last?.lastDay)
        }
        let years = occurrences.map { occurrence in
            let year = occurrence.periodEnd.year
            // A year the indicator was not reported in has no value, not zero.
            let (value, fraction, _) =
                rule.dataset == .indicators && !reported(year) ? (nil, nil, false) : observe(owner, year: year, context)
            return YearlyValue(
                year: year, value: value, numerator: fraction?.0, denominator: fraction?.1,
                meetsTarget: value.map { satisfied($0, fraction) } ?? false, due: occurrence.lastDay)
        }
        let missed = years.filter { $0.value != nil && !$0.meetsTarget }
        let unreported = years.filter { $0.value == nil }
        let last = years.last!
        let observation = Observation(
            kind: observationKind, value: last.value, numerator: last.numerator,
            denominator: last.denominator, meetsTarget: last.value == nil ? nil : last.meetsTarget, years: years)
        let records = (missed + unreported).sorted { $0.year < $1.year }.map {
            RecordReference(
                id: "\($0.year)", position: nil, problem: $0.value == nil ? .yearNotReported($0) : .yearMissed($0))
        }
        if !missed.isEmpty {
            return context.finding(
                .violated, group: group, reason: .missedInYears(missed.map(\.year)), observation: observation,
                due: last.due, records: records)
        }
        if !unreported.isEmpty {
            return context.finding(
                .noData, group: group, reason: .notReportedInYears(unreported.map(\.year)), observation: observation,
                due: last.due, records: records)
        }
        return context.finding(
            .met, group: group, reason: .metEveryYear(years: years.map(\.year)), observation: observation,
            due: last.due)
    }
}
