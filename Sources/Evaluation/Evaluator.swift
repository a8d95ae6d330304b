import AdministrativeMap
import DataContract
import DataLoading
import Diagnostics
import Expressions
import Foundation
import Rules
import Targets

/// How much of a submission a pack binds.
enum PackReach: Hashable, Sendable {
    /// All of it: a national pack, or the pack of the submission's province.
    case whole
    /// The area of this earlier province, which the submission's province took in on 1/7/2025.
    case formerProvince(String)
    /// None: the plan of another province.
    case elsewhere
}

/// What every rule pass needs to turn what it saw into findings.
struct EvaluationContext {
    let asOf: CivilDate
    let folder: String
    /// Whom the evaluation speaks for.
    let scope: SubmissionScope
    /// The data sets the submission (or any of the submissions judged together) holds.
    let datasets: Set<DatasetKind>
    let units: UnitDirectory
    let pack: RulePack
    let rule: Rule
    /// How the submission names the fields of the rule's data set.
    let headers: ColumnHeaders
    /// For a merged province's plan judged on its successor's submission, the first day of the
    /// new map: what fell due before it was the former province's, judged on its own submissions.
    var owedFrom: CivilDate? = nil

    /// Whether the submission has the data set the rule reads.
    var hasData: Bool { datasets.contains(rule.dataset) }

    /// Whether a group is the province the submission speaks for: every unit its units file
    /// lists is then the province's.
    func isOwnProvince(_ group: FindingGroup) -> Bool { scope == .province(group.code) }

    /// When the programme (or the rule's window) starts: trajectories and recurrences count from here.
    var programmeStart: CivilDate { Evaluator.programmeStart(of: rule, in: pack) }

    /// The span evaluated: from the programme start to the as-of date, or to the end of the rule's
    /// window when that comes first. Before the programme starts it is the start day alone.
    var period: ClosedRange<CivilDate> { Evaluator.period(of: rule, in: pack, asOf: asOf) }

    /// The periods of a recurrence due by the as-of date, counted from the period holding the
    /// programme start, leaving out those whose last on-time day falls before the programme
    /// starts or the rule takes effect (no duty is owed before it exists), and those that begin
    /// after the rule's window or the programme's period ends (a 2021-2025 plan owes no 2026 report).
    func occurrences(of recurrence: Recurrence) -> [Recurrence.Occurrence] {
        let from = max(programmeStart, rule.schedule?.effectiveFrom ?? programmeStart, owedFrom ?? programmeStart)
        let end = rule.schedule?.window?.upperBound ?? pack.document.period?.upperBound
        return recurrence.occurrences(from: programmeStart, through: asOf).filter { occurrence in
            occurrence.lastDay >= from && end.map { occurrence.periodStart <= $0 } ?? true
        }
    }

    /// The occurrences `group` owed: those due while its unit existed.
    func occurrences(of recurrence: Recurrence, owedBy group: FindingGroup) -> [Recurrence.Occurrence] {
        occurrences(of: recurrence).filter { owes(group, on: $0.lastDay) }
    }

    /// The last day of the unit a group names, when it ended before the as-of date: a district
    /// once the district level ended (30/6/2025), or a unit whose register gives a `valid_to`.
    func lastDay(of group: FindingGroup) -> CivilDate? {
        guard let last = units.lastDay(of: group), asOf > last else { return nil }
        return last
    }

    /// Whether a group owes what falls due on `day`: its unit still existed then, and (for a
    /// merged province's plan) the day is not before the merger.
    func owes(_ group: FindingGroup, on day: CivilDate) -> Bool {
        lastDay(of: group).map { day <= $0 } ?? true && owedFrom.map { day >= $0 } ?? true
    }

    func finding(
        _ status: FindingStatus, group: FindingGroup, reason: FindingReason, observation: Observation? = nil,
        due: CivilDate? = nil, records: [RecordReference] = []
    ) -> Finding {
        Finding(
            rule: rule, pack: pack, submission: folder, status: status, group: group, reason: reason,
            observation: observation, due: due, window: rule.schedule?.window, period: period, records: records,
            headers: headers)
    }

