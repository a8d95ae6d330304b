import AdministrativeMap
import DataContract
import Diagnostics
import Expressions
import Foundation
import Rules
import Targets

/// What a finding is about: a unit by code, with its name and level from the submission's units
/// file when it lists the unit, or `national` for a rule judged over all the data at once.
public struct FindingGroup: Hashable, Sendable {
    /// The unit's code; `national`, or `(none)` for records that name no unit.
    public let code: String
    public let name: String?
    public let level: UnitLevel?

    public init(code: String, name: String? = nil, level: UnitLevel? = nil) {
        self.code = code
        self.name = name
        self.level = level
    }

    /// The group of rules evaluated over all the data at once.
    public static let national = FindingGroup(code: "national")
    /// The group of records that name no unit.
    public static let noUnit = FindingGroup(code: "(none)")

    /// The central bodies a task's lead names, when the task register has no entry of theirs.
    public static func central(lead: String?) -> FindingGroup { FindingGroup(code: "central", name: lead) }

    public var isNational: Bool { code == Self.national.code }

}

/// What was measured for a finding, as numbers: the value compared with the target, the fraction
/// it comes from, and for a yearly target the value of every year due.
public struct Observation: Hashable, Sendable {
    /// What the figures count, which decides how they are read.
    public enum Kind: Hashable, Sendable {
        /// The value of a measure (a count, sum, average, minimum or maximum).
        case value
        /// A share, ratio or coverage: `numerator` of `denominator`.
        case share
        /// A rate per year: `numerator` records over `denominator` years.
        case perYear
        /// Selected records that satisfy a requirement, of all selected.
        case recordsComplying
        /// Reports that arrived on time, of all due.
        case reportsOnTime
        /// Deliverables done on time, of all due.
        case deliverablesOnTime
    }

    public let kind: Kind
    /// The value in the target's unit (a fraction for percentages); nil when it cannot be computed.
    public let value: Decimal?
    /// What the value is counted from: records matching (or a sum), of `denominator` records,
    /// units or, for `perYear`, years; nil for a plain value.
    public let numerator: Decimal?
    public let denominator: Decimal?
    /// Whether the value meets the rule's target, compared exactly; nil when there is no target.
    /// For a yearly target it is the last year's: the finding says whether every year did.
    public let meetsTarget: Bool?
    /// For a target judged every year: each year due, oldest first.
    public let years: [YearlyValue]
    /// For a target not yet due nor met: where the measure is headed by the due date.
    public let projection: Projection?

    public init(
        kind: Kind, value: Decimal?, numerator: Decimal? = nil, denominator: Decimal? = nil,
        meetsTarget: Bool? = nil, years: [YearlyValue] = [], projection: Projection? = nil
    ) {
        self.kind = kind
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.meetsTarget = meetsTarget
        self.years = years
        self.projection = projection
    }

    /// A count of things done right out of all due (records, reports, deliverables).
    static func tally(_ kind: Kind, ok: Int, of total: Int) -> Observation {
        Observation(
            kind: kind, value: total == 0 ? nil : Decimal(ok) / Decimal(total), numerator: Decimal(ok),
            denominator: Decimal(total))
    }
}

/// Where a measure not yet met is headed by its due date.
public enum Projection: Hashable, Sendable {
    /// A straight line from `start`, the value at the programme's start (the stock then, the
    /// baseline, or zero for figures reported as they happen), through today's value.
    case linear(start: Decimal, projected: Decimal)
    /// A share, ratio, average or extreme: it has no trend to project.
    case noTrend
    /// A stock whose size at the programme's start cannot be known from the data.
    case noStartValue

    /// Whether a measure can be projected along a line: one count, sum or distinct, or sums and
    /// differences of them, or one scaled by a number. An average (`sum(x) / count()`) cannot.
    static func isLinear(_ measure: Expressions.Expression) -> Bool {
        switch measure {
        case .call(.aggregate(let function), _, _): function.isCumulative
        case .literal: true
        case .unary(.negate, let operand, _): isLinear(operand)
        case .binary(.add, let l, let r, _), .binary(.subtract, let l, let r, _): isLinear(l) && isLinear(r)
        case .binary(.multiply, let l, let r, _):
            (isConstant(l) && isLinear(r)) || (isLinear(l) && isConstant(r))
        case .binary(.divide, let l, let r, _): isLinear(l) && isConstant(r)
        case .binary, .unary, .call(.row, _, _), .field, .membership: false
        }
    }

