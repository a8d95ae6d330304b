import DataLoading
import Expressions
import Rules
import Targets

/// Evaluates a report deadline: for every owner and every period due by the as-of date, the log
/// must show the report on time, sent by the owner or a unit inside it. A late report names its
/// arrival and due dates; a missing one is a violation once its last on-time day has passed.
struct ReportPass: RulePass {
    let form: ReportDeadlineForm
    /// The first log entry per group (the unit that sent it) and period.
    private var log: [Int: [String: Record]] = [:]

    init(form: ReportDeadlineForm) {
        self.form = form
    }

    mutating func accept(_ record: Record, group: Int) {
        guard record["report"] == .string(form.report), case .string(let period) = record["period"] else { return }
        if log[group]?[period] == nil { log[group, default: [:]][period] = record }
    }

    var seen: Set<Int> { Set(log.keys) }

    mutating func merge(_ other: ReportPass, groups: [Int]) {
        for (group, periods) in other.log {
            log[groups[group], default: [:]].merge(periods) { earlier, _ in earlier }
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

    /// The report an owner sent for a period: the earliest of those its units sent.
    private func entry(_ owner: OwnerGroup, period: String) -> Record? {
        owner.members.compactMap { log[$0]?[period] }.min { arrival($0) < arrival($1) }
    }

    private func arrival(_ record: Record) -> CivilDate {
        if case .date(let day) = record["submitted_on"] { return day }
        return CivilDate(year: 9999, month: 12, day: 31)!
    }

    func findings(_ context: EvaluationContext, groups: [OwnerGroup]) -> [Finding] {
        let periods = duePeriods(context)
        return groups.map { owner in
            let group = owner.group
            if let finding = context.notJudged(group: group) { return finding }
            guard context.hasData else {
                return context.finding(.noData, group: group, reason: .reportLogMissing)
            }
            // A unit that ceased owes only the periods due while it existed.
            let periods = periods.filter { context.owes(group, on: $0.lastDay) }
            var bad: [RecordReference] = []
            for (label, lastDay) in periods {
                let id = "\(group.code) \(form.report) \(label)"
                guard let record = entry(owner, period: label) else {
                    bad.append(
                        RecordReference(
                            id: id, position: nil,
                            problem: .reportMissing(unit: group.code, period: label, due: lastDay)))
                    continue
                }
                if case .date(let arrived) = record["submitted_on"], arrived > lastDay {
                    bad.append(
                        RecordReference(
                            id: id, position: record.position,
                            problem: .reportLate(unit: group.code, period: label, arrived: arrived, due: lastDay)))
                }
            }
            let expected = periods.count
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
