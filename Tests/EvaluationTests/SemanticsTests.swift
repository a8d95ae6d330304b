import DataLoading
import Evaluation
import Expressions
import Foundation
import Rules
import TestSupport
import Testing

/// The semantics docs/rules.md and docs/evaluation.md state, one case each, worked out by hand.
@Suite struct SemanticsTests {
    static let header = TargetFormTests.header

    /// `n` cooperatives founded on `founded`, each `effective` (true) and high-tech when asked.
    static func coops(_ n: Int, founded: String, prefix: String = "C") -> String {
        (0..<n).map { i in
            "\(prefix)\(i),Coop,HTX,agriculture,P1,D1,X1,\(founded),active,10,false,true,4,1,false,false\n"
        }.joined()
    }

    @Test func aRangeReadAsAFloorIsMetAboveItsTopAndABandIsNot() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [bench.file("c.csv", kind: "cooperatives", Self.header + Self.coops(2_100, founded: "2020-01-01"))]
        let rules =
            rule("FLOOR", "dataset: cooperatives\nmeasure: count()\ntarget: 1.500 - 2.000\nrange: floor\nwhen: 2025")
            + rule("BAND", "dataset: cooperatives\nmeasure: count()\ntarget: 1.500 - 2.000\nrange: band\nwhen: 2025")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-12-31")
        #expect(findings.map(\.rule.id) == ["BAND", "FLOOR"])
        #expect(findings.map(\.status) == [.violated, .met])
        #expect(findings[1].target?.relation == .atLeast && findings[1].target?.aim == 2000)
        #expect(findings[1].english == "Met: 2,100 against a target of at least 1,500 (aiming at 2,000) by 31/12/2025")
    }

    @Test func aStockIsProjectedFromWhatExistedAtTheProgrammeStartNotFromZero() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // 1,000 effective cooperatives all founded before the programme (2020-2025) and none since:
        // the stock never grew, so it will not reach 1,500.
        let old = [bench.file("c.csv", kind: "cooperatives", Self.header + Self.coops(1_000, founded: "2015-05-05"))]
        let rules = rule(
            "STOCK", "dataset: cooperatives\nwhere: effective\nmeasure: count()\ntarget: 1.500\nwhen: 2025")
        let stale = try bench.evaluate(files: old, rules: rules, asOf: "2022-12-31", period: "2020-2022")
        #expect(stale.map(\.status) == [.atRisk])
        #expect(stale[0].observation?.projection == .linear(start: 1000, projected: 1000))
        #expect(
            stale[0].english
                == "At risk: 1,000 against a target of at least 1,500 by 31/12/2025; on its trend from 1,000 at the programme's start, 1,000 by 31/12/2025"
        )
        // The programme runs 2021-2025 (the pack's period). 600 before it and 250 founded in its first
        // two years (729 of 1,825 days): 600 + 250 × 1,825 / 729 ≈ 1,226, still short of 1,500.
        let grown = [
            bench.file(
                "c.csv", kind: "cooperatives",
                Self.header + Self.coops(600, founded: "2015-05-05")
                    + Self.coops(250, founded: "2021-06-01", prefix: "N"))
        ]
        let growing = try bench.evaluate(files: grown, rules: rules, asOf: "2022-12-31", period: "2020-2022")
        #expect(growing.map(\.status) == [.atRisk])
        // From zero (every one new), 1,000 in two years is on track for about 2,500.
        let new = [bench.file("c.csv", kind: "cooperatives", Self.header + Self.coops(1_000, founded: "2021-06-01"))]
        let fresh = try bench.evaluate(files: new, rules: rules, asOf: "2022-12-31", period: "2020-2022")
        #expect(fresh.map(\.status) == [.onTrack])
    }

    @Test func anAverageHasNoTrendToProject() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [bench.file("c.csv", kind: "cooperatives", Self.header + Self.coops(10, founded: "2021-06-01"))]
        // sum(members) / count() is 10 members each; it cannot be projected as if it grew.
        let rules = rule(
            "AVG", "dataset: cooperatives\nmeasure: sum(members) / count()\ntarget: ít nhất 25\nwhen: 2025")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2021-12-31", period: "2021-2021")
        #expect(findings.map(\.status) == [.atRisk])
        #expect(findings[0].observation?.projection == .noTrend)
    }

    @Test func aComparisonWithAMissingValueIsMissingAsInSQL() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let csv =
            Self.header + "A1,a,HTX,agriculture,P1,D1,X1,2020-01-01,active,10,false,true,4,1,false,false\n"
            + "A2,b,HTX,agriculture,P1,,X1,2020-01-01,active,10,false,true,4,1,false,false\n"
        let files = [bench.file("c.csv", kind: "cooperatives", csv)]
        let rules =
            rule("NE", "dataset: cooperatives\nwhere: district != \"D9\"\nmeasure: count()\ntarget: ít nhất 1")
            + rule("ISNULL", "dataset: cooperatives\nwhere: district == null\nmeasure: count()\ntarget: ít nhất 1")
            + rule("REQ", "dataset: cooperatives\nrequire: district == \"D1\"")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-12-31")
        let byRule = Dictionary(uniqueKeysWithValues: findings.map { ($0.rule.id, $0) })
        // A2 has no district: `district != "D9"` is missing for it, so only A1 is selected.
        #expect(byRule["NE"]?.observed == 1)
        #expect(byRule["ISNULL"]?.observed == 1)
        // A requirement that cannot be shown true is not met: A2 lacks the value.
        #expect(byRule["REQ"]?.status == .violated)
        #expect(byRule["REQ"]?.records.map(\.problem) == [.missingValue])
    }

    @Test func withCheckmarksAnEmptyCellIsNoButAnAbsentColumnIsMissing() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let pack = try RulePackParser.parse(
            YAMLParserHelper.document(
                "LINKED", "dataset: cooperatives\nrequire: present(linked_with_enterprise)",
                "OCOP", "dataset: cooperatives\nrequire: present(ocop_product)")
        ).pack!
        // linked_with_enterprise is a column with one empty cell; ocop_product is no column at all.
        let csv =
            "id,name,kind,sector,province,founded_on,status,linked_with_enterprise\n"
            + "A1,a,HTX,agriculture,P1,2020-01-01,active,x\nA2,b,HTX,agriculture,P1,2020-01-01,active,\n"
        let file = bench.file("c.csv", kind: "cooperatives", csv)
        try bench.writeManifest(files: [file], province: nil, checkmarks: true)
        let (loaded, report) = SubmissionReader.load(folder: bench.folder)
        #expect(report.isValid, "\(report.diagnostics.map(\.english))")
        let findings = Evaluator.evaluate(
            packs: [pack], submission: try #require(loaded), asOf: CivilDate.parseISO("2025-12-31")!
        ).findings.filter { $0.group == .national }
        let byRule = Dictionary(uniqueKeysWithValues: findings.map { ($0.rule.id, $0) })
        // The empty cell is a "no": both records give the value.
        #expect(byRule["LINKED"]?.status == .met)
        // A column the file does not have says nothing: neither record gives it.
        #expect(byRule["OCOP"]?.status == .violated)
        #expect(byRule["OCOP"]?.records.map(\.id) == ["A1", "A2"])
    }

    @Test func aMeasureThatDividesByZeroSaysSoNotThatNoRecordMatches() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // Records match, but the units file lists no province to average over.
        let indicators = "unit,indicator,year,value\nU,models,2021,16\n"
        let files = [bench.file("i.csv", kind: "indicators", indicators)]
        let rules = rule(
            "AVG",
            "dataset: indicators\nwhere: indicator == \"models\"\nmeasure: sum(value) / units(province)\ntarget: ít nhất 16"
        )
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2021-12-31", period: "2021")
        #expect(findings.map(\.status) == [.noData])
        #expect(findings[0].reason == .divisionByZero)
    }

    @Test func aYearWithNoFigureIsNoDataNotZero() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // An at-most target: a year nothing was reported for is not met by a zero.
        let indicators =
            "unit,indicator,year,value\nU,dissolved_share,2021,0.1\nU,dissolved_share,2022,0.1\nU,dissolved_share,2024,0.12\n"
        let files = [bench.file("i.csv", kind: "indicators", indicators)]
        let rules = rule(
            "MAX",
            "dataset: indicators\nwhere: indicator == \"dissolved_share\"\nmeasure: max(value)\ntarget: dưới 15%\nwhen: hằng năm"
        )
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2024-12-31", period: "2022-2024")
        #expect(findings.map(\.status) == [.noData])
        #expect(findings[0].reason == .notReportedInYears([2023]))
        #expect(
            findings[0].observation?.years.map(\.value) == [
                Decimal(string: "0.1"), Decimal(string: "0.1"), nil, Decimal(string: "0.12"),
            ])
        #expect(findings[0].englishNotes == ["not reported, target less than 15% by 31/12/2023"])
    }

    @Test func aRateBeforeTheProgrammeStartsHasNoValue() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [bench.file("c.csv", kind: "cooperatives", Self.header + Self.coops(5, founded: "2020-06-01"))]
        let rules = rule(
            "RATE", "dataset: cooperatives\nmeasure: per_year(founded_on)\ntarget: ít nhất 10\nwhen: 2022 to 2025")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2021-06-30", period: "2021")
        #expect(findings.map(\.status) == [.noData])
        #expect(findings[0].reason == .noMatchingRecord)
    }

    @Test func aDeadlineBeforeTheFirstOfJanuaryIsTheLastDayOfTheYear() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let reports = "unit,report,period,submitted_on\nU,annual,2021,2021-12-31\nU,annual,2022,2023-01-01\n"
        let units = "code,name,level,parent_code\nU,Unit,agency,\n"
        let files = [bench.file("u.csv", kind: "units", units), bench.file("r.csv", kind: "reports", reports)]
        let rules = rule("EOY", "report: annual\nowner: [U]\nwhen: trước ngày 01/01 hằng năm")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2023-06-30", period: "2021-2022")
        #expect(findings.map(\.status) == [.violated])
        #expect(findings[0].englishNotes == ["late: arrived 01/01/2023, due by 31/12/2022"])
    }

    @Test func noDutyIsOwedForAPeriodThatEndedBeforeTheProgrammeStarted() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // Monthly reports from a plan of 07/03/2023: January and February 2023 are not owed.
        let reports = "unit,report,period,submitted_on\nU,monthly,2023-03,2023-03-30\n"
        let units = "code,name,level,parent_code\nU,Unit,agency,\n"
        let files = [bench.file("u.csv", kind: "units", units), bench.file("r.csv", kind: "reports", reports)]
        let rules = rule("M", "report: monthly\nowner: [U]\nwhen: from 2023-03-07, hằng tháng")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2023-03-31", period: "2023")
        #expect(findings.map(\.status) == [.met])
        #expect(findings[0].observation?.denominator == 1)
    }

    @Test func anOngoingTaskTheRegisterSaysHasNotStartedIsViolated() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let tasks = "task,lead_unit,deliverable,period,status,completed_on\nO,S,work,,not_started,\n"
        let files = [bench.file("t.csv", kind: "tasks", tasks)]
        let rules = rule("O", "task: O\nwhen: Thường xuyên") + rule("NONE", "task: NONE\nwhen: Thường xuyên")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-12-31")
        let byRule = Dictionary(uniqueKeysWithValues: findings.map { ($0.rule.id, $0) })
        #expect(byRule["O"]?.status == .violated)
        #expect(byRule["O"]?.reason == .ongoingTaskNotStarted(task: "O"))
        #expect(byRule["NONE"]?.status == .noData)
    }

    @Test func aStockWithNoDatesToCountItsStartIsPending() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // A count of communes in the units file: how many there were at the start is unknown.
        let units =
            "code,name,level,parent_code,farm_households\nP1,P,province,,\nX1,a,commune,P1,100\nX2,b,commune,P1,50\n"
        let files = [bench.file("u.csv", kind: "units", units)]
        let rules = rule(
            "U", "dataset: units\nwhere: level == \"commune\"\nmeasure: count()\ntarget: ít nhất 10\nwhen: 2025")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2022-12-31", period: "2021-2022")
        #expect(findings.map(\.status) == [.pending])
        #expect(findings[0].observation?.projection == .noStartValue)
        #expect(
            findings[0].english.hasSuffix("the stock at the programme's start is unknown, so no trend can be projected")
        )
    }
}
