import DataLoading
import Foundation
import Expressions
import Rules

/// Evaluates a per-record requirement: every selected record must satisfy it; each one that does
/// not (or cannot be shown to, for lack of a value) is listed with its id and position.
struct RequirementPass: RulePass {
    let rule: Rule
    let form: RecordRequirementForm
    private let filter: BoundExpression?
    private let requirement: BoundExpression
    /// Per group number: records selected, and those failing in record order.
    private var selected: [Int] = []
    private var failing: [[RecordReference]] = []

    init(rule: Rule, form: RecordRequirementForm) {
        self.rule = rule
        self.form = form
        filter = rule.filter?.syntax.bound(to: rule.dataset)
        requirement = form.requirement.syntax.bound(to: rule.dataset)
    }

    static func identifier(_ record: Record) -> String {
        for field in ["id", "code", "task", "unit"] {
            if case .string(let id) = record[field] { return id }
        }
        return "line \(record.position.line)"
    }

    private mutating func ensure(_ group: Int) {
        selected.ensureIndex(group, filler: 0)
        failing.ensureIndex(group, filler: [])
    }

    mutating func accept(_ record: Record, group: Int) {
        if let filter, filter.evaluate(record.values) != .bool(true) { return }
        ensure(group)
        selected[group] += 1
        let result = requirement.evaluate(record.values)
        guard result != .bool(true) else { return }
        let missing = result == .null
        failing[group].append(RecordReference(
            id: Self.identifier(record), position: record.position,
            note: missing ? "a value the requirement needs is missing" : "does not satisfy: \(form.requirement.plainEnglish)",
            noteVietnamese: missing ? "thiếu giá trị cần để kiểm tra" : "không đáp ứng: \(form.requirement.canonical)"))
    }

    mutating func merge(_ other: any RulePass, groups: [Int]) {
        guard let other = other as? RequirementPass else { return }
        for (theirs, ours) in groups.enumerated() where theirs < other.selected.count {
            ensure(ours)
            selected[ours] += other.selected[theirs]
            failing[ours] += other.failing[theirs]
        }
    }

    func findings(_ context: EvaluationContext, groups: [(name: String, id: Int)]) -> [Finding] {
        groups.map { group, id in
            if let finding = context.notEffective(group: group) { return finding }
            guard context.hasData else { return context.noData(group: group) }
            let due = rule.schedule?.due
            let total = id < selected.count ? selected[id] : 0
            let bad = id < failing.count ? failing[id] : []
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
