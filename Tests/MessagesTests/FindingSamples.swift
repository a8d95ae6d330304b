import DataContract
import Diagnostics
import Expressions
import Foundation
import Rules
import Targets
import YAMLNodes

@testable import Evaluation

/// A finding for every reason and a record for every record problem, on a small pack with a rule
/// of each form.
enum FindingSamples {
    static let pack: RulePack = {
        let text = """
            coopcheck: 1
            pack: sample
            document: { number: 127/KH-UBND, date: 2023-03-07, issuer: UBND tỉnh, title: Kế hoạch, title_en: Plan, seed: x.txt }
            rules:
              - id: S.share
                title: Ít nhất 45% HTX liên kết với doanh nghiệp
                title_en: At least 45% of cooperatives linked with enterprises
                cite: { section: II, quote: "ít nhất 45%" }
                dataset: cooperatives
                measure: share(linked_with_enterprise)
                target: ít nhất 45%
                when: 2030
              - id: S.audit
                title: HTX thuộc diện kiểm toán được tư vấn
                title_en: Cooperatives subject to audit are advised
                cite: { section: III, quote: "100% HTX" }
                dataset: cooperatives
                where: audit_required
                require: audit_advised
              - id: S.report
                title: Báo cáo hằng năm
                title_en: Annual report
                cite: { section: IV, quote: "trước ngày 15/12" }
                report: annual
                owner: each district
                when: trước ngày 15/12 hằng năm
              - id: S.task
                title: Kế hoạch phát triển
                title_en: Development plan
                cite: { section: PL, quote: "Năm 2023" }
                task: T1
                when: Năm 2023
            """
        return RulePackParser.parse(try! YAMLParser.parse(text, file: "sample.yaml")).pack!
    }()

    static func rule(_ id: String) -> Rule { pack.rules.first { $0.id == id }! }

    static let day = CivilDate(year: 2025, month: 12, day: 31)!
    static let due = CivilDate(year: 2030, month: 12, day: 31)!
    static let group = FindingGroup(code: "67", name: "Tỉnh Đắk Nông", level: .province)

    static func finding(
        _ id: String, _ status: FindingStatus, _ reason: FindingReason, observation: Observation? = nil,
        due: CivilDate? = nil, records: [RecordReference] = []
    ) -> Finding {
        let rule = rule(id)
        return Finding(
            rule: rule, pack: pack, submission: "dak-nong-2025", status: status, group: group, reason: reason,
            observation: observation, due: due, window: nil, period: CivilDate(year: 2023, month: 3, day: 7)!...day,
            records: records, headers: ColumnHeaders(kind: rule.dataset))
    }

    static let share = Observation(
        kind: .share, value: Decimal(8999) / 20000, numerator: 8999, denominator: 20000, meetsTarget: false)
    static let missed = YearlyValue(
        year: 2024, value: 0, numerator: nil, denominator: nil, meetsTarget: false,
        due: CivilDate(year: 2024, month: 12, day: 31)!)

    static let unreported = YearlyValue(
        year: 2024, value: nil, numerator: nil, denominator: nil, meetsTarget: false,
        due: CivilDate(year: 2024, month: 12, day: 31)!)

    /// A province's share of cooperatives linked with enterprises, next to the nation's.
    static let contribution: Finding = {
        var part = Self.finding(
            "S.share", .contribution, .contribution,
            observation: Observation(kind: .share, value: Decimal(18) / 40, numerator: 18, denominator: 40), due: due)
        part.national = NationalFigure(
            observation: Observation(kind: .share, value: Decimal(38) / 84, numerator: 38, denominator: 84),
            share: nil)
        return part
    }()

