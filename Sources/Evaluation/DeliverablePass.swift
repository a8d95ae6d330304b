import DataLoading
import Diagnostics
import Expressions
import Rules
import Targets

/// Evaluates an appendix task against the task register: done by its deadline (or by each
/// recurring deadline), under way for an ongoing duty.
struct DeliverablePass: RulePass {
    let form: DeliverableForm
    /// The register's entries of the task, per group (the lead unit that logged them).
    private var entries: [Int: [Record]] = [:]

    init(form: DeliverableForm) {
        self.form = form
    }

    mutating func accept(_ record: Record, group: Int) {
        if record["task"] == .string(form.task) { entries[group, default: []].append(record) }
    }

    var seen: Set<Int> { Set(entries.keys) }

    mutating func merge(_ other: DeliverablePass, groups: [Int]) {
        for (group, records) in other.entries { entries[groups[group], default: []] += records }
    }

    private static func text(_ value: Value) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// Judges the entries for one deadline: done on time, done late, not done.
    private func judge(
        _ candidates: [Record], lastDay: CivilDate, label: String,
        _ context: EvaluationContext
    ) -> (ok: Bool, pending: Bool, problem: RecordReference?) {
        let id = label.isEmpty ? form.task : "\(form.task) \(label)"
        let done = candidates.compactMap { record -> (Record, CivilDate)? in
            guard record["status"] == .string("done"), case .date(let day) = record["completed_on"] else { return nil }
            return (record, day)
        }
        if let (record, day) = done.min(by: { $0.1 < $1.1 }) {
            if day <= lastDay { return (true, false, nil) }
            return (
                false, false,
                RecordReference(id: id, position: record.position, problem: .taskDoneLate(done: day, due: lastDay))
            )
        }
        // As of a day means at its end: a task due that day and not done is late.
        if context.asOf < lastDay { return (false, true, nil) }
        let record = candidates.first
        return (
            false, false,
            RecordReference(
                id: id, position: record?.position,
                problem: .taskNotDone(
                    status: record.flatMap { Self.text($0["status"]) }.flatMap(TaskStatus.init(rawValue:)), due: lastDay
                ))
        )
    }

    /// Each owner is judged on the entries of its units, in register order; one with none has
    /// not done the task.
    func findings(_ context: EvaluationContext, groups: [OwnerGroup]) -> [Finding] {
        groups.map { owner in
            let records = owner.members.flatMap { entries[$0] ?? [] }.sorted { $0.position < $1.position }
            return finding(owner.group, entries: records, context)
        }
    }

    /// The finding for one group (the whole register, or one lead unit's entries).
    private func finding(_ group: FindingGroup, entries: [Record], _ context: EvaluationContext) -> Finding {
        if let finding = context.notJudged(group: group) { return finding }
        guard context.hasData, let schedule = context.rule.schedule else { return context.noData(group: group) }
        var deadlines: [(label: String, lastDay: CivilDate, entries: [Record])] = []
        for recurrence in schedule.recurrences {
            for occurrence in context.occurrences(of: recurrence, owedBy: group) {
                let label = ReportPass.label(occurrence, recurrence.frequency)
                deadlines.append((label, occurrence.lastDay, entries.filter { $0["period"] == .string(label) }))
            }
        }
        if let due = schedule.due, context.owes(group, on: due) {
            deadlines.append(("", due, entries))
        }
        let task = form.task
        if deadlines.isEmpty {
            // An ongoing duty ("Thường xuyên"), or a recurrence with nothing due yet.
            if schedule.ongoing {
                let active = entries.contains {
                    $0["status"] == .string("done") || $0["status"] == .string("in_progress")
                }
                if active { return context.finding(.met, group: group, reason: .ongoingTaskUnderWay(task: task)) }
                // The register says the work has not begun: the duty is not being done.
                if !entries.isEmpty {
                    return context.finding(.violated, group: group, reason: .ongoingTaskNotStarted(task: task))
                }
                return context.finding(.noData, group: group, reason: .ongoingTaskNotRecorded(task: task))
            }
            return context.finding(.onTrack, group: group, reason: .taskNothingDue(task: task))
        }
        var problems: [RecordReference] = []
        var pending = false
        var pendingEntries: [Record] = []
        var ok = 0
        for deadline in deadlines {
            let verdict = judge(deadline.entries, lastDay: deadline.lastDay, label: deadline.label, context)
            if verdict.ok { ok += 1 }
            if verdict.pending {
                pending = true
                pendingEntries += deadline.entries
            }
            if let problem = verdict.problem { problems.append(problem) }
        }
        let due = deadlines.map(\.lastDay).max()
        let observation = Observation.tally(.deliverablesOnTime, ok: ok, of: deadlines.count)
        if !problems.isEmpty {
            return context.finding(
                .violated, group: group, reason: .taskFailed(task: task), observation: observation, due: due,
                records: problems)
        }
        if pending {
            let started = pendingEntries.contains {
                $0["status"] == .string("in_progress") || $0["status"] == .string("done")
            }
            return context.finding(
                started ? .onTrack : .atRisk, group: group,
                reason: started ? .taskInProgress(task: task) : .taskNotStarted(task: task),
                observation: observation, due: due)
        }
        return context.finding(
            .met, group: group, reason: .taskDoneOnTime(task: task), observation: observation, due: due)
    }
}
