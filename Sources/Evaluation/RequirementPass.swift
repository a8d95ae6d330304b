import DataLoading
import Foundation
import Expressions
import Rules

/// Evaluates a per-record requirement: every selected record must satisfy it; each one that does
/// not (or cannot be shown to, for lack of a value) is listed with its id and position.
struct RequirementPass: RulePass {
    let rule: Rule
    let form: RecordRequirementForm
    private var selected: [String: Int] = [:]
    private var failing: [String: [RecordReference]] = [:]
    private var groups: Set<String> = []

    init(rule: Rule, form: RecordRequirementForm) {
        self.rule = rule
        self.form = form
    }

    static func identifier(_ record: Record) -> String {
        for field in ["id", "code", "task", "unit"] {
            if case .string(let id) = record[field] { return id }
        }
        return "line \(record.position.line)"
    }

    mutating func accept(_ record: Record) {
        let group = Evaluator.group(of: record, for: rule)
        groups.insert(group)
        if let filter = rule.filter, filter.evaluate(record) != .bool(true) { return }
        selected[group, default: 0] += 1
        let result = form.requirement.evaluate(record)
        guard result != .bool(true) else { return }
        let missing = result == .null
        failing[group, default: []].append(RecordReference(
            id: Self.identifier(record), position: record.position,
            note: missing ? "a value the requirement needs is missing" : "does not satisfy: \(form.requirement.plainEnglish)",
            noteVietnamese: missing ? "thiếu giá trị cần để kiểm tra" : "không đáp ứng: \(form.requirement.canonical)"))
    }

    func findings(_ context: EvaluationContext) -> [Finding] {
        let groupList = groups.isEmpty ? [Evaluator.nationalGroup] : groups.sorted()
        return groupList.map { group in
            if let finding = context.notEffective(group: group) { return finding }
            guard context.hasData else { return context.noData(group: group) }
            let due = rule.schedule?.due
            let total = selected[group, default: 0]
            let bad = failing[group] ?? []
            let ok = total - bad.count
            let share = total == 0 ? nil : Decimal(ok) / Decimal(total)
            let isDue = due == nil || context.asOf >= due!
            let status: FindingStatus = bad.isEmpty ? (isDue ? .met : .onTrack) : (isDue ? .violated : .atRisk)
            let observed = "\(ok) of \(total) records comply"
            let message = bad.isEmpty
                ? (en: total == 0 ? "No record is subject to the requirement" : "All \(total) records satisfy: \(form.requirement.plainEnglish)",
                   vi: total == 0 ? "Không có bản ghi nào thuộc diện áp dụng" : "Cả \(total) bản ghi đều đáp ứng yêu cầu")
                : (en: "\(bad.count) of \(total) records do not satisfy: \(form.requirement.plainEnglish)\(byDate(due).en)",
                   vi: "\(bad.count)/\(total) bản ghi không đáp ứng yêu cầu \(form.requirement.canonical)\(byDate(due).vi)")
            return context.finding(status, group: group, observed: share, observedText: observed, due: due,
                                   message: message, records: bad)
        }
    }
}
