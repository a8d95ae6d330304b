import DataLoading
import Diagnostics
import Expressions
import Foundation
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
        failing[group].append(Self.reference(record, missingValue: result == .null))
    }

    private static func reference(_ record: Record, missingValue: Bool) -> RecordReference {
        RecordReference(
            id: identifier(record), position: record.position, problem: missingValue ? .missingValue : .unsatisfied)
    }

    /// Adds the counts and failing records an engine found, their groups numbered as this pass numbers them.
    mutating func absorb(
        selected counts: [(group: Int, count: Int)], failing records: [(group: Int, record: Record, missingValue: Bool)]
    ) {
        for (group, count) in counts {
            ensure(group)
            selected[group] += count
        }
        for (group, record, missing) in records {
            ensure(group)
            failing[group].append(Self.reference(record, missingValue: missing))
        }
    }

    var seen: Set<Int> { Set(selected.indices.filter { selected[$0] > 0 }) }

    mutating func merge(_ other: RequirementPass, groups: [Int]) {
        for (theirs, ours) in groups.enumerated() where theirs < other.selected.count {
            ensure(ours)
            selected[ours] += other.selected[theirs]
            failing[ours] += other.failing[theirs]
        }
    }

    func findings(_ context: EvaluationContext, groups: [OwnerGroup]) -> [Finding] {
        groups.map { owner in
            let group = owner.group
            if let finding = context.notJudged(group: group) { return finding }
            guard context.hasData else { return context.noData(group: group) }
            let due = rule.schedule?.due
            let total = owner.members.reduce(0) { $0 + ($1 < selected.count ? selected[$1] : 0) }
            // In record order, however the records were grouped and read.
            let bad = owner.members.flatMap { $0 < failing.count ? failing[$0] : [] }.sorted {
                $0.readingOrder < $1.readingOrder
            }
            let isDue = due.map { context.asOf >= $0 } ?? true
            let status: FindingStatus = bad.isEmpty ? (isDue ? .met : .onTrack) : (isDue ? .violated : .atRisk)
            let reason: FindingReason =
                bad.isEmpty
                ? (total == 0 ? .noRecordSubject : .allRecordsComply(total: total))
                : .recordsFail(failing: bad.count, total: total)
            return context.finding(
                status, group: group, reason: reason,
                observation: .tally(.recordsComplying, ok: total - bad.count, of: total), due: due,
                records: bad)
        }
    }
}
