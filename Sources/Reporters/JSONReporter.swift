import Diagnostics
import Evaluation
import Expressions
import Foundation
import Messages
import Rules
import Targets

/// The JSON report documented in docs/json-output.md: every finding as data, with its sentences
/// in both languages; stable keys, deterministic order.
public enum JSONReporter: Reporter {
    public static let identifier = "json"
    public static let description = "JSON, as documented in docs/json-output.md"
    public static let fileExtension = "json"
    /// The version of the JSON layout; it changes only when a key is removed or changes meaning.
    public static let formatVersion = 3

    static let tool = JSON.object([
        ("name", .string("coopcheck")), ("version", .string(CoopCheckVersion.current)),
        ("format", .integer(formatVersion)),
    ])

    /// `{"tool", "valid": false, "errors", "warnings", "diagnostics"}`: the input's problems,
    /// each at its place with its message in both languages.
    public static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String {
        JSON.object([
            ("tool", tool), ("valid", .bool(diagnostics.errorCount == 0)),
            ("errors", .integer(diagnostics.errorCount)), ("warnings", .integer(diagnostics.warningCount)),
            ("diagnostics", ValidationJSON.diagnostics(diagnostics)),
        ]).rendered() + "\n"
    }

    /// Every violation by its fingerprint (what `check --baseline` matches), with its place.
    static func violations(_ result: EvaluationResult, options: ReportOptions) -> JSON {
        .array(
            Violation.all(in: result, options: options).map { violation in
                .object([
                    ("fingerprint", .string(violation.fingerprint)), ("rule", .string(violation.finding.rule.id)),
                    ("submission", .string(violation.finding.submission)),
                    ("group", .string(violation.finding.group.code)), ("record", .optional(violation.record?.id)),
                    ("severity", .string(violation.finding.rule.severity.rawValue)),
                    ("file", .string(violation.place.file)), ("line", .integer(violation.place.line)),
                    ("in_data", .bool(violation.inData)),
                ])
            })
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        var root: [(String, JSON)] = [
            ("tool", tool),
            ("as_of", .string(result.asOf.description)),
            ("submissions", .array(result.submissions.map { .string($0) })),
            ("summary", counts(result.statusCounts)),
            ("findings", .array(result.findings.map(finding))),
            ("violations", violations(result, options: options)),
            ("scorecards", .array(result.scorecards.map(scorecard))),
            (
                "skipped_packs",
                .array(
                    result.skipped.map { skipped in
                        .object([
                            ("pack", .string(skipped.pack.id)), ("submission", .string(skipped.submission)),
                            ("province", .optional(skipped.pack.document.province)),
                            (
                                "reason",
                                both {
                                    $0.phrase(
                                        .skippedPack(
                                            province: skipped.pack.document.province ?? "",
                                            submission: skipped.submission))
                                }
                            ),
                        ])
                    })
            ),
            (
                "former_province_packs",
                .array(
                    result.formerProvinces.map { former in
                        .object([
                            ("pack", .string(former.pack.id)), ("submission", .string(former.submission)),
                            ("former_province", .string(former.former.code)),
                            ("province", .string(former.successor.code)),
                            ("communes", .number("\(former.communes)")), ("judged", .bool(former.communes > 0)),
                            ("reading", both { $0.phrase(former.phrase) }),
                        ])
                    })
            ),
        ]
        root.append(
            (
                "not_applicable",
                .array(
                    result.notApplicable.map {
                        .object([
                            ("rule", .string($0.rule.id)), ("pack", .string($0.pack.id)),
                            ("submission", .string($0.submission)), ("owner", owner($0.rule.owner)),
                        ])
                    })
            ))
        if let run = options.run { root.append(("run", self.run(run))) }
        return JSON.object(root).rendered() + "\n"
    }

    /// A text in both languages.
    static func both(_ text: (any Catalogue) -> String) -> JSON {
        .localized(LocalizedText(text))
    }

    /// For a recorded run: what became of each submission, and the changes since the previous run.
    static func run(_ run: RunContext) -> JSON {
        .object([
            (
                "submissions",
                .array(
                    run.submissions.map { s in
                        .object([
                            ("name", .string(s.name)), ("path", .string(s.path)), ("as_of", .optional(s.asOf)),
                            ("valid", .bool(s.valid)), ("status", .string(s.status.rawValue)),
                            ("errors", .integer(s.errorCount)), ("warnings", .integer(s.warningCount)),
                            ("first_error", s.firstError.map(JSON.localized) ?? .null),
                        ])
                    })
            ),
            ("changes_since_previous", run.changes.map(DiffReport.json) ?? .null),
        ])
    }

    static func counts(_ counts: [FindingStatus: Int]) -> JSON {
        .object(FindingStatus.allCases.map { ($0.rawValue, .integer(counts[$0, default: 0])) })
    }

