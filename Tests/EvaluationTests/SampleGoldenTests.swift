import DataLoading
import Evaluation
import Expressions
import Foundation
import Reporters
import Rules
import TestSupport
import Testing

/// The embedded sample against the shipped rule packs: golden JSON at two dates, and every rule
/// gives a finding.
@Suite struct SampleGoldenTests {
    static func evaluate(asOf: String) throws -> EvaluationResult {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        #expect(!ruleSet.hasErrors)
        let (submission, report) = SubmissionReader.load(folder: TestPaths.root.appendingPathComponent("Samples/dak-nong-2025").path)
        let loaded = try #require(submission, "\(report.diagnostics)")
        return Evaluator.evaluate(packs: ruleSet.packs, submission: loaded, asOf: CivilDate.parseISO(asOf)!)
    }

    static func json(_ result: EvaluationResult) -> String {
        JSONReporter.generateReport(result, options: ReportOptions()).replacingOccurrences(of: TestPaths.root.path + "/", with: "")
    }

    @Test(arguments: ["2025-12-31", "2024-06-30"])
    func jsonReportMatchesGolden(asOf: String) throws {
        let output = Self.json(try Self.evaluate(asOf: asOf))
        let golden = TestPaths.tests.appendingPathComponent("EvaluationTests/Fixtures/dak-nong-2025.as-of-\(asOf).json")
        if let problem = Golden.mismatch(output, goldenFile: golden) {
            Issue.record(Comment(rawValue: problem))
        }
        #expect(output == Self.json(try Self.evaluate(asOf: asOf)), "the same inputs give byte-identical output")
    }

    @Test func noTargetDueIn2030IsViolatedIn2024() throws {
        let result = try Self.evaluate(asOf: "2024-06-30")
        let violated2030 = result.findings.filter { $0.status == .violated && $0.due?.year == 2030 }
        #expect(violated2030.map(\.rule.id) == [])
    }

    @Test func everyRuleGivesAFindingAndNoneIsAnError() throws {
        let result = try Self.evaluate(asOf: "2025-12-31")
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        let withFindings = Set(result.findings.map(\.rule.id))
        #expect(ruleSet.rules.map(\.id).filter { !withFindings.contains($0) } == [])
        #expect(result.findings.filter { $0.status == .error }.map(\.rule.id) == [])
        let statuses = Set(result.findings.map(\.status))
        #expect(statuses.isSuperset(of: [.met, .violated, .atRisk]))
        #expect(result.findings.contains { $0.records.contains { $0.note.hasPrefix("late: arrived 17/12/2025") } })
    }
}
