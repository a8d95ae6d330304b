import Evaluation
import Foundation
import Rules
import TestSupport
import Testing

/// Each target form and schedule form on a hand-made submission, with the finding worked out by hand.
@Suite struct TargetFormTests {
    static let header =
        "id,name,kind,sector,province,district,commune,founded_on,status,members,linked_with_enterprise,effective,key_staff,key_staff_trained,audit_required,audit_advised\n"

    /// `n` cooperatives; `linked` of them linked with an enterprise.
    static func cooperatives(_ n: Int, linked: Int, founded: String = "2022-05-01", province: String = "P1") -> String {
        (0..<n).map { i in
            "C\(province)\(i),Coop \(i),HTX,agriculture,\(province),D1,X\(i % 3),\(founded),active,10,\(i < linked),true,4,\(i % 5),false,false\n"
        }.joined()
    }

    @Test func aShareIsComparedExactlyAtTheThreshold() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [
            bench.file(
                "c.csv", kind: "cooperatives",
                Self.header + Self.cooperatives(20, linked: 9)
                    + Self.cooperatives(20, linked: 8, province: "P2"))
        ]
        let findings = try bench.evaluate(
            files: files,
            rules: rule(
                "S",
                """
                dataset: cooperatives
                measure: share(linked_with_enterprise)
                target: ít nhất 45%
                owner: each province
                when: 2025
                """), asOf: "2025-12-31")
        #expect(findings.map(\.group.code) == ["P1", "P2"])
        #expect(findings.map(\.status) == [.met, .violated])
        #expect(findings.map(\.observed) == [Decimal(string: "0.45"), Decimal(string: "0.4")])
        #expect(findings[1].reason == .measured)
        #expect(findings[1].observation?.numerator == 8 && findings[1].observation?.denominator == 20)
        #expect(findings[1].observation?.meetsTarget == false)
        #expect(findings[1].english == "Violated: 40% (8 of 20) against a target of at least 45% by 31/12/2025")
        #expect(findings[1].vietnamese == "Không đạt: 40% (8 trong số 20) so với mục tiêu ít nhất 45%, hạn 31/12/2025")
    }

    @Test func aFigureNextToItsTargetIsNeverShownAsMeetingIt() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // 8,999 of 20,000 trained key staff: 44.995%, which rounds to 45.00% and would read as met.
        let csv = Self.header + "A1,a,HTX,agriculture,P1,D1,X1,2020-01-01,active,10,false,true,20000,8999,false,false\n"
        let findings = try bench.evaluate(
            files: [bench.file("c.csv", kind: "cooperatives", csv)],
            rules: rule(
                "R",
                """
                dataset: cooperatives
                measure: ratio(key_staff_trained, key_staff)
                target: ít nhất 45%
                when: 2025
                """), asOf: "2025-12-31")
        #expect(findings.map(\.status) == [.violated])
        #expect(
            findings[0].english == "Violated: 44.995% (8,999 of 20,000) against a target of at least 45% by 31/12/2025")
        #expect(
            findings[0].vietnamese
                == "Không đạt: 44,995% (8.999 trong số 20.000) so với mục tiêu ít nhất 45%, hạn 31/12/2025")
        // One more trained and it is met, shown as exactly 45%.
        let met = try bench.evaluate(
            files: [bench.file("c.csv", kind: "cooperatives", csv.replacingOccurrences(of: ",8999,", with: ",9000,"))],
            rules: rule(
                "R",
                "dataset: cooperatives\nmeasure: ratio(key_staff_trained, key_staff)\ntarget: ít nhất 45%\nwhen: 2025"),
            asOf: "2025-12-31")
        #expect(met.first?.englishObserved == "45% (9,000 of 20,000)")
    }

    @Test func aCountNotYetDueIsProjectedFromTheProgrammeStart() throws {
        let bench = Workbench()
        defer { bench.remove() }
        // Programme 2021-01-01 … 2025-12-31; at 2023-07-02 (half way, 912 of 1825 days) 30 founded.
        let files = [bench.file("c.csv", kind: "cooperatives", Self.header + Self.cooperatives(30, linked: 0))]
        let rules =
            rule("N50", "dataset: cooperatives\nmeasure: count()\ntarget: ít nhất 50\nwhen: 2025")
            + rule("N70", "dataset: cooperatives\nmeasure: count()\ntarget: ít nhất 70\nwhen: 2025")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2023-07-02", period: "2021-2023")
        #expect(findings.map(\.rule.id) == ["N70", "N50"])
        #expect(findings.map(\.status) == [.atRisk, .onTrack])
        let due = try bench.evaluate(files: files, rules: rules, asOf: "2026-01-01", period: "2021-2023")
        #expect(due.map(\.status) == [.violated, .violated])
    }

    @Test func rangesApproximateTargetsAndEffectiveFromDates() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [bench.file("c.csv", kind: "cooperatives", Self.header + Self.cooperatives(272, linked: 0))]
        let rules =
            rule("ABOUT", "dataset: cooperatives\nmeasure: count()\ntarget: khoảng 300\nrange: band")
            + rule("RANGE", "dataset: cooperatives\nmeasure: count()\ntarget: 1.500 - 2.000\nrange: band")
            + rule("FROM", "dataset: cooperatives\nmeasure: count()\ntarget: '>= 1'\nwhen: Từ năm 2026")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-12-31")
        #expect(findings.map(\.rule.id) == ["RANGE", "FROM", "ABOUT"])
        #expect(findings.map(\.status) == [.violated, .notEffective, .met])
    }

    @Test func averagesPerYearAndCoverageOfCommunes() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let units =
            "code,name,level,parent_code\nP1,P,province,\nD1,D,district,P1\nX0,a,commune,D1\nX1,b,commune,D1\nX2,c,commune,D1\nX3,d,commune,D1\n"
        // 100 founded in 2021-2025 (20 a year); communes X0, X1, X2 have one, X3 none: coverage 3/4.
        let files = [
            bench.file("u.csv", kind: "units", units),
            bench.file(
                "c.csv", kind: "cooperatives", Self.header + Self.cooperatives(100, linked: 0, founded: "2023-03-03")),
        ]
        let rules =
            rule(
                "PER",
                "dataset: cooperatives\nmeasure: per_year(founded_on)\ntarget: bình quân 25".replacingOccurrences(
                    of: "bình quân ", with: ""))
            + rule("COV", "dataset: cooperatives\nwhere: effective\nmeasure: coverage(commune)\ntarget: 100%")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-12-31")
        #expect(findings.map(\.rule.id) == ["PER", "COV"])
        #expect(findings.map(\.status) == [.violated, .violated])
        #expect(findings[1].observed == Decimal(string: "0.75"))
        #expect(findings[1].englishObserved == "75% (3 of 4)")
        #expect(findings[0].englishObserved?.hasPrefix("20") == true)
    }

    @Test func growthAgainstABaselineIndicator() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let indicators =
            "unit,indicator,year,value\nA,members,2020,100\nA,members,2025,149\nB,members,2020,100\nB,members,2025,150\n"
        let files = [bench.file("i.csv", kind: "indicators", indicators)]
        let findings = try bench.evaluate(
            files: files,
            rules: rule(
                "G",
                """
                dataset: indicators
                where: indicator == "members" and year == 2025
                measure: sum(value)
                target: tăng 1,5 lần
                baseline: { indicator: members, year: 2020 }
                owner: each province
                when: 2025
                """), asOf: "2025-12-31")
        #expect(findings.map(\.group.code) == ["A", "B"])
        #expect(findings.map(\.status) == [.violated, .met])
        #expect(findings.map(\.observed) == [Decimal(string: "1.49"), Decimal(string: "1.5")])
    }

    @Test func noDataWhenTheSubmissionLacksTheDataSet() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [bench.file("c.csv", kind: "cooperatives", Self.header + Self.cooperatives(3, linked: 1))]
        let findings = try bench.evaluate(
            files: files, rules: rule("I", "dataset: indicators\nmeasure: sum(value)\ntarget: 10"), asOf: "2025-12-31")
        #expect(findings.map(\.status) == [.noData])
        #expect(findings[0].reason == .datasetMissing(.indicators))
        #expect(
            findings[0].english
                == "The submission has no 'indicators' data (the indicator figures), which this rule needs")
    }
}