    static func group(_ group: FindingGroup) -> JSON {
        .object([
            ("code", .string(group.code)), ("name", .optional(group.name)), ("level", .optional(group.level?.rawValue)),
        ])
    }

    static func target(_ t: Target) -> JSON {
        .object([
            ("canonical", .string(t.canonical)), ("wording", .string(t.wording)),
            ("relation", .string(relation(t.relation))),
            ("value", .decimal(t.value)), ("upper", .decimal(t.upper)), ("aim", .decimal(t.aim)),
            ("tolerance", .decimal(t.tolerance)), ("unit", .string(t.unit.rawValue)),
            ("relative_to_baseline", .bool(t.relativeToBaseline)),
            ("en", .string(English().target(t))), ("vi", .string(Vietnamese().target(t))),
        ])
    }

    static func relation(_ relation: TargetRelation) -> String {
        switch relation {
        case .atLeast: "at_least"
        case .greaterThan: "greater_than"
        case .atMost: "at_most"
        case .lessThan: "less_than"
        case .equal: "equal"
        case .between: "between"
        case .about: "about"
        }
    }

    static func span(_ range: ClosedRange<CivilDate>?) -> JSON {
        range.map {
            .object([("from", .string($0.lowerBound.description)), ("to", .string($0.upperBound.description))])
        } ?? .null
    }

    static func observation(_ o: Observation) -> JSON {
        .object([
            ("kind", .string(kind(o.kind))), ("value", .decimal(o.value)), ("numerator", .decimal(o.numerator)),
            ("denominator", .decimal(o.denominator)), ("meets_target", o.meetsTarget.map(JSON.bool) ?? .null),
            ("years", .array(o.years.map(year))), ("projection", o.projection.map(projection) ?? .null),
        ])
    }

    static func projection(_ p: Projection) -> JSON {
        switch p {
        case .linear(let start, let projected):
            .object([("kind", .string("linear")), ("start", .decimal(start)), ("projected", .decimal(projected))])
        case .noTrend: .object([("kind", .string("no_trend"))])
        case .noStartValue: .object([("kind", .string("no_start_value"))])
        }
    }

    /// Who owes a rule: `nation`, `province`, or the units (levels, codes, central bodies).
    static func owner(_ owner: Owner) -> JSON {
        switch owner {
        case .nation: .object([("kind", .string("nation"))])
        case .province: .object([("kind", .string("province"))])
        case .units:
            .object([
                ("kind", .string("units")), ("each", .array(owner.levels.map { .string($0.rawValue) })),
                ("codes", .array(owner.codes.map(JSON.string))), ("central", .bool(owner.includesCentral)),
            ])
        }
    }

    static func year(_ y: YearlyValue) -> JSON {
        .object([
            ("year", .integer(y.year)), ("value", .decimal(y.value)), ("numerator", .decimal(y.numerator)),
            ("denominator", .decimal(y.denominator)), ("meets_target", .bool(y.meetsTarget)), ("due", .date(y.due)),
        ])
    }

    static func kind(_ kind: Observation.Kind) -> String {
        switch kind {
        case .value: "value"
        case .share: "share"
        case .perYear: "per_year"
        case .recordsComplying: "records_complying"
        case .reportsOnTime: "reports_on_time"
        case .deliverablesOnTime: "deliverables_on_time"
        }
    }

    /// A code and its arguments.
    static func coded(_ code: String, _ arguments: [(String, JSON)] = []) -> JSON {
        .object([("code", .string(code)), ("arguments", .object(arguments))])
    }

