import DataContract
import DataLoading
import Expressions
import Foundation
import Rules
import Targets

/// What every rule pass needs to turn what it saw into findings.
struct EvaluationContext {
    let asOf: CivilDate
    let folder: String
    let manifest: Manifest
    let units: UnitDirectory
    let pack: RulePack
    let rule: Rule

    /// Whether the submission has the data set the rule reads.
    var hasData: Bool { manifest.files.contains { $0.kind == rule.dataset } }

    /// When the programme (or the rule's window) starts: trajectories and recurrences count from here.
    var programmeStart: CivilDate { Evaluator.programmeStart(of: rule, in: pack) }

    /// The periods of a recurrence due by the as-of date, counted from the programme start and
    /// leaving out those whose deadline falls before the rule takes effect.
    func occurrences(of recurrence: Recurrence) -> [Recurrence.Occurrence] {
        let all = recurrence.occurrences(from: programmeStart, through: asOf)
        guard let from = rule.schedule?.effectiveFrom else { return all }
        return all.filter { $0.lastDay >= from }
    }

    func finding(_ status: FindingStatus, group: String, observed: Decimal? = nil, observedText: String? = nil,
                 due: CivilDate? = nil, message: (en: String, vi: String), records: [RecordReference] = []) -> Finding {
        Finding(rule: rule, pack: pack, submission: folder, status: status, group: group, observed: observed, observedText: observedText,
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
    /// Takes one record of the rule's data set; `group` numbers its group (0 for national rules).
    mutating func accept(_ record: Record, group: Int)
    /// Adds what another pass of the same rule saw over a later part of the data; `groups` maps
    /// its group numbers to this pass's.
    mutating func merge(_ other: any RulePass, groups: [Int])
    /// One finding per group, given by name and number, in order.
    func findings(_ context: EvaluationContext, groups: [(name: String, id: Int)]) -> [Finding]
}

/// Evaluates rule packs against a submission at a date. Each data set is read once: every rule
/// that reads it gets each record in the same pass.
public enum Evaluator {
    /// The group of rules evaluated nationally.
    public static let nationalGroup = "national"

    /// Reads a submission folder and evaluates it in the same pass, keeping no records: the
    /// result is nil when the submission is invalid (the report says why). With no `asOf`, the
    /// submission is evaluated at the end of its reporting period. Findings name the submission
    /// `submissionName` (default: as messages name the folder).
    public static func check(packs: [RulePack], folder: String, displayName: String? = nil, submissionName: String? = nil, asOf: CivilDate? = nil,
                             options: ReadOptions = .init(), include: (Rule) -> Bool = { _ in true }) -> (EvaluationResult?, ValidationReport) {
        let (session, report) = SubmissionReader.read(folder: folder, displayName: displayName, options: options) { manifest in
            EvaluationSession(packs: packs, folder: submissionName ?? displayName ?? folder, manifest: manifest,
                              asOf: asOf ?? manifest.period.upperBound, include: include)
        }
        guard report.isValid, let session else { return (nil, report) }
        return (session.finish(), report)
    }

    /// Evaluates a submission already in memory.
    public static func evaluate(packs: [RulePack], submission: LoadedSubmission, asOf: CivilDate,
                                include: (Rule) -> Bool = { _ in true }) -> EvaluationResult {
        var session = EvaluationSession(packs: packs, folder: submission.folder, manifest: submission.manifest, asOf: asOf, include: include)
        for kind in DatasetKind.allCases {
            for record in submission.records[kind] ?? [] { session.accept(record) }
        }
        return session.finish()
    }

    /// A provincial pack binds only its province's submissions.
    static func applies(_ pack: RulePack, to manifest: Manifest) -> Bool {
        guard let province = pack.document.province else { return true }
        return manifest.province == province
    }

    /// When the programme (or the rule's window) starts: trajectories and recurrences count from here.
    static func programmeStart(of rule: Rule, in pack: RulePack) -> CivilDate {
        rule.schedule?.window?.lowerBound ?? rule.schedule?.effectiveFrom ?? pack.document.period?.lowerBound ?? pack.document.date
    }

    static func makePass(_ rule: Rule, asOf: CivilDate, pack: RulePack) -> any RulePass {
        switch rule.form {
        case let form as AggregateTargetForm: return AggregatePass(rule, form: form, asOf: asOf, start: programmeStart(of: rule, in: pack))
        case let form as RecordRequirementForm: return RequirementPass(rule: rule, form: form)
        case let form as ReportDeadlineForm: return ReportPass(form: form)
        case let form as DeliverableForm: return DeliverablePass(form: form)
        default: return UnsupportedPass()
        }
    }

    /// The group a record belongs to for a rule.
    static func group(of record: Record, for rule: Rule) -> String {
        guard let field = rule.dataset.groupingField(for: rule.grouping) else { return nationalGroup }
        return GroupTable.name(of: record[field])
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
    mutating func accept(_ record: Record, group: Int) {}
    mutating func merge(_ other: any RulePass, groups: [Int]) {}
    func findings(_ context: EvaluationContext, groups: [(name: String, id: Int)]) -> [Finding] {
        [context.finding(.error, group: Evaluator.nationalGroup,
                         message: ("this kind of rule cannot be evaluated by this coopcheck", "coopcheck này không đánh giá được loại quy tắc này"))]
    }
}

/// Shared wording of dates in messages.
func byDate(_ due: CivilDate?) -> (en: String, vi: String) {
    guard let due else { return ("", "") }
    return (" by \(due.vietnamese)", " trước hạn \(due.vietnamese)")
}