    /// The finding for a group the rule is not judged for: before its effective-from date
    /// (`not_effective`), or not owed (`not_owed`) by an owner that had ceased before any of the
    /// duty fell due, or on a merged province's plan for what fell due before the merger.
    func notJudged(group: FindingGroup) -> Finding? {
        let due = rule.schedule?.due
        if let from = rule.schedule?.effectiveFrom, asOf < from {
            return finding(.notEffective, group: group, reason: .notEffective(from: from), due: due)
        }
        if let last = lastDay(of: group), !owesAnything(until: last) {
            return finding(.notOwed, group: group, reason: .ownerCeased(lastDay: last, level: group.level), due: due)
        }
        if let first = owedFrom, fellDueOnlyBefore(first) {
            return finding(.notOwed, group: group, reason: .dueBeforeMerger(mergedOn: first), due: due)
        }
        return nil
    }

    /// Whether all of the duty due by the as-of date fell due before `first`: its deadline, or
    /// every recurring deadline so far (and some did).
    private func fellDueOnlyBefore(_ first: CivilDate) -> Bool {
        guard let schedule = rule.schedule else { return false }
        if schedule.recurrences.isEmpty { return schedule.due.map { $0 < first } ?? false }
        var unbounded = self
        unbounded.owedFrom = nil
        return schedule.due.map { $0 < first } ?? true
            && schedule.recurrences.allSatisfy { occurrences(of: $0).isEmpty }
            && schedule.recurrences.contains { !unbounded.occurrences(of: $0).isEmpty }
    }

    /// Whether part of the duty fell due by `last`: its deadline, or one of its recurring ones.
    func owesAnything(until last: CivilDate) -> Bool {
        guard let schedule = rule.schedule else { return false }
        if let due = schedule.due, due <= last { return true }
        return schedule.recurrences.contains { occurrences(of: $0).contains { $0.lastDay <= last } }
    }

    func noData(group: FindingGroup) -> Finding {
        finding(.noData, group: group, reason: .datasetMissing(rule.dataset), due: rule.schedule?.due)
    }
}

/// Collects what one rule needs from the records of its data set, then judges it.
protocol RulePass {
    /// Takes one record of the rule's data set; `group` numbers the unit it names (0 when the
    /// rule's records are not told apart by unit).
    mutating func accept(_ record: Record, group: Int)
    /// Adds what another pass of the same rule saw over other records; `groups` maps its group
    /// numbers to this pass's.
    mutating func merge(_ other: Self, groups: [Int])
    /// One finding per owner, in order, each over its groups' records.
    func findings(_ context: EvaluationContext, groups: [OwnerGroup]) -> [Finding]
    /// The groups that sent a record this rule counts.
    var seen: Set<Int> { get }
}

/// The passes of a session's rules, each form's in an array of its own type: a pass is fed,
/// merged and judged through its own type, never through a cast.
struct Passes: Sendable {
    private var aggregates: [AggregatePass] = []
    private var requirements: [RequirementPass] = []
    private var reports: [ReportPass] = []
    private var deliverables: [DeliverablePass] = []

    /// Where one rule's pass is.
    enum Slot: Sendable {
        case aggregate(Int), requirement(Int), report(Int), deliverable(Int)
    }

    /// Makes the pass of a rule, returning where it is.
    mutating func add(_ rule: Rule, pack: RulePack, asOf: CivilDate) -> Slot {
        switch rule.form {
        case .aggregate(let form):
            aggregates.append(AggregatePass(rule, form: form, pack: pack, asOf: asOf))
            return .aggregate(aggregates.count - 1)
        case .requirement(let form):
            requirements.append(RequirementPass(rule: rule, form: form))
            return .requirement(requirements.count - 1)
        case .report(let form):
            reports.append(ReportPass(form: form))
            return .report(reports.count - 1)
        case .deliverable(let form):
            deliverables.append(DeliverablePass(form: form))
            return .deliverable(deliverables.count - 1)
        }
    }

    mutating func accept(_ record: Record, group: Int, at slot: Slot) {
        switch slot {
        case .aggregate(let i): aggregates[i].accept(record, group: group)
        case .requirement(let i): requirements[i].accept(record, group: group)
        case .report(let i): reports[i].accept(record, group: group)
        case .deliverable(let i): deliverables[i].accept(record, group: group)
        }
    }