    static func reason(_ reason: FindingReason) -> JSON {
        switch reason {
        case .notEffective(let from): coded("not_effective", [("from", .date(from))])
        case .ownerCeased(let lastDay, let level):
            coded(
                "owner_ceased", [("last_day", .date(lastDay)), ("level", level.map { .string($0.rawValue) } ?? .null)])
        case .dueBeforeMerger(let mergedOn): coded("due_before_merger", [("merged_on", .date(mergedOn))])
        case .datasetMissing(let kind): coded("dataset_missing", [("dataset", .string(kind.rawValue))])
        case .measured: coded("measured")
        case .indicatorNotReported: coded("indicator_not_reported")
        case .noMatchingRecord: coded("no_matching_record")
        case .divisionByZero: coded("division_by_zero")
        case .nothingDueYet: coded("nothing_due_yet")
        case .indicatorNotReportedInAnyYear: coded("indicator_not_reported_in_any_year")
        case .metEveryYear(let years): coded("met_every_year", [("years", .array(years.map(JSON.integer)))])
        case .missedInYears(let years): coded("missed_in_years", [("years", .array(years.map(JSON.integer)))])
        case .notReportedInYears(let years):
            coded("not_reported_in_years", [("years", .array(years.map(JSON.integer)))])
        case .noUnitsListed(let levels):
            coded("no_units_listed", [("levels", .array(levels.map { .string($0.rawValue) }))])
        case .contribution: coded("contribution")
        case .noRecordSubject: coded("no_record_subject")
        case .allRecordsComply(let total): coded("all_records_comply", [("total", .integer(total))])
        case .recordsFail(let failing, let total):
            coded("records_fail", [("failing", .integer(failing)), ("total", .integer(total))])
        case .reportLogMissing: coded("report_log_missing")
        case .noReportDueYet(let report): coded("no_report_due_yet", [("report", .string(report))])
        case .allReportsOnTime(let report, let count):
            coded("all_reports_on_time", [("report", .string(report)), ("count", .integer(count))])
        case .reportsLateOrMissing(let report, let failing, let expected):
            coded(
                "reports_late_or_missing",
                [
                    ("report", .string(report)), ("failing", .integer(failing)),
                    ("expected", .integer(expected)),
                ])
        case .ongoingTaskUnderWay(let task): coded("ongoing_task_under_way", [("task", .string(task))])
        case .ongoingTaskNotRecorded(let task): coded("ongoing_task_not_recorded", [("task", .string(task))])
        case .ongoingTaskNotStarted(let task): coded("ongoing_task_not_started", [("task", .string(task))])
        case .taskNothingDue(let task): coded("task_nothing_due", [("task", .string(task))])
        case .taskFailed(let task): coded("task_failed", [("task", .string(task))])
        case .taskInProgress(let task): coded("task_in_progress", [("task", .string(task))])
        case .taskNotStarted(let task): coded("task_not_started", [("task", .string(task))])
        case .taskDoneOnTime(let task): coded("task_done_on_time", [("task", .string(task))])
        }
    }

    static func problem(_ problem: RecordProblem) -> JSON {
        switch problem {
        case .missingValue: coded("missing_value")
        case .unsatisfied: coded("unsatisfied")
        case .reportMissing(let unit, let period, let due):
            coded("report_missing", [("unit", .string(unit)), ("period", .string(period)), ("due", .date(due))])
        case .reportLate(let unit, let period, let arrived, let due):
            coded(
                "report_late",
                [
                    ("unit", .string(unit)), ("period", .string(period)), ("arrived", .date(arrived)),
                    ("due", .date(due)),
                ])
        case .taskDoneLate(let done, let due): coded("task_done_late", [("done", .date(done)), ("due", .date(due))])
        case .taskNotDone(let status, let due):
            coded("task_not_done", [("status", .optional(status?.rawValue)), ("due", .date(due))])
        case .yearMissed(let y): coded("year_missed", [("year", year(y))])
        case .yearNotReported(let y): coded("year_not_reported", [("year", year(y))])
        }
    }

    static func finding(_ f: Finding) -> JSON {
        .object([
            ("rule", .string(f.rule.id)),
            ("pack", .string(f.pack.id)),
            ("submission", .string(f.submission)),
            ("status", .string(f.status.rawValue)),
            ("severity", .string(f.rule.severity.rawValue)),
            ("group", group(f.group)),
            ("reason", reason(f.reason)),
            ("observed", .decimal(f.observed)),
            ("owner", owner(f.rule.owner)),
            ("observation", f.observation.map(observation) ?? .null),
            (
                "national",
                f.national.map {
                    .object([("observation", observation($0.observation)), ("share", .decimal($0.share))])
                } ?? .null
            ),
            ("target", f.target.map(target) ?? .null),
            ("due", .date(f.due)),
            ("window", span(f.window)),
            ("period", span(f.period)),
            ("message", both { $0.message(f) }),
            ("observed_text", f.observation == nil ? .null : both { $0.observed(f) ?? "" }),
            ("title", .localized(f.rule.title)),
            (
                "citation",
                .object([
                    ("document", .string(f.pack.document.number)), ("section", .string(f.rule.citation.section)),
                    ("quote", .string(f.rule.citation.quote)),
                ])
            ),
            (
                "rule_location",
                .object([("file", .string(f.rule.location.file)), ("line", .integer(f.rule.location.line))])
            ),
            (
                "records",
                .array(
                    f.records.map { r in
                        record(r, of: f)
                    })
            ),
        ])
    }

    static func record(_ r: RecordReference, of f: Finding) -> JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(r.id)), ("file", .optional(r.position?.file)),
            ("line", r.position.map { .integer($0.line) } ?? .null),
        ]
        // A record of a workbook: its sheet (its `line` is the sheet's row).
        if let sheet = r.position?.sheet { fields.append(("sheet", .string(sheet))) }
        fields += [("problem", problem(r.problem)), ("note", both { $0.note(r.problem, of: f) })]
        return .object(fields)
    }

    static func scorecard(_ s: Scorecard) -> JSON {
        .object([
            ("pack", .string(s.pack.id)), ("submission", .string(s.submission)), ("group", group(s.group)),
            ("counts", counts(s.counts)), ("score", .decimal(s.score)),
        ])
    }
}

/// The version coopcheck reports in its outputs.
public enum CoopCheckVersion {
    public static let current = "0.1.0"
}
