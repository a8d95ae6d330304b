import DataContract
import DataLoading
import Expressions
import Foundation
import Rules
import Targets

/// What every rule pass needs to turn what it saw into findings.
struct EvaluationContext {
    let asOf: CivilDate
    let submission: LoadedSubmission
    let units: UnitDirectory
    let pack: RulePack
    let rule: Rule

    /// Whether the submission has the data set the rule reads.
    var hasData: Bool { submission.has(rule.dataset) }

    /// When the programme (or the rule's window) starts: trajectories and recurrences count from here.
    var programmeStart: CivilDate {
        rule.schedule?.window?.lowerBound ?? rule.schedule?.effectiveFrom ?? pack.document.period?.lowerBound ?? pack.document.date
    }

    /// The periods of a recurrence due by the as-of date, counted from the programme start and
    /// leaving out those whose deadline falls before the rule takes effect.
    func occurrences(of recurrence: Recurrence) -> [Recurrence.Occurrence] {
        let all = recurrence.occurrences(from: programmeStart, through: asOf)
        guard let from = rule.schedule?.effectiveFrom else { return all }
        return all.filter { $0.lastDay >= from }
    }

    func finding(_ status: FindingStatus, group: String, observed: Decimal? = nil, observedText: String? = nil,
                 due: CivilDate? = nil, message: (en: String, vi: String), records: [RecordReference] = []) -> Finding {
        Finding(rule: rule, pack: pack, submission: submission.folder, status: status, group: group, observed: observed, observedText: observedText,
                due: due, message: message.en, messageVietnamese: message.vi, records: records)
    }

    /// The finding for a rule before its effective-from date, if it is.
    func notEffective(group: String) -> Finding? {
        guard let from = rule.schedule?.effectiveFrom, asOf < from else { return nil }
        return finding(.notEffective, group: group, due: rule.schedule?.due,
                       message: ("takes effect on \(from.vietnamese)", "có hiệu lực từ \(from.vietnamese)"))
    }

    func noData(group: String) -> Finding {
        finding(.noData, group: group, due: rule.schedule?.due,
                message: ("the submission has no '\(rule.dataset)' data, which this rule needs",
                          "hồ sơ không có dữ liệu '\(rule.dataset)' mà quy tắc này cần"))
    }
}

/// Collects what one rule needs from the records of its data set, then judges it.
protocol RulePass {
    mutating func accept(_ record: Record)
    func findings(_ context: EvaluationContext) -> [Finding]
}

/// Evaluates rule packs against a submission at a date. Each data set is read once: every rule
/// that reads it gets each record in the same pass.
public enum Evaluator {
    /// The group of rules evaluated nationally.
    public static let nationalGroup = "national"

    public static func evaluate(packs: [RulePack], submission: LoadedSubmission, asOf: CivilDate,
                                include: (Rule) -> Bool = { _ in true }) -> EvaluationResult {
        let units = UnitDirectory(submission.records[.units] ?? [])
        var entries: [(context: EvaluationContext, pass: any RulePass)] = []
        let skipped = packs.filter { !applies($0, to: submission) }
        for pack in packs where applies(pack, to: submission) {
            for rule in pack.rules where include(rule) {
                let context = EvaluationContext(asOf: asOf, submission: submission, units: units, pack: pack, rule: rule)
                entries.append((context, makePass(context)))
            }
        }
        for kind in DatasetKind.allCases {
            let indices = entries.indices.filter { entries[$0].context.rule.dataset == kind }
            guard !indices.isEmpty else { continue }
            for record in submission.records[kind] ?? [] {
                for i in indices { entries[i].pass.accept(record) }
            }
        }
        var findings: [Finding] = []
        for entry in entries {
            findings += entry.pass.findings(entry.context)
        }
        let packOrder = Dictionary(uniqueKeysWithValues: packs.enumerated().map { ($1.id, $0) })
        let ruleOrder = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.context.rule.id, $0) })
        findings.sort {
            ($0.pack.id != $1.pack.id) ? packOrder[$0.pack.id]! < packOrder[$1.pack.id]!
                : ($0.group != $1.group) ? $0.group < $1.group
                : ($0.status.rank != $1.status.rank) ? $0.status.rank < $1.status.rank
                : ruleOrder[$0.rule.id]! < ruleOrder[$1.rule.id]!
        }
        return EvaluationResult(asOf: asOf, submissions: [submission.folder], findings: findings,
                                scorecards: scorecards(findings),
                                skipped: skipped.map { SkippedPack(pack: $0, submission: submission.folder) })
    }

    /// A provincial pack binds only its province's submissions.
    static func applies(_ pack: RulePack, to submission: LoadedSubmission) -> Bool {
        guard let province = pack.document.province else { return true }
        return submission.manifest.province == province
    }

    static func makePass(_ context: EvaluationContext) -> any RulePass {
        let rule = context.rule
        switch rule.form {
        case let form as AggregateTargetForm: return AggregatePass(context, form: form)
        case let form as RecordRequirementForm: return RequirementPass(rule: rule, form: form)
        case let form as ReportDeadlineForm: return ReportPass(form: form)
        case let form as DeliverableForm: return DeliverablePass(form: form)
        default: return UnsupportedPass(rule: rule)
        }
    }

    /// The group a record belongs to for a rule.
    static func group(of record: Record, for rule: Rule) -> String {
        guard let field = rule.dataset.groupingField(for: rule.grouping) else { return nationalGroup }
        switch record[field] {
        case .string(let code): return code
        case .null: return "(none)"
        case let other: return "\(other)"
        }
    }

    static func scorecards(_ findings: [Finding]) -> [Scorecard] {
        var order: [String] = []
        var grouped: [String: (RulePack, String, [FindingStatus: Int])] = [:]
        for finding in findings {
            let key = finding.pack.id + "\u{0}" + finding.group
            if grouped[key] == nil {
                order.append(key)
                grouped[key] = (finding.pack, finding.group, [:])
            }
            grouped[key]!.2[finding.status, default: 0] += 1
        }
        let submission = findings.first?.submission ?? ""
        return order.map { Scorecard(pack: grouped[$0]!.0, submission: submission, group: grouped[$0]!.1, counts: grouped[$0]!.2) }
    }
}

/// A rule form this evaluator does not know: reported as an error, never skipped silently.
struct UnsupportedPass: RulePass {
    let rule: Rule
    mutating func accept(_ record: Record) {}
    func findings(_ context: EvaluationContext) -> [Finding] {
        [context.finding(.error, group: Evaluator.nationalGroup,
                         message: ("this kind of rule cannot be evaluated by this coopcheck", "coopcheck này không đánh giá được loại quy tắc này"))]
    }
}

/// Shared wording of dates in messages.
func byDate(_ due: CivilDate?) -> (en: String, vi: String) {
    guard let due else { return ("", "") }
    return (" by \(due.vietnamese)", " trước hạn \(due.vietnamese)")
}
