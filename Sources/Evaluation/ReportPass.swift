import DataLoading
import Expressions
import Rules
import Targets

/// Evaluates a report deadline: for every unit that must report and every period due by the
/// as-of date, the log must show the report on time. A late report names its arrival and due
/// dates; a missing one is a violation once its due date has passed.
struct ReportPass: RulePass {
    let form: ReportDeadlineForm
    /// The first log entry per unit and period.
    private var log: [String: [String: Record]] = [:]

    init(form: ReportDeadlineForm) {
        self.form = form
    }

    mutating func accept(_ record: Record, group: Int) {
        guard record["report"] == .string(form.report), case .string(let unit) = record["unit"],
            case .string(let period) = record["period"]
        else { return }
        if log[unit]?[period] == nil { log[unit, default: [:]][period] = record }
    }

    mutating func merge(_ other: ReportPass, groups: [Int]) {
        for (unit, periods) in other.log {
            log[unit, default: [:]].merge(periods) { earlier, _ in earlier }
        }
    }

    /// The label a period is logged under: 2025, 2025-H1, 2025-Q3, 2025-06.
    static func label(_ occurrence: Recurrence.Occurrence, _ frequency: Recurrence.Frequency) -> String {
        let start = occurrence.periodStart
        return switch frequency {
        case .yearly, .everyYears: "\(start.year)"
        case .halfYearly: "\(start.year)-H\(start.month <= 6 ? 1 : 2)"
        case .quarterly: "\(start.year)-Q\(start.quarter)"
        case .monthly: "\(start.year)-\(start.month < 10 ? "0" : "")\(start.month)"
        }
    }

    /// Every (period label, last on-time day) due by the as-of date.
    private func duePeriods(_ context: EvaluationContext) -> [(label: String, lastDay: CivilDate)] {
        guard let schedule = context.rule.schedule else { return [] }
        var periods: [(String, CivilDate)] = []
        for recurrence in schedule.recurrences {
            for occurrence in context.occurrences(of: recurrence) {
                periods.append((Self.label(occurrence, recurrence.frequency), occurrence.lastDay))
            }
        }
        if let due = schedule.due, due <= context.asOf { periods.append(("\(due.year)", due)) }
        return periods
    }

    private func reporters(_ context: EvaluationContext) -> [String]? {
        switch form.reporters {
        case .codes(let codes): return codes
        case .level(let level):
            guard !context.units.isEmpty else { return nil }
            return context.units.units(ofLevel: level, in: FindingGroup.national.code)
        }
    }

    /// Reports are judged per reporting unit, which the log and the units file give, not the
    /// groups of records seen.
    func findings(_ context: EvaluationContext, groups: [(group: FindingGroup, id: Int)]) -> [Finding] {
        let grouped = context.rule.grouping != .national
        guard let reporters = reporters(context), context.hasData else {
            return [context.finding(.noData, group: .national, reason: .reportLogMissing)]
        }
        let periods = duePeriods(context)
        var problems: [String: [RecordReference]] = [:]
        for unit in reporters {
            for (label, lastDay) in periods {
                let id = "\(unit) \(form.report) \(label)"
                guard let record = log[unit]?[label] else {
                    problems[unit, default: []].append(
                        RecordReference(
                            id: id, position: nil, problem: .reportMissing(unit: unit, period: label, due: lastDay)))
                    continue
                }
                if case .date(let arrived) = record["submitted_on"], arrived > lastDay {
                    problems[unit, default: []].append(
                        RecordReference(
                            id: id, position: record.position,
                            problem: .reportLate(unit: unit, period: label, arrived: arrived, due: lastDay)))
                }
            }
        }
        let groups = grouped ? reporters.map(context.group) : [FindingGroup.national]
        return groups.map { group in
            if let finding = context.notEffective(group: group) { return finding }
            let units = grouped ? [group.code] : reporters
            let bad = units.flatMap { problems[$0] ?? [] }
            let expected = units.count * periods.count
            let due = periods.map(\.lastDay).max()
            let observation = Observation.tally(.reportsOnTime, ok: expected - bad.count, of: expected)
            if periods.isEmpty {
                return context.finding(
                    .onTrack, group: group, reason: .noReportDueYet(report: form.report), observation: observation)
            }
            if bad.isEmpty {
                return context.finding(
                    .met, group: group, reason: .allReportsOnTime(report: form.report, count: expected),
                    observation: observation, due: due)
            }
            return context.finding(
                .violated, group: group,
                reason: .reportsLateOrMissing(report: form.report, failing: bad.count, expected: expected),
                observation: observation, due: due, records: bad)
        }
    }
}