    /// Whether the provinces' values of a measure add up to the nation's: counts and sums, not a
    /// number of distinct values (two provinces may share one).
    static func addsUp(_ measure: Expressions.Expression) -> Bool {
        isLinear(measure) && !counts(.distinct, in: measure)
    }

    private static func counts(_ function: AggregateFunction, in expression: Expressions.Expression) -> Bool {
        switch expression {
        case .call(.aggregate(let f), _, _): f == function
        case .call(.row, let arguments, _): arguments.contains { counts(function, in: $0) }
        case .unary(_, let operand, _): counts(function, in: operand)
        case .binary(_, let l, let r, _): counts(function, in: l) || counts(function, in: r)
        case .membership, .literal, .field: false
        }
    }

    private static func isConstant(_ expression: Expressions.Expression) -> Bool {
        if case .literal = expression { true } else { false }
    }
}

/// The measured value of one year of a yearly target.
public struct YearlyValue: Hashable, Sendable {
    public let year: Int
    public let value: Decimal?
    public let numerator: Decimal?
    public let denominator: Decimal?
    /// Whether the year's value meets the target; false when the year has no value.
    public let meetsTarget: Bool
    /// The last day the year's figure counts by.
    public let due: CivilDate
}

/// Why a finding has its status: the rule's verdict as a code, with the values it is about. The
/// message catalogues turn it into a sentence in each language.
public enum FindingReason: Hashable, Sendable {
    /// The last day of the district level of local government: from 1 July 2025 communes sit
    /// directly under the province (Luật Tổ chức chính quyền địa phương 2025).
    public static let districtLevelEnded = CivilDate(year: 2025, month: 6, day: 30)!

    /// The rule does not apply before this day.
    case notEffective(from: CivilDate)
    /// The unit that owes the rule existed until `lastDay`, before the duty falls due: a
    /// district after the district level ended on 30/6/2025, or a unit whose register says so.
    case ownerCeased(lastDay: CivilDate, level: UnitLevel?)
    /// A merged province's plan on its successor's submission: the duty fell due before the
    /// merger (`mergedOn`), so it was the former province's, judged on its own submissions.
    case dueBeforeMerger(mergedOn: CivilDate)
    /// The submission has no data set of the kind the rule reads.
    case datasetMissing(DatasetKind)
    // Aggregate targets.
    /// The measure compared with the target (see the finding's observation and due date).
    case measured
    /// The indicator the rule reads is not reported.
    case indicatorNotReported
    /// No record matches, so the measure has no value.
    case noMatchingRecord
    /// The measure divides by zero (no unit to average over, a total of zero), so it has no value.
    case divisionByZero
    /// A yearly target with no year due yet.
    case nothingDueYet
    /// A yearly indicator reported for no year due.
    case indicatorNotReportedInAnyYear
    /// A yearly target met in every year due.
    case metEveryYear(years: [Int])
    /// A yearly target missed in these years.
    case missedInYears([Int])
    /// A yearly indicator met in every year it was reported, but not reported in these.
    case notReportedInYears([Int])
    /// The rule is owed by every unit of these levels, and the units file lists none.
    case noUnitsListed([UnitLevel])
    /// A province's part of a national target: its figure, shown and never judged (see the
    /// observation, and the finding's national figure when the nation was evaluated too).
    case contribution
    // Per-record requirements.
    /// No record is of the kind the requirement is about.
    case noRecordSubject
    /// Every one of the `total` records the requirement is about complies.
    case allRecordsComply(total: Int)
    /// `failing` of the `total` records do not comply (see the finding's records).
    case recordsFail(failing: Int, total: Int)
    // Report deadlines.
    /// The submission has no report log, so no deadline can be checked.
    case reportLogMissing
    /// No period of the report is due by the as-of date.
    case noReportDueYet(report: String)
    /// All `count` reports due arrived on time.
    case allReportsOnTime(report: String, count: Int)
    /// `failing` of the `expected` reports due were late or never sent.
    case reportsLateOrMissing(report: String, failing: Int, expected: Int)
    // Deliverables of the task register.
    /// A standing ("thường xuyên") task the register shows as under way or done.
    case ongoingTaskUnderWay(task: String)
    /// A standing task the register has no entry for.
    case ongoingTaskNotRecorded(task: String)
    /// A standing task whose only entries say it has not started.
    case ongoingTaskNotStarted(task: String)
    /// The task's deadline is after the as-of date and the register has no entry yet.
    case taskNothingDue(task: String)
    /// The deadline has passed and the task is not done on time.
    case taskFailed(task: String)
    /// The deadline is ahead and the task is under way.
    case taskInProgress(task: String)
    /// The deadline is ahead and the task is not started.
    case taskNotStarted(task: String)
    /// Done by its deadline.
    case taskDoneOnTime(task: String)
}

