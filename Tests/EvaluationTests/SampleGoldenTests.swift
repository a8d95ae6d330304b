import DataLoading
import Diagnostics
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
    static func evaluate(asOf: String, sample: String = "dak-nong-2025") throws -> EvaluationResult {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        #expect(!ruleSet.hasErrors)
        let (submission, report) = SubmissionReader.load(
            folder: TestPaths.root.appendingPathComponent("Samples/\(sample)").path)
        let loaded = try #require(submission, "\(report.diagnostics)")
        return Evaluator.evaluate(packs: ruleSet.packs, submission: loaded, asOf: CivilDate.parseISO(asOf)!)
    }

    /// The findings as data, a line each: pack, rule, group, status, reason, observation, due date
    /// and the records behind it (how many, and the first three with their problem).
    static func data(_ result: EvaluationResult) -> String {
        func figure(_ value: Decimal?) -> String {
            guard var value else { return "nil" }
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, 6, .plain)
            return "\(rounded)"
        }
        return result.findings.map { f in
            var line = "\(f.pack.id) \(f.rule.id) [\(f.group.code)] \(f.status.rawValue) \(f.reason)"
            if let o = f.observation {
                line += " | \(o.kind) \(figure(o.value))"
                if let n = o.numerator, let d = o.denominator { line += " (\(figure(n))/\(figure(d)))" }
                if let met = o.meetsTarget { line += met ? " meets" : " misses" }
                if !o.years.isEmpty {
                    line += " years " + o.years.map { "\($0.year):\(figure($0.value))" }.joined(separator: ",")
                }
            }
            if let due = f.due { line += " | due \(due)" }
            if !f.records.isEmpty {
                line +=
                    " | \(f.records.count) records: "
                    + f.records.prefix(3).map { r in
                        let problem = if case .yearMissed = r.problem { "yearMissed" } else { "\(r.problem)" }
                        return "\(r.id)\(r.position.map { "@\($0.line)" } ?? "") \(problem)"
                    }.joined(separator: "; ")
            }
            return line + "\n"
        }.joined()
    }

    @Test(arguments: ["2025-12-31", "2024-06-30"])
    func findingsMatchGolden(asOf: String) throws {
        let output = Self.data(try Self.evaluate(asOf: asOf))
        let golden = TestPaths.tests.appendingPathComponent("EvaluationTests/Fixtures/dak-nong-2025.as-of-\(asOf).txt")
        if let problem = Golden.mismatch(output, goldenFile: golden) {
            Issue.record(Comment(rawValue: problem))
        }
        #expect(output == Self.data(try Self.evaluate(asOf: asOf)), "the same inputs give the same findings")
    }

    @Test func noTargetDueIn2030IsViolatedIn2024() throws {
        let result = try Self.evaluate(asOf: "2024-06-30")
        let violated2030 = result.findings.filter { $0.status == .violated && $0.due?.year == 2030 }
        #expect(violated2030.map(\.rule.id) == [])
    }

    @Test func everyRuleGivesAFindingOrIsOwedByOthersAndNoneIsAnError() throws {
        let result = try Self.evaluate(asOf: "2025-12-31")
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        let withFindings = Set(result.findings.map(\.rule.id))
        let owedByOthers = Set(result.notApplicable.map(\.rule.id))
        #expect(withFindings.isDisjoint(with: owedByOthers))
        #expect(ruleSet.rules.map(\.id).filter { !withFindings.contains($0) && !owedByOthers.contains($0) } == [])
        // A province is never judged on a ministry's task.
        #expect(result.notApplicable.allSatisfy { $0.rule.owner.includesCentral || !$0.rule.owner.codes.isEmpty })
        #expect(result.findings.filter { $0.status == .error }.map(\.rule.id) == [])
        let statuses = Set(result.findings.map(\.status))
        #expect(statuses.isSuperset(of: [.met, .violated, .atRisk]))
        #expect(result.findings.contains { $0.englishNotes.contains { $0.hasPrefix("late: arrived 17/12/2024") } })
    }
}

/// Across the samples, every pack has both met and violated findings, and no rule is in error.
@Suite struct SampleCoverageTests {
    @Test func everyPackHasMetAndViolatedFindingsOnTheSamples() throws {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        var statuses: [String: Set<FindingStatus>] = [:]
        var evaluated: Set<String> = []
        for name in ["dak-nong-2025", "national-2025"] {
            let (submission, _) = SubmissionReader.load(
                folder: TestPaths.root.appendingPathComponent("Samples/\(name)").path)
            let loaded = try #require(submission)
            let result = Evaluator.evaluate(
                packs: ruleSet.packs, submission: loaded, asOf: loaded.manifest.period.upperBound)
            for finding in result.findings {
                statuses[finding.pack.id, default: []].insert(finding.status)
                evaluated.insert(finding.rule.id)
                #expect(finding.status != .error, "\(finding.rule.id)")
            }
        }
        for pack in ruleSet.packs {
            #expect(
                statuses[pack.id]?.isSuperset(of: [.met, .violated]) == true, "\(pack.id): \(statuses[pack.id] ?? [])")
        }
        #expect(ruleSet.rules.map(\.id).filter { !evaluated.contains($0) } == [])
    }
}