    /// Adds what the pass at `theirs` among `other`'s (the same rule's) saw to the pass at `slot`.
    mutating func merge(_ other: Passes, at slot: Slot, from theirs: Slot, groups: [Int]) {
        switch (slot, theirs) {
        case (.aggregate(let i), .aggregate(let j)): aggregates[i].merge(other.aggregates[j], groups: groups)
        case (.requirement(let i), .requirement(let j)): requirements[i].merge(other.requirements[j], groups: groups)
        case (.report(let i), .report(let j)): reports[i].merge(other.reports[j], groups: groups)
        case (.deliverable(let i), .deliverable(let j)): deliverables[i].merge(other.deliverables[j], groups: groups)
        case (.aggregate, _), (.requirement, _), (.report, _), (.deliverable, _):
            preconditionFailure("passes of one rule have one form")
        }
    }

    /// What the pass at `slot` needs from the records.
    func plan(at slot: Slot) -> FactPlan.Form {
        switch slot {
        case .aggregate(let i): .aggregate(aggregates[i].plan)
        case .requirement(let i):
            .requirement(
                filter: requirements[i].rule.filter?.syntax, requirement: requirements[i].form.requirement.syntax)
        case .report(let i): .records(field: "report", value: reports[i].form.report)
        case .deliverable(let i): .records(field: "task", value: deliverables[i].form.task)
        }
    }

    mutating func absorb(_ facts: AggregateFacts, at slot: Slot, groups: (Value) -> Int) {
        guard case .aggregate(let i) = slot else { preconditionFailure("aggregate facts go to an aggregate's pass") }
        aggregates[i].absorb(facts, groups: groups)
    }

    mutating func absorb(
        selected: [(group: Int, count: Int)], failing: [(group: Int, record: Record, missingValue: Bool)], at slot: Slot
    ) {
        guard case .requirement(let i) = slot else {
            preconditionFailure("requirement facts go to a requirement's pass")
        }
        requirements[i].absorb(selected: selected, failing: failing)
    }

    func seen(at slot: Slot) -> Set<Int> {
        switch slot {
        case .aggregate(let i): aggregates[i].seen
        case .requirement(let i): requirements[i].seen
        case .report(let i): reports[i].seen
        case .deliverable(let i): deliverables[i].seen
        }
    }

    func findings(at slot: Slot, _ context: EvaluationContext, groups: [OwnerGroup]) -> [Finding] {
        switch slot {
        case .aggregate(let i): aggregates[i].findings(context, groups: groups)
        case .requirement(let i): requirements[i].findings(context, groups: groups)
        case .report(let i): reports[i].findings(context, groups: groups)
        case .deliverable(let i): deliverables[i].findings(context, groups: groups)
        }
    }
}

/// Evaluates rule packs against a submission at a date. Each data set is read once: every rule
/// that reads it gets each record in the same pass.
public enum Evaluator {
    /// Reads a submission folder and evaluates it in the same pass, keeping no records (only each
    /// rule's accumulators per unit, and the units file, for judging the nation over several): the
    /// result is nil when the submission is invalid (the report says why). With no `asOf`, the
    /// submission is evaluated at the end of its reporting period. Findings name the submission
    /// `submissionName` (default: as messages name the folder).
    ///
    /// A submission checked as one `part` of several judges no national target itself: the
    /// nation is judged once, over every part, by `EvaluationResult.combining`.
    public static func check(
        packs: [RulePack], folder: String, displayName: String? = nil, submissionName: String? = nil,
        asOf: CivilDate? = nil, part: Bool = false, options: ReadOptions = .init(),
        include: (Rule) -> Bool = { _ in true }
    ) -> (EvaluationResult?, ValidationReport) {
        check(
            packs: packs, source: .folder(folder), displayName: displayName, submissionName: submissionName,
            asOf: asOf, part: part, options: options, include: include)
    }

    /// Reads, validates and evaluates a submission from any source: a folder, or a workbook
    /// with the facts a manifest would give.
    public static func check(
        packs: [RulePack], source: SubmissionSource, displayName: String? = nil, submissionName: String? = nil,
        asOf: CivilDate? = nil, part: Bool = false, options: ReadOptions = .init(),
        include: (Rule) -> Bool = { _ in true }
    ) -> (EvaluationResult?, ValidationReport) {
        let (session, report) = SubmissionReader.read(source, displayName: displayName, options: options) {
            manifest in
            EvaluationSession(
                packs: packs, folder: submissionName ?? displayName ?? source.name, manifest: manifest,
                asOf: asOf ?? manifest.period.upperBound, part: part, include: include)
        }
        guard report.isValid, let session else { return (nil, report) }
        return (session.finish(), report)
    }