/// A record, log entry or year behind a finding, with what is wrong with it.
public struct RecordReference: Hashable, Sendable {
    /// The record's id (a cooperative id; "unit report period" for a report; a year).
    public let id: String
    /// Where the record is; nil for one that is missing (a report never sent).
    public let position: SourcePosition?
    public let problem: RecordProblem

    /// Where the record comes in reading order: one never sent comes first.
    var readingOrder: SourcePosition { position ?? SourcePosition(file: "", line: 0, column: 0) }
}

/// What is wrong with one record behind a finding.
public enum RecordProblem: Hashable, Sendable {
    /// A value the requirement needs is missing.
    case missingValue
    /// The record does not satisfy the rule's requirement.
    case unsatisfied
    /// The report of a unit for a period was never sent.
    case reportMissing(unit: String, period: String, due: CivilDate)
    /// The report of a unit for a period arrived after its deadline.
    case reportLate(unit: String, period: String, arrived: CivilDate, due: CivilDate)
    /// The task was done, but after its deadline.
    case taskDoneLate(done: CivilDate, due: CivilDate)
    /// Not done by its deadline; `status` is the register's (`not_started`, `in_progress`), nil
    /// when the register has no entry.
    case taskNotDone(status: TaskStatus?, due: CivilDate)
    /// A yearly target missed in one year.
    case yearMissed(YearlyValue)
    /// A yearly indicator not reported for one year due.
    case yearNotReported(YearlyValue)
}

extension RecordProblem {
    /// Whether the problem is with a record of the submission, rather than with a year's figure.
    var isAboutARecord: Bool {
        switch self {
        case .missingValue, .unsatisfied, .reportMissing, .reportLate, .taskDoneLate, .taskNotDone: true
        case .yearMissed, .yearNotReported: false
        }
    }
}

/// The outcome of one rule for one group, as data: every report renders it.
public struct Finding: Sendable {
    public let rule: Rule
    public let pack: RulePack
    /// The submission the finding is about, as reports name it.
    public let submission: String
    public let status: FindingStatus
    public let group: FindingGroup
    public let reason: FindingReason
    public let observation: Observation?
    /// The last day the obligation is judged by, when it has one.
    public let due: CivilDate?
    /// The window the rule's schedule sets, when it sets one.
    public let window: ClosedRange<CivilDate>?
    /// The span the evaluation counted: from the programme (or window) start to the as-of date or
    /// the window's end, whichever is first; the start day alone before the programme starts.
    public let period: ClosedRange<CivilDate>
    public let records: [RecordReference]
    /// How the submission names the fields of the rule's data set.
    public let headers: ColumnHeaders
    /// For a contribution: the nation's figure it is part of, when the nation was evaluated.
    public internal(set) var national: NationalFigure?

    /// The rule's numeric target, for the forms that have one.
    public var target: Target? { rule.form.target }

    /// The measured value in the target's unit, when there is one.
    public var observed: Decimal? { observation?.value }

    /// The finding as a province's contribution to a national target: a figure it has is shown,
    /// not judged, with the records that do not comply (a year is not the province's to miss).
    /// Findings that measured nothing (no data, not in effect) stay as they are.
    var asContribution: Finding {
        switch status {
        case .met, .violated, .atRisk, .onTrack, .pending:
            Finding(
                rule: rule, pack: pack, submission: submission, status: .contribution, group: group,
                reason: .contribution, observation: observation, due: due, window: window, period: period,
                records: records.filter(\.problem.isAboutARecord), headers: headers)
        case .error, .noData, .notEffective, .notOwed, .contribution:
            self
        }
    }

