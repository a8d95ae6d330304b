import DataContract
import DataLoading
import Diagnostics
import Expressions
import Rules

/// Runs a rule on its own examples: each example's records form a small submission, the rule is
/// evaluated at the example's date, and every finding must have the expected status.
public enum ExampleRunner {
    /// An example that does not give what it expects, at its position, with the findings that
    /// differ (what they say explains why); or an example whose records cannot be read.
    public struct Failure: Sendable {
        public let diagnostic: Diagnostic
        public let findings: [Finding]

        public init(diagnostic: Diagnostic, findings: [Finding] = []) {
            self.diagnostic = diagnostic
            self.findings = findings
        }
    }

    /// One problem per example whose outcome differs, at the example's position.
    public static func check(_ rule: Rule, in pack: RulePack) -> [Diagnostic] {
        failures(rule, in: pack).map(\.diagnostic)
    }

    /// Every example of the rule that fails, in the rule's order.
    public static func failures(_ rule: Rule, in pack: RulePack) -> [Failure] {
        rule.examples.flatMap { run($0, rule, pack) }
    }

    static func run(_ example: RuleExample, _ rule: Rule, _ pack: RulePack) -> [Failure] {
        let (records, problems) = ExampleRecords.decode(
            kind: rule.dataset, rows: example.records.map { ($0.fields, $0.location) })
        let (units, unitProblems) = ExampleRecords.decode(
            kind: .units, rows: example.units.map { ($0.fields, $0.location) })
        if !(problems + unitProblems).isEmpty { return (problems + unitProblems).map { Failure(diagnostic: $0) } }
        let asOf = example.asOf ?? rule.schedule?.due ?? pack.document.period?.upperBound ?? pack.document.date
        var kinds = [rule.dataset]
        if !example.units.isEmpty, rule.dataset != .units { kinds.append(.units) }
        let manifest = Manifest(
            unit: "EXAMPLE", unitName: nil, province: pack.document.province, period: asOf...asOf, preparedOn: asOf,
            conventions: Conventions(),
            files: kinds.map { Manifest.DataFile(path: "\($0).yaml", kind: $0, location: example.location) },
            location: example.location)
        var data: [DatasetKind: [Record]] = [rule.dataset: records]
        if rule.dataset != .units { data[.units] = units }
        let submission = LoadedSubmission(folder: example.location.file, manifest: manifest, records: data)
        let findings = Evaluator.evaluate(packs: [pack], submission: submission, asOf: asOf) { $0.id == rule.id }
            .findings
        // The example's outcome is its worst judged finding: a province's contribution to a
        // national target is shown next to the nation's, not judged.
        let judged =
            findings.contains { $0.status != .contribution } ? findings.filter { $0.status != .contribution } : findings
        guard let outcome = judged.map(\.status).min(), outcome == example.expect else {
            let wrong = judged.filter { $0.status != example.expect }
            let got = wrong.map { RulePackProblem.ExampleOutcome(status: $0.status, group: $0.group.code) }
            let problem = RulePackProblem.exampleFails(
                rule: rule.id, expected: example.expect, asOf: asOf.description, got: got)
            return [Failure(diagnostic: .error(at: example.location, .rulePack(problem)), findings: wrong)]
        }
        return []
    }
}
