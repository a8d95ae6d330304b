import DataLoading
import Expressions
import Rules
import Targets

/// Evaluates an appendix task against the task register: done by its deadline (or by each
/// recurring deadline), under way for an ongoing duty.
struct DeliverablePass: RulePass {
    let form: DeliverableForm
    private var entries: [Record] = []

    init(form: DeliverableForm) {
        self.form = form
    }

    mutating func accept(_ record: Record, group: Int) {
        if record["task"] == .string(form.task) { entries.append(record) }
    }

    mutating func merge(_ other: any RulePass, groups: [Int]) {
        guard let other = other as? DeliverablePass else { return }
        entries += other.entries
    }

    private static func text(_ value: Value) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// Judges the entries for one deadline: done on time, done late, not done.
    private func judge(_ candidates: [Record], lastDay: CivilDate, label: String, _ context: EvaluationContext) -> (ok: Bool, pending: Bool, problem: RecordReference?) {
        let done = candidates.compactMap { record -> (Record, CivilDate)? in
            guard record["status"] == .string("done"), case .date(let day) = record["completed_on"] else { return nil }
            return (record, day)
        }
        if let (record, day) = done.min(by: { $0.1 < $1.1 }) {
            if day <= lastDay { return (true, false, nil) }
            return (false, false, RecordReference(id: label.isEmpty ? form.task : "\(form.task) \(label)", position: record.position,
                                                  note: "done late: \(day.vietnamese), due by \(lastDay.vietnamese)",
                                                  noteVietnamese: "hoàn thành muộn: \(day.vietnamese), hạn \(lastDay.vietnamese)"))
        }
        if context.asOf <= lastDay { return (false, true, nil) }
        let record = candidates.first
        let state = record.flatMap { Self.text($0["status"]) } ?? "no entry in the task register"
        return (false, false, RecordReference(id: label.isEmpty ? form.task : "\(form.task) \(label)", position: record?.position,
                                              note: "not done (\(state.replacingOccurrences(of: "_", with: " "))), due by \(lastDay.vietnamese)",
                                              noteVietnamese: "chưa hoàn thành, hạn \(lastDay.vietnamese)"))
    }

    /// Tasks are judged per lead unit among the entries of this task, not every group of the register.
    func findings(_ context: EvaluationContext, groups: [(name: String, id: Int)]) -> [Finding] {
        guard context.rule.grouping != .national, !entries.isEmpty else {
            return [finding(Evaluator.nationalGroup, entries: entries, context)]
        }
        let groups = Dictionary(grouping: entries) { Evaluator.group(of: $0, for: context.rule) }
        return groups.keys.sorted().map { finding($0, entries: groups[$0]!, context) }
    }

    /// The finding for one group (the whole register, or one lead unit's entries).
    private func finding(_ group: String, entries: [Record], _ context: EvaluationContext) -> Finding {
        if let finding = context.notEffective(group: group) { return finding }
        guard context.hasData, let schedule = context.rule.schedule else { return context.noData(group: group) }
        var deadlines: [(label: String, lastDay: CivilDate, entries: [Record])] = []
        for recurrence in schedule.recurrences {
            for occurrence in context.occurrences(of: recurrence) {
                let label = ReportPass.label(occurrence, recurrence.frequency)
                deadlines.append((label, occurrence.lastDay, entries.filter { $0["period"] == .string(label) }))
            }
        }
        if let due = schedule.due {
            deadlines.append(("", due, entries))
        }
        if deadlines.isEmpty {
            // An ongoing duty ("Thường xuyên"), or a recurrence with nothing due yet.
            if schedule.ongoing {
                let active = entries.contains { $0["status"] == .string("done") || $0["status"] == .string("in_progress") }
                return context.finding(active ? .met : .noData, group: group,
                                        message: active ? ("Ongoing task '\(form.task)' is under way", "Nhiệm vụ thường xuyên '\(form.task)' đang được thực hiện")
                                                        : ("The task register shows no work on ongoing task '\(form.task)'", "Sổ theo dõi không ghi nhận nhiệm vụ thường xuyên '\(form.task)'"))
            }
            return context.finding(.onTrack, group: group, message: ("Nothing is due yet for task '\(form.task)'", "Nhiệm vụ '\(form.task)' chưa đến hạn"))
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
        let observed = "\(ok) of \(deadlines.count) deliverables done on time"
        if !problems.isEmpty {
            let detail = problems.prefix(3).map(\.note).joined(separator: "; ")
            return context.finding(.violated, group: group, observedText: observed, due: due,
                                    message: ("Task '\(form.task)': \(detail)", "Nhiệm vụ '\(form.task)': \(problems.prefix(3).map(\.noteVietnamese).joined(separator: "; "))"),
                                    records: problems)
        }
        if pending {
            let started = pendingEntries.contains { $0["status"] == .string("in_progress") || $0["status"] == .string("done") }
            return context.finding(started ? .onTrack : .atRisk, group: group, observedText: observed, due: due,
                                    message: started ? ("Task '\(form.task)' is in progress\(byDate(due).en)", "Nhiệm vụ '\(form.task)' đang thực hiện\(byDate(due).vi)")
                                                     : ("Task '\(form.task)' has not started; it is due\(byDate(due).en)", "Nhiệm vụ '\(form.task)' chưa triển khai; hạn\(byDate(due).vi)"))
        }
        return context.finding(.met, group: group, observedText: observed, due: due,
                                message: ("Task '\(form.task)' was done on time", "Nhiệm vụ '\(form.task)' hoàn thành đúng hạn"))
    }
}