    /// The contribution with the nation's figure next to it.
    func withNational(_ nation: Finding) -> Finding {
        guard let figure = nation.observation else { return self }
        var copy = self
        var share: Decimal?
        if figure.kind == .value, case .aggregate(let form) = rule.form, Projection.addsUp(form.measure.syntax),
            let part = observation?.value, let whole = figure.value, whole != 0
        {
            share = part / whole
        }
        copy.national = NationalFigure(observation: figure, share: share)
        return copy
    }
}

/// The nation's figure for a rule, next to a province's contribution to it.
public struct NationalFigure: Hashable, Sendable {
    /// The nation's observation, over every submission's records.
    public let observation: Observation
    /// What part of the nation's figure the contribution is, its value over the nation's, for
    /// counts and sums; nil for shares, averages, extremes, rates and distinct counts.
    public let share: Decimal?
}

/// A rule owed by nobody a submission speaks for (a ministry's task in a province's submission):
/// listed once, not judged.
public struct NotApplicableRule: Sendable {
    public let rule: Rule
    public let pack: RulePack
    public let submission: String
}

/// Counts per status for one pack and group, and the share of due targets met.
public struct Scorecard: Sendable {
    public let pack: RulePack
    /// The submission, or `all` for the roll-up over several submissions.
    public let submission: String
    /// The group; `roll-up` for the roll-up.
    public let group: FindingGroup
    public let counts: [FindingStatus: Int]

    /// Whether this is the roll-up over every submission of a check or run.
    public var isRollUp: Bool { group == Scorecard.rollUpGroup }

    /// Whether the card counts findings over all submissions together: the nation's or the roll-up.
    public var isOverAllSubmissions: Bool { submission == Scorecard.allSubmissions }

    /// How the roll-up names its submission and group.
    public static let allSubmissions = "all"
    public static let rollUpGroup = FindingGroup(code: "roll-up")

    /// Met among the findings that are due (met or violated); nil when nothing is due.
    public var score: Decimal? { Self.score(of: counts) }

    /// Met among the due findings of these counts; nil when nothing is due.
    public static func score(of counts: [FindingStatus: Int]) -> Decimal? {
        let met = counts[.met, default: 0]
        let violated = counts[.violated, default: 0]
        return met + violated == 0 ? nil : Decimal(met) / Decimal(met + violated)
    }
}

/// A provincial pack left out because the submission is about another province (or none).
public struct SkippedPack: Sendable {
    public let pack: RulePack
    public let submission: String
}

/// The plan of a province merged on 1/7/2025, judged on a submission of the province that took
/// it in over the former province's area only: its communes, and the bodies that carry on its
/// provincial duties. Reported, so the reading is never silent.
public struct FormerProvincePack: Sendable {
    public let pack: RulePack
    public let submission: String
    /// The earlier province the plan binds, and the province that took it in.
    public let former: Province
    public let successor: Province
    /// The communes of that area the units file lists; with none the pack is not judged.
    public let communes: Int
}

/// Everything one evaluation found.
public struct EvaluationResult: Sendable {
    public let asOf: CivilDate
    public let submissions: [String]
    /// Sorted by pack, group, then worst status first.
    public internal(set) var findings: [Finding]
    public internal(set) var scorecards: [Scorecard]
    /// Packs that do not apply to a submission, reported rather than dropped silently.
    public var skipped: [SkippedPack] = []
    /// Plans of a merged province judged on its former area only, or not at all when the units
    /// file lists none of that area.
    public var formerProvinces: [FormerProvincePack] = []
    /// Rules owed by nobody a submission speaks for, in pack and rule order.
    public var notApplicable: [NotApplicableRule] = []
    /// The provinces the submissions speak for: a province's own, or those a national
    /// submission's units file lists.
    public var provinces: [String] = []
    /// Whom the one submission evaluated speaks for; nil for several combined.
    var scope: SubmissionScope? = nil

    /// The province the one submission evaluated is, when it is a province's.
    public var province: String? {
        if case .province(let code) = scope { code } else { nil }
    }
    /// Whether it was evaluated as one part of several, to be combined.
    var isPart = false
    /// What the evaluation holds for national targets, so several submissions' results can be
    /// judged together (see `combining`).
    var national: NationalPart?

