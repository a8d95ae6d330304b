import Evaluation
import Foundation
import Rules
import TestSupport
import Testing

/// Per-record requirements, report deadlines and deliverables, worked out by hand.
@Suite struct ScheduleFormTests {
    @Test func aRequirementListsEveryViolatingRecordWithItsLine() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let csv =
            TargetFormTests.header
            + "A1,a,HTX,agriculture,P1,D1,X1,2020-01-01,active,10,false,true,4,1,true,true\n"
            + "A2,b,HTX,agriculture,P1,D1,X1,2020-01-01,active,10,false,true,4,1,true,false\n"
            + "A3,c,HTX,agriculture,P1,D1,X1,2020-01-01,active,10,false,true,4,1,false,false\n"
        let files = [bench.file("c.csv", kind: "cooperatives", csv)]
        let rules = rule(
            "AUDIT", "dataset: cooperatives\nwhere: audit_required\nrequire: audit_advised\nwhen: Từ năm 2025")
        let before = try bench.evaluate(files: files, rules: rules, asOf: "2024-12-31")
        #expect(before.map(\.status) == [.notEffective])
        let after = try bench.evaluate(files: files, rules: rules, asOf: "2025-01-01")
        #expect(after.map(\.status) == [.violated])
        #expect(after[0].records.map(\.id) == ["A2"])
        #expect(after[0].records.first?.position?.line == 3)
        #expect(after[0].reason == .recordsFail(failing: 1, total: 2))
        #expect(after[0].english == "1 of 2 records do not satisfy: audit_advised is true")
        #expect(
            after[0].vietnamese == "1 trong số 2 bản ghi không đáp ứng yêu cầu: “Được tư vấn kiểm toán” phải là “có”")
    }

    @Test func reportsBeforeTheFifteenthOfDecemberEveryYear() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let units = "code,name,level,parent_code\nP1,P,province,\nD1,a,district,P1\nD2,b,district,P1\n"
        // D1: 2021 on 14/12 (on time), 2022 on 15/12 (late: strictly before the 15th). D2: 2021 only.
        let reports =
            "unit,report,period,submitted_on\nD1,annual,2021,2021-12-14\nD1,annual,2022,2022-12-15\nD2,annual,2021,2021-12-01\n"
        let files = [bench.file("u.csv", kind: "units", units), bench.file("r.csv", kind: "reports", reports)]
        let rules = rule("REP", "report: annual\nowner: each district\nwhen: trước ngày 15/12 hằng năm")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2022-12-31", period: "2021-2022")
        #expect(
            findings.map(\.group) == [
                FindingGroup(code: "D1", name: "a", level: .district),
                FindingGroup(code: "D2", name: "b", level: .district),
            ])
        #expect(findings.map(\.status) == [.violated, .violated])
        #expect(findings[0].englishNotes == ["late: arrived 15/12/2022, due by 14/12/2022"])
        #expect(findings[1].englishNotes == ["missing: due by 14/12/2022"])
        #expect(findings[1].records.first?.position == nil)
        // Before the 2022 deadline only 2021 is due, and both sent it on time.
        let early = try bench.evaluate(files: files, rules: rules, asOf: "2022-12-13", period: "2021-2022")
        #expect(early.map(\.status) == [.met, .met])
    }

    @Test func deliverablesOnTimeLateNotDoneAndOngoing() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let tasks =
            "task,lead_unit,deliverable,period,status,completed_on\n"
            + "T1,S,plan,,done,2023-11-30\nT2,S,plan,,done,2024-02-01\nT3,S,plan,,not_started,\nT4,S,report,,in_progress,\n"
        let files = [bench.file("t.csv", kind: "tasks", tasks)]
        let rules =
            rule("T1", "task: T1\nwhen: Năm 2023") + rule("T2", "task: T2\nwhen: Năm 2023")
            + rule("T3", "task: T3\nwhen: Quý IV/2025") + rule("T4", "task: T4\nwhen: Thường xuyên")
            + rule("T5", "task: T5\nwhen: Năm 2023")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-06-30")
        let status = Dictionary(uniqueKeysWithValues: findings.map { ($0.rule.id, $0.status) })
        #expect(status == ["T1": .met, "T2": .violated, "T3": .atRisk, "T4": .met, "T5": .violated])
        let late = findings.first { $0.rule.id == "T2" }!
        #expect(late.englishNotes == ["done late: 01/02/2024, due by 31/12/2023"])
        let missing = findings.first { $0.rule.id == "T5" }!
        #expect(missing.englishNotes == ["not done (no entry in the task register), due by 31/12/2023"])
    }

    @Test func deadlinesBeforeTheEffectiveDateAreNotChecked() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // Quý I every year from 23/10/2021: the first deadline checked is 31/03/2022.
        let tasks = "task,lead_unit,deliverable,period,status,completed_on\nQ1,S,plan,2022,done,2022-03-01\n"
        let files = [bench.file("t.csv", kind: "tasks", tasks)]
        let findings = try bench.evaluate(
            files: files, rules: rule("Q1", "task: Q1\nwhen: from 2021-10-23, Quý I hằng năm"),
            asOf: "2022-06-30", period: "2021-2022")
        #expect(findings.map(\.status) == [.met])
    }

    @Test func aRecurringTaskNotDoneByTheEndOfItsDueDayIsViolatedAsAReportIs() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // 2021 was done; the 2022 entry has not started and is due on 31/12/2022.
        let tasks =
            "task,lead_unit,deliverable,period,status,completed_on\nY,S,plan,2021,done,2021-06-01\nY,S,plan,2022,not_started,\n"
        let files = [bench.file("t.csv", kind: "tasks", tasks)]
        let rules = rule("Y", "task: Y\nwhen: Hằng năm")
        // The day before, only 2021 is due, and it was done.
        let dayBefore = try bench.evaluate(files: files, rules: rules, asOf: "2022-12-30", period: "2021-2022")
        #expect(dayBefore.map(\.status) == [.met])
        // As of a day means at its end: the deadline has passed.
        let dueDay = try bench.evaluate(files: files, rules: rules, asOf: "2022-12-31", period: "2021-2022")
        #expect(dueDay.map(\.status) == [.violated])
        #expect(dueDay[0].records.map(\.id) == ["Y 2022"])
    }
}
