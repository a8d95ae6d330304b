import AdministrativeMap
import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Rules
import TestSupport
import Testing

/// The Lâm Đồng 2026 sample, on the map of 1/7/2025: no district duty is judged after the
/// district level ended, and the plans of former Đắk Nông are judged on its area only.
@Suite struct PostReformSampleTests {
    static func evaluate() throws -> EvaluationResult {
        try SampleGoldenTests.evaluate(asOf: "2026-12-31", sample: "lam-dong-2026")
    }

    @Test func findingsMatchGolden() throws {
        let output = SampleGoldenTests.data(try Self.evaluate())
        let golden = TestPaths.tests.appendingPathComponent(
            "EvaluationTests/Fixtures/lam-dong-2026.as-of-2026-12-31.txt")
        if let problem = Golden.mismatch(output, goldenFile: golden) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func noDistrictDutyIsJudgedAfterTheDistrictsEnded() throws {
        let result = try Self.evaluate()
        let districtRules = result.findings.filter { $0.rule.owner.levels.contains(.district) }
        #expect(!districtRules.isEmpty)
        for finding in districtRules where finding.group.level == .district || finding.group.code == "68" {
            #expect([.notOwed].contains(finding.status), "\(finding.rule.id) \(finding.group.code) \(finding.status)")
        }
        // Every such rule says why: the district level ended, or (for what fell due earlier) the
        // former province owed it.
        let reasons = Set(districtRules.filter { $0.status == .notOwed }.map(\.reason))
        #expect(
            reasons == [
                .ownerCeased(lastDay: FindingReason.districtLevelEnded, level: .district),
                .dueBeforeMerger(mergedOn: AdministrativeMap.reorganised),
            ])
    }

    @Test func theDakNongPlansAreJudgedOnTheFormerProvincesAreaOnly() throws {
        let result = try Self.evaluate()
        #expect(result.skipped.isEmpty)
        #expect(
            result.formerProvinces.map { "\($0.pack.id) \($0.former.code)→\($0.successor.code) \($0.communes)" } == [
                "kh-127-2023-dak-nong 67→68 28", "kh-188-2021-dak-nong 67→68 28",
            ])
        // 90% of communes with an effective cooperative: the base is the 28 communes of former
        // Đắk Nông, not Lâm Đồng's others.
        let coverage = try #require(result.findings.first { $0.rule.id == "KH188.II.1" })
        #expect(coverage.group.code == "68")
        #expect(coverage.observation?.denominator == 28)
        // Cooperatives of the other communes of Lâm Đồng count for the national programmes only.
        let national = try #require(result.findings.first { $0.rule.id == "CTPH254.PL.4.1" })
        let provincial = result.findings.filter { $0.pack.id == "kh-127-2023-dak-nong" && $0.rule.id == "KH127.II.2.b" }
        #expect(national.status == .contribution && provincial.count == 1)
    }

    @Test func aSubmissionWithoutTheFormerAreaSaysThePlansAreNotJudged() throws {
        let bench = Workbench()
        defer { bench.remove() }
        let files = [
            bench.file(
                "units.csv", kind: "units",
                "code,name,level,parent_code\n68,Tỉnh Lâm Đồng,province,\n68201,Phường Xuân Hương - Đà Lạt,commune,68\n"
            ),
            bench.file(
                "cooperatives.csv", kind: "cooperatives",
                "id,name,kind,sector,province,commune,founded_on,status\n6800001,HTX A,HTX,agriculture,68,68201,2020-01-01,active\n"
            ),
        ]
        let packs = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path]).packs
        func evaluate(period: String, asOf: String) throws -> EvaluationResult {
            try bench.writeManifest(files: files, period: period, province: "68")
            let (submission, report) = SubmissionReader.load(folder: bench.folder)
            return Evaluator.evaluate(
                packs: packs, submission: try #require(submission, "\(report.diagnostics)"),
                asOf: CivilDate.parseISO(asOf)!)
        }
        let result = try evaluate(period: "2026", asOf: "2026-12-31")
        #expect(result.formerProvinces.map(\.communes) == [0, 0])
        #expect(result.findings.filter { $0.pack.document.province == "67" }.isEmpty)
        // Before the merger a province-68 submission is old Lâm Đồng's: Đắk Nông's plans are skipped, and say so.
        let before = try evaluate(period: "2024", asOf: "2024-12-31")
        #expect(before.formerProvinces.isEmpty)
        #expect(before.skipped.map(\.pack.id) == ["kh-127-2023-dak-nong", "kh-188-2021-dak-nong"])
    }
}
