import DataLoading
import Evaluation
import Expressions
import Foundation
import Rules
import TestSupport
import Testing
import YAMLNodes

/// Who owes what: a province judged only on its own duties, the nation judged on all provinces
/// together, and every unit that owes a duty judged, including those that sent nothing.
@Suite struct OwnershipTests {
    static let units =
        "code,name,level,parent_code\nP1,Tỉnh Một,province,\nD1,Huyện A,district,P1\nD2,Huyện B,district,P1\n"
        + "D3,Huyện C,district,P1\nS1,Sở Kế hoạch,agency,P1\nX0,Xã 0,commune,D1\nX1,Xã 1,commune,D1\nX2,Xã 2,commune,D1\n"

    @Test func aProvinceIsShownItsContributionToANationalTargetNeverJudgedOnIt() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [
            bench.file("u.csv", kind: "units", Self.units),
            bench.file(
                "c.csv", kind: "cooperatives", TargetFormTests.header + TargetFormTests.cooperatives(12, linked: 0)),
        ]
        // 750 is the whole country's target: twelve cooperatives of one province are its part of it.
        let rules = rule("N", "dataset: cooperatives\nmeasure: count()\ntarget: ít nhất 750\nwhen: 2030")
        let findings = try bench.evaluate(
            files: files, rules: rules, asOf: "2025-12-31", province: "P1", contributions: true)
        #expect(findings.map(\.status) == [.contribution])
        #expect(findings[0].group.code == "P1")
        #expect(findings[0].reason == .contribution)
        #expect(findings[0].national == nil, "one province alone says nothing of the nation")
        #expect(findings[0].english == "Contribution to the national target (at least 750 by 31/12/2030): 12")
        #expect(findings[0].vietnamese == "Phần đóng góp vào mục tiêu cả nước (ít nhất 750, hạn 31/12/2030): 12")
    }

    @Test func aNationalSubmissionJudgesTheNationAndShowsEachProvincesPart() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let coops =
            TargetFormTests.header + TargetFormTests.cooperatives(30, linked: 0, province: "P1")
            + TargetFormTests.cooperatives(10, linked: 0, province: "P2")
        let files = [bench.file("c.csv", kind: "cooperatives", coops)]
        let rules = rule("N", "dataset: cooperatives\nmeasure: count()\ntarget: ít nhất 50\nwhen: 2025")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-12-31", contributions: true)
        #expect(findings.map(\.group.code) == ["national", "P1", "P2"])
        #expect(findings.map(\.status) == [.violated, .contribution, .contribution])
        #expect(findings.map(\.observed) == [40, 30, 10])
        #expect(findings[1].national?.observation.value == 40)
        #expect(findings[1].national?.share == Decimal(string: "0.75"))
        #expect(
            findings[1].english
                == "Contribution to the national target (at least 50 by 31/12/2025): 30; the nation: 40, of which this is 75%"
        )
    }

    @Test func severalSubmissionsJudgeTheNationOnceOverAllTheirRecords() throws {
        let benches = [Workbench(), Workbench()]
        defer { benches.forEach { $0.remove() } }
        let pack = try RulePackParser.parse(
            YAMLParserHelper.document(
                "N", "dataset: cooperatives\nmeasure: share(linked_with_enterprise)\ntarget: ít nhất 45%\nwhen: 2030")
        ).pack!
        // P1: 9 of 20 linked; P2: 4 of 10. Together 13 of 30 = 43.33%, below 45%.
        let contents = [
            TargetFormTests.header + TargetFormTests.cooperatives(20, linked: 9, province: "P1"),
            TargetFormTests.header + TargetFormTests.cooperatives(10, linked: 4, province: "P2"),
        ]
        var results: [EvaluationResult] = []
        for (i, bench) in benches.enumerated() {
            let file = bench.file("c.csv", kind: "cooperatives", contents[i])
            try bench.writeManifest(files: [file], province: i == 0 ? "P1" : "P2")
            let (result, report) = Evaluator.check(
                packs: [pack], folder: bench.folder, submissionName: "S\(i + 1)",
                asOf: CivilDate.parseISO("2025-12-31"), part: true)
            #expect(report.isValid)
            results.append(try #require(result))
        }
        let combined = EvaluationResult.combining(results)
        #expect(combined.findings.map(\.submission) == ["all", "S1", "S2"])
        #expect(combined.findings.map(\.status) == [.atRisk, .contribution, .contribution])
        let nation = combined.findings[0]
        #expect(nation.group == .national)
        #expect(nation.observation?.numerator == 13 && nation.observation?.denominator == 30)
        #expect(combined.findings[1].national?.observation.numerator == 13)
        #expect(combined.findings[2].observation?.numerator == 4)
        #expect(combined.scorecards.first?.submission == "all" && combined.scorecards.first?.group == .national)
    }

    /// Each submission (its files' names, kinds and contents, and its province) checked as a part,
    /// then all of them combined.
    static func combine(
        _ submissions: [(files: [(String, String, String)], province: String?)], rules: [String], asOf: String
    ) throws -> EvaluationResult {
        var parts: [String] = []
        for i in stride(from: 0, to: rules.count, by: 2) { parts += [rules[i], rules[i + 1]] }
        let pack = try RulePackParser.parse(YAMLParserHelper.document(parts)).pack!
        var results: [EvaluationResult] = []
        for (i, submission) in submissions.enumerated() {
            let bench = Workbench()
            defer { bench.remove() }
            let files = submission.files.map { bench.file($0.0, kind: $0.1, $0.2) }
            try bench.writeManifest(files: files, province: submission.province)
            let (result, report) = Evaluator.check(
                packs: [pack], folder: bench.folder, submissionName: "S\(i + 1)", asOf: CivilDate.parseISO(asOf),
                part: true)
            #expect(report.isValid, "\(report.diagnostics.map(\.english))")
            if let result { results.append(result) }
        }
        return EvaluationResult.combining(results)
    }

    @Test func theNationIsJudgedOnTheDataSetsOfEverySubmissionWhicheverComesFirst() throws {
        // The first submission has no indicators; the second reports them. The nation has the data.
        let coops = ("c.csv", "cooperatives", TargetFormTests.header + TargetFormTests.cooperatives(2, linked: 0))
        let indicators = ("i.csv", "indicators", "unit,indicator,year,value\nP2,news,2025,30\n")
        let rules = [
            "NEWS",
            "dataset: indicators\nwhere: indicator == \"news\"\nmeasure: sum(value)\ntarget: ít nhất 20\nwhen: 2025",
        ]
        for order in [[0, 1], [1, 0]] {
            let submissions = [([coops], Optional("P1")), ([indicators], Optional("P2"))]
            let combined = try Self.combine(order.map { submissions[$0] }, rules: rules, asOf: "2025-12-31")
            let nation = combined.findings.filter { $0.group == .national }
            #expect(nation.map(\.status) == [.met], "order \(order)")
            #expect(nation.first?.observed == 30)
            // The province that reports nothing is not shown a part of nothing.
            #expect(combined.findings.filter { $0.group.code == "P1" }.isEmpty)
        }
    }

    @Test func theNationIsJudgedEvenWhenOnlyOneOfSeveralSubmissionsIsValid() throws {
        let coops = ("c.csv", "cooperatives", TargetFormTests.header + TargetFormTests.cooperatives(5, linked: 0))
        let combined = try Self.combine(
            [([coops], "P1")], rules: ["N", "dataset: cooperatives\nmeasure: count()\ntarget: ít nhất 3\nwhen: 2025"],
            asOf: "2025-12-31")
        #expect(
            combined.findings.map { "\($0.submission) \($0.group.code) \($0.status)" } == [
                "all national met", "S1 P1 contribution",
            ])
    }

    @Test func aProvinceWithASubmissionOfItsOwnIsShownOnceNotAgainFromANationalRegistry() throws {
        // The national registry's units file lists P1 too, with none of P1's records.
        let units = (
            "u.csv", "units",
            "code,name,level,parent_code\nP1,a,province,\nP2,b,province,\nD1,d,district,P2\n"
                + "X0,x,commune,D1\nX1,y,commune,D1\nX2,z,commune,D1\n"
        )
        let own = ("c.csv", "cooperatives", TargetFormTests.header + TargetFormTests.cooperatives(4, linked: 0))
        let national = (
            "c.csv", "cooperatives", TargetFormTests.header + TargetFormTests.cooperatives(6, linked: 0, province: "P2")
        )
        let combined = try Self.combine(
            [([own], "P1"), ([units, national], nil)],
            rules: ["N", "dataset: cooperatives\nmeasure: count()\ntarget: ít nhất 3\nwhen: 2025"], asOf: "2025-12-31")
        #expect(
            combined.findings.map { "\($0.submission) \($0.group.code) \($0.observed ?? -1)" } == [
                "all national 10", "S1 P1 4", "S2 P2 6",
            ])
    }

    @Test func aDutyOfEveryDistrictWithNoDistrictListedSaysSoAndIsNotOwedByOthers() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let tasks = "task,lead_unit,deliverable,period,status,completed_on\n"
        let provincial = try RulePackParser.parse(
            YAMLParserHelper.document(province: "P1", "K", "task: K\nowner: each district\nwhen: Năm 2023")
        ).pack!
        try bench.writeManifest(files: [bench.file("t.csv", kind: "tasks", tasks)], province: "P1")
        let (loaded, _) = SubmissionReader.load(folder: bench.folder)
        let result = Evaluator.evaluate(
            packs: [provincial], submission: try #require(loaded), asOf: CivilDate.parseISO("2025-12-31")!)
        #expect(result.notApplicable.isEmpty)
        #expect(result.findings.map(\.status) == [.noData])
        #expect(result.findings.first?.reason == .noUnitsListed([.district]))
        #expect(result.findings.first?.group.code == "P1")
    }

    @Test func aDutyOfEveryDistrictIsJudgedForEveryDistrictIncludingThoseThatSentNothing() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let tasks =
            "task,lead_unit,deliverable,period,status,completed_on\nK,D1,decision,,done,2023-09-15\nK,D2,decision,,not_started,\n"
        let files = [bench.file("u.csv", kind: "units", Self.units), bench.file("t.csv", kind: "tasks", tasks)]
        let rules = rule("K", "task: K\nlead: UBND các huyện\nowner: each district\nwhen: Năm 2023")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-12-31", province: "P1")
        #expect(findings.map(\.group.code) == ["D1", "D2", "D3"])
        #expect(findings.map(\.status) == [.met, .violated, .violated])
        #expect(findings[2].group.name == "Huyện C")
        #expect(findings[2].englishNotes == ["not done (no entry in the task register), due by 31/12/2023"])
        #expect(findings[2].records.first?.position == nil)
    }

    @Test func aMinistrysTaskIsNotTheProvincesAndIsListedOnce() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [
            bench.file("u.csv", kind: "units", Self.units),
            bench.file("t.csv", kind: "tasks", "task,lead_unit,deliverable,period,status,completed_on\n"),
        ]
        let pack = try RulePackParser.parse(
            YAMLParserHelper.document(
                "M", "task: M\nlead: Bộ Kế hoạch và Đầu tư\nwhen: Năm 2021",
                "L", "task: L\nlead: Bộ Tài chính\nowner: [MOF]\nwhen: Năm 2021",
                "P", "task: P\nlead: UBND các tỉnh\nowner: [each province, central]\nwhen: Năm 2021")
        ).pack!
        try bench.writeManifest(files: files, province: "P1")
        let (loaded, _) = SubmissionReader.load(folder: bench.folder)
        let result = Evaluator.evaluate(
            packs: [pack], submission: try #require(loaded), asOf: CivilDate.parseISO("2025-12-31")!)
        #expect(result.findings.map(\.rule.id) == ["P"])
        #expect(result.findings.map(\.group.code) == ["P1"])
        #expect(result.findings.map(\.status) == [.violated])
        #expect(result.notApplicable.map(\.rule.id) == ["M", "L"])
        // On a national submission the central bodies are judged, by the lead units the register names.
        try bench.writeManifest(files: files, province: nil)
        let (national, _) = SubmissionReader.load(folder: bench.folder)
        let nation = Evaluator.evaluate(
            packs: [pack], submission: try #require(national), asOf: CivilDate.parseISO("2025-12-31")!)
        #expect(nation.notApplicable.isEmpty)
        #expect(
            nation.findings.map { "\($0.rule.id) \($0.group.code)" } == ["L MOF", "P P1", "M central", "P central"])
        #expect(nation.findings[2].group.name == "Bộ Kế hoạch và Đầu tư")
        #expect(nation.findings.map(\.status) == [.violated, .violated, .violated, .violated])
    }

    @Test func recordsNamingNoUnitAreJudgedApartNotDropped() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let csv =
            TargetFormTests.header + "A1,a,HTX,agriculture,P1,D1,X1,2020-01-01,active,10,true,true,4,1,false,false\n"
            + "A2,b,HTX,agriculture,P1,,X1,2020-01-01,active,10,false,true,4,1,false,false\n"
        let files = [bench.file("u.csv", kind: "units", Self.units), bench.file("c.csv", kind: "cooperatives", csv)]
        let rules = rule(
            "D",
            "dataset: cooperatives\nmeasure: count(linked_with_enterprise)\ntarget: ít nhất 1\nowner: each district")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2025-06-30", province: "P1")
        #expect(findings.map(\.group.code) == ["(none)", "D1", "D2", "D3"])
        #expect(findings.map(\.status) == [.violated, .met, .violated, .violated])
        // Once the district level ended (30/6/2025), no district owes it, and records naming no
        // district are not made a group of their own.
        let later = try bench.evaluate(files: files, rules: rules, asOf: "2025-12-31", province: "P1")
        #expect(later.map(\.group.code) == ["D1", "D2", "D3"])
        #expect(later.map(\.status) == [.notOwed, .notOwed, .notOwed])
        #expect(
            later.map(\.reason)
                == Array(repeating: .ownerCeased(lastDay: FindingReason.districtLevelEnded, level: .district), count: 3)
        )
    }

    @Test func aDistrictDutyOnDataWithoutDistrictsSaysTheLevelEnded() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let units = "code,name,level,parent_code\nP1,Province,province,\nX1,Xã Một,commune,P1\n"
        let csv =
            TargetFormTests.header + "A1,a,HTX,agriculture,P1,,X1,2020-01-01,active,10,true,true,4,1,false,false\n"
        let files = [bench.file("u.csv", kind: "units", units), bench.file("c.csv", kind: "cooperatives", csv)]
        let rules = rule(
            "D",
            "dataset: cooperatives\nmeasure: count(linked_with_enterprise)\ntarget: ít nhất 1\nowner: each district")
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2026-12-31", province: "P1")
        #expect(findings.map(\.group.code) == ["P1"])
        #expect(findings.map(\.status) == [.notOwed])
        #expect(findings.map(\.reason) == [.ownerCeased(lastDay: FindingReason.districtLevelEnded, level: .district)])
        // Before the reorganisation its record naming no district is judged on its own.
        let earlier = try bench.evaluate(files: files, rules: rules, asOf: "2025-06-30", province: "P1")
        #expect(earlier.map(\.group.code) == ["(none)"])
    }

    @Test func anAveragePerUnitDividesByEveryUnitOwed() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let units = "code,name,level,parent_code\nP1,a,province,\nP2,b,province,\nP3,c,province,\nP4,d,province,\n"
        // Two of four provinces report 16 models each: 32 over 4 provinces is 8 each, not 16.
        let indicators = "unit,indicator,year,value\nP1,models,2021,16\nP2,models,2021,16\n"
        let files = [bench.file("u.csv", kind: "units", units), bench.file("i.csv", kind: "indicators", indicators)]
        let rules = rule(
            "AVG",
            "dataset: indicators\nwhere: indicator == \"models\"\nmeasure: sum(value) / units(province)\ntarget: ít nhất 16\nwhen: hằng năm"
        )
        let findings = try bench.evaluate(files: files, rules: rules, asOf: "2021-12-31", period: "2021-2025")
        #expect(findings.map(\.status) == [.violated])
        #expect(findings[0].observation?.years.map(\.value) == [8])
    }
}

/// Builds a small pack from rule ids and bodies.
enum YAMLParserHelper {
    static func document(province: String? = nil, _ parts: String...) throws -> YAMLDocument {
        try document(province: province, parts)
    }

    /// A pack of rules given as id, body, id, body…; a provincial pack when it names a province.
    static func document(province: String? = nil, _ parts: [String]) throws -> YAMLDocument {
        var rules = ""
        for i in stride(from: 0, to: parts.count, by: 2) { rules += rule(parts[i], parts[i + 1]) }
        let binds = province.map { ", province: \"\($0)\"" } ?? ""
        let text = """
            coopcheck: 1
            pack: test
            document: { number: T/1, date: 2021-01-01, issuer: T, title: T, title_en: T, seed: t.txt, period: 2021-2025\(binds) }
            rules:

            """ + rules
        return try YAMLParser.parse(text, file: "test.yaml")
    }
}