    static let findings: [Finding] = [
        finding("S.share", .notEffective, .notEffective(from: CivilDate(year: 2026, month: 1, day: 1)!)),
        finding(
            "S.share", .notEffective, .ownerCeased(lastDay: CivilDate(year: 2025, month: 6, day: 30)!, level: .district)
        ),
        finding(
            "S.share", .notEffective, .ownerCeased(lastDay: CivilDate(year: 2026, month: 3, day: 31)!, level: .commune)),
        finding("S.share", .notEffective, .dueBeforeMerger(mergedOn: CivilDate(year: 2025, month: 7, day: 1)!)),
        finding("S.share", .noData, .datasetMissing(.cooperatives)),
        finding("S.share", .violated, .measured, observation: share, due: day),
        finding(
            "S.share", .atRisk, .measured,
            observation: Observation(kind: .value, value: Decimal(string: "0.12")!, meetsTarget: false), due: due),
        finding(
            "S.share", .onTrack, .measured,
            observation: Observation(
                kind: .perYear, value: Decimal(string: "0.5")!,
                numerator: 2, denominator: 4, meetsTarget: true), due: due),
        finding(
            "S.share", .atRisk, .measured,
            observation: Observation(
                kind: .value, value: 178, meetsTarget: false, projection: .linear(start: 170, projected: 191)),
            due: due),
        finding(
            "S.share", .pending, .measured,
            observation: Observation(kind: .value, value: 12, meetsTarget: false, projection: .noStartValue), due: due),
        finding(
            "S.share", .noData, .notReportedInYears([2024]),
            records: [RecordReference(id: "2024", position: nil, problem: .yearNotReported(unreported))]),
        finding("S.share", .noData, .noUnitsListed([.district])),
        contribution,
        finding("S.audit", .contribution, .contribution, observation: .tally(.recordsComplying, ok: 12, of: 14)),
        finding("S.share", .noData, .indicatorNotReported),
        finding("S.share", .noData, .noMatchingRecord),
        finding("S.share", .noData, .divisionByZero),
        finding("S.share", .onTrack, .nothingDueYet),
        finding("S.share", .noData, .indicatorNotReportedInAnyYear),
        finding("S.share", .met, .metEveryYear(years: [2024, 2025])),
        finding(
            "S.share", .violated, .missedInYears([2024]),
            records: [RecordReference(id: "2024", position: nil, problem: .yearMissed(missed))]),
        finding("S.audit", .met, .noRecordSubject, observation: .tally(.recordsComplying, ok: 0, of: 0)),
        finding("S.audit", .met, .allRecordsComply(total: 14), observation: .tally(.recordsComplying, ok: 14, of: 14)),
        finding(
            "S.audit", .violated, .recordsFail(failing: 2, total: 14),
            observation: .tally(.recordsComplying, ok: 12, of: 14),
            records: [
                RecordReference(
                    id: "6700035", position: SourcePosition(file: "c.csv", line: 36, column: 1), problem: .unsatisfied),
                RecordReference(
                    id: "6700036", position: SourcePosition(file: "c.csv", line: 37, column: 1), problem: .missingValue),
            ]),
        finding("S.report", .noData, .reportLogMissing),
        finding("S.report", .onTrack, .noReportDueYet(report: "annual")),
        finding(
            "S.report", .met, .allReportsOnTime(report: "annual", count: 3),
            observation: .tally(.reportsOnTime, ok: 3, of: 3)),
        finding(
            "S.report", .violated, .reportsLateOrMissing(report: "annual", failing: 2, expected: 3),
            observation: .tally(.reportsOnTime, ok: 1, of: 3), due: day,
            records: [
                RecordReference(
                    id: "664 annual 2025", position: SourcePosition(file: "r.csv", line: 39, column: 1),
                    problem: .reportLate(
                        unit: "664", period: "2025",
                        arrived: CivilDate(year: 2025, month: 12, day: 17)!,
                        due: CivilDate(year: 2025, month: 12, day: 14)!)),
                RecordReference(
                    id: "663 annual 2025", position: nil,
                    problem: .reportMissing(
                        unit: "663", period: "2025", due: CivilDate(year: 2025, month: 12, day: 14)!)),
            ]),
        finding("S.task", .met, .ongoingTaskUnderWay(task: "T1")),
        finding("S.task", .noData, .ongoingTaskNotRecorded(task: "T1")),
        finding("S.task", .violated, .ongoingTaskNotStarted(task: "T1")),
        finding("S.task", .onTrack, .taskNothingDue(task: "T1")),
        finding(
            "S.task", .violated, .taskFailed(task: "T1"), observation: .tally(.deliverablesOnTime, ok: 0, of: 3),
            due: day,
            records: [
                RecordReference(
                    id: "T1 2023", position: SourcePosition(file: "t.csv", line: 2, column: 1),
                    problem: .taskDoneLate(
                        done: CivilDate(year: 2024, month: 2, day: 1)!,
                        due: CivilDate(year: 2023, month: 12, day: 31)!)),
                RecordReference(id: "T1 2024", position: nil, problem: .taskNotDone(status: nil, due: day)),
                RecordReference(
                    id: "T1 2025", position: SourcePosition(file: "t.csv", line: 4, column: 1),
                    problem: .taskNotDone(status: .inProgress, due: day)),
            ]),
        finding(
            "S.task", .onTrack, .taskInProgress(task: "T1"), observation: .tally(.deliverablesOnTime, ok: 2, of: 3),
            due: day),
        finding("S.task", .atRisk, .taskNotStarted(task: "T1"), due: day),
        finding("S.task", .met, .taskDoneOnTime(task: "T1"), observation: .tally(.deliverablesOnTime, ok: 1, of: 1)),
    ]

    static var reasons: [any Sendable] { findings.map(\.reason) }
    static var recordProblems: [any Sendable] { findings.flatMap(\.records).map(\.problem) }

    static let subjects: [Subject] = [
        .rulePack, .document, .rule("A.1"), .citation(rule: "A.1"), .example, .exampleRecord(dataset: "cooperatives"),
        .baseline, .manifest, .conventions, .fileEntry, .runConfiguration, .outputs, .sourceConfiguration,
        .sourceTables,
    ]
}