    /// A result with no submission in it: what a run over only invalid submissions reports.
    public static func empty(asOf: CivilDate) -> EvaluationResult {
        EvaluationResult(asOf: asOf, submissions: [], findings: [], scorecards: [])
    }

    /// Several submissions' results as one: the nation judged once over all of them (its
    /// findings first, named `all`), each province's contribution shown next to the nation's
    /// figure, and a roll-up scorecard per pack over all of them (over one submission only with
    /// `rollUpOne`, so that a run's roll-up is always there). The results come from
    /// `Evaluator.check(…, part: true)` when several were checked, even if only one of them was
    /// valid; there is at least one.
    public static func combining(_ results: [EvaluationResult], rollUpOne: Bool = false) -> EvaluationResult {
        precondition(!results.isEmpty, "combining needs at least one result")
        let parts = results.contains(where: \.isPart)
        guard parts || results.count > 1 || rollUpOne else { return results[0] }
        var combined = results
        var nation: [Finding] = []
        if parts, var merged = results.compactMap(\.national).first?.session {
            for other in results.compactMap(\.national).dropFirst() { merged.absorbNation(other.session) }
            nation = merged.nationalFindings(submission: Scorecard.allSubmissions)
            let byRule = Dictionary(nation.map { ($0.rule.id, $0) }) { first, _ in first }
            // A province with a submission of its own is shown once, from it: a national
            // submission's units file listing the province too adds nothing of its records.
            let ownProvinces = Set(results.compactMap { if case .province(let p) = $0.scope { p } else { nil } })
            for i in combined.indices {
                let fromNation = combined[i].scope == .nation
                combined[i].findings = combined[i].findings.compactMap { finding in
                    guard finding.rule.owner == .nation, !finding.group.isNational else { return finding }
                    // The nation's finding says what a part that measured nothing would.
                    guard finding.status == .contribution else { return nil }
                    if fromNation, ownProvinces.contains(finding.group.code) { return nil }
                    return byRule[finding.rule.id].map(finding.withNational) ?? finding
                }
                combined[i].scorecards = Evaluator.scorecards(combined[i].findings)
            }
        }
        let cards = Evaluator.scorecards(nation) + combined.flatMap(\.scorecards)
        var rollUps: [Scorecard] = []
        for card in cards {
            if let i = rollUps.firstIndex(where: { $0.pack.id == card.pack.id }) {
                rollUps[i] = Scorecard(
                    pack: card.pack, submission: Scorecard.allSubmissions, group: Scorecard.rollUpGroup,
                    counts: rollUps[i].counts.merging(card.counts, uniquingKeysWith: +))
            } else {
                rollUps.append(
                    Scorecard(
                        pack: card.pack, submission: Scorecard.allSubmissions, group: Scorecard.rollUpGroup,
                        counts: card.counts))
            }
        }
        return EvaluationResult(
            asOf: results.map(\.asOf).max()!, submissions: results.flatMap(\.submissions),
            findings: nation + combined.flatMap(\.findings), scorecards: cards + rollUps,
            skipped: results.flatMap(\.skipped), formerProvinces: results.flatMap(\.formerProvinces),
            notApplicable: results.flatMap(\.notApplicable),
            provinces: Array(Set(results.flatMap(\.provinces))).sorted())
    }

    /// The findings each scorecard counts, in the scorecards' order and report order within each:
    /// one pass over the findings, however many scorecards there are.
    public func findingsPerScorecard() -> [[Finding]] {
        func key(_ pack: String, _ group: String, _ submission: String) -> String {
            pack + "\u{0}" + group + "\u{0}" + submission
        }
        var slot: [String: Int] = [:]
        for (i, card) in scorecards.enumerated() { slot[key(card.pack.id, card.group.code, card.submission)] = i }
        var grouped = [[Finding]](repeating: [], count: scorecards.count)
        for finding in findings {
            if let i = slot[key(finding.pack.id, finding.group.code, finding.submission)] { grouped[i].append(finding) }
        }
        return grouped
    }

    /// Findings per status, over every submission.
    public var statusCounts: [FindingStatus: Int] {
        findings.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// Whether a violation at or above a severity exists (for the exit code).
    public func hasViolations(atOrAbove severity: Severity) -> Bool {
        findings.contains { $0.status == .violated && $0.rule.severity >= severity }
    }
}