    /// Evaluates a submission already in memory.
    public static func evaluate(
        packs: [RulePack], submission: LoadedSubmission, asOf: CivilDate,
        include: (Rule) -> Bool = { _ in true }
    ) -> EvaluationResult {
        var session = EvaluationSession(
            packs: packs, folder: submission.folder, manifest: submission.manifest, asOf: asOf,
            include: include)
        for kind in DatasetKind.allCases {
            for record in submission.records[kind] ?? [] { session.accept(record) }
        }
        return session.finish()
    }

    /// Whether a pack binds any of a submission: a national pack, the province's own, or the plan
    /// of a province it took in on 1/7/2025 (over that area).
    public static func binds(_ pack: RulePack, on manifest: Manifest) -> Bool {
        reach(pack, on: manifest) != .elsewhere
    }

    /// How much of a submission a pack binds: a provincial pack binds its province's submissions;
    /// the plan of a province merged on 1/7/2025 binds, on a submission of the province that took
    /// it in for a period reaching past that day, the area of the former province only (its
    /// documents stay in force there until the new province replaces them: docs/evaluation.md).
    static func reach(_ pack: RulePack, on manifest: Manifest) -> PackReach {
        guard let province = pack.document.province else { return .whole }
        if pack.document.date < AdministrativeMap.reorganised,
            manifest.period.upperBound >= AdministrativeMap.reorganised,
            let successor = AdministrativeMap.successor(ofEarlier: province), successor.absorbed.count > 1,
            manifest.province == successor.code
        {
            return .formerProvince(province)
        }
        return manifest.province == province ? .whole : .elsewhere
    }

    /// The span a rule is evaluated over: from the programme start to the as-of date, or to the end
    /// of the rule's window when that comes first; the start day alone before the programme starts.
    static func period(of rule: Rule, in pack: RulePack, asOf: CivilDate) -> ClosedRange<CivilDate> {
        let start = programmeStart(of: rule, in: pack)
        let end = min(asOf, rule.schedule?.window?.upperBound ?? asOf)
        return start...max(start, end)
    }

    /// When the programme (or the rule's window) starts: trajectories and recurrences count from here.
    static func programmeStart(of rule: Rule, in pack: RulePack) -> CivilDate {
        rule.schedule?.window?.lowerBound ?? rule.schedule?.effectiveFrom ?? pack.document.period?.lowerBound
            ?? pack.document.date
    }

    /// Findings in report order: by pack, the nation first and then by unit code, worst status
    /// first, then in the pack's rule order.
    static func sorted(_ findings: [Finding], packs: [RulePack]) -> [Finding] {
        let packOrder = Dictionary(packs.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let ruleOrder = Dictionary(packs.flatMap(\.rules).enumerated().map { ($1.id, $0) }) { first, _ in first }
        func groupKey(_ group: FindingGroup) -> String { group.isNational ? "" : group.code }
        return findings.sorted {
            if $0.pack.id != $1.pack.id { return packOrder[$0.pack.id, default: 0] < packOrder[$1.pack.id, default: 0] }
            if $0.group.code != $1.group.code { return groupKey($0.group) < groupKey($1.group) }
            if $0.status != $1.status { return $0.status < $1.status }
            return ruleOrder[$0.rule.id, default: 0] < ruleOrder[$1.rule.id, default: 0]
        }
    }

    static func scorecards(_ findings: [Finding]) -> [Scorecard] {
        var order: [String] = []
        var grouped: [String: (pack: RulePack, group: FindingGroup, counts: [FindingStatus: Int])] = [:]
        for finding in findings {
            let key = finding.pack.id + "\u{0}" + finding.group.code
            if grouped[key] == nil {
                order.append(key)
                grouped[key] = (finding.pack, finding.group, [:])
            }
            grouped[key]!.counts[finding.status, default: 0] += 1
        }
        let submission = findings.first?.submission ?? ""
        return order.map { key in
            let card = grouped[key]!
            return Scorecard(pack: card.pack, submission: submission, group: card.group, counts: card.counts)
        }
    }
}
