import DataContract
import DataLoading
import Diagnostics
import Expressions
import Rules

/// Runs a rule on its own examples: each example's records form a small submission, the rule is
/// evaluated at the example's date, and every finding must have the expected status.
public enum ExampleRunner {
    /// One problem per example whose outcome differs, at the example's position.
    public static func check(_ rule: Rule, in pack: RulePack) -> [Diagnostic] {
        rule.examples.flatMap { run($0, rule, pack) }
    }

    static func run(_ example: RuleExample, _ rule: Rule, _ pack: RulePack) -> [Diagnostic] {
        let (records, problems) = ExampleRecords.decode(
            kind: rule.dataset, rows: example.records.map { ($0.fields, $0.location) })
        let (units, unitProblems) = ExampleRecords.decode(
            kind: .units, rows: example.units.map { ($0.fields, $0.location) })
        if !(problems + unitProblems).isEmpty { return problems + unitProblems }
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
        let wrong = findings.filter { $0.status != example.expect }
        guard findings.isEmpty || !wrong.isEmpty else { return [] }
        let got = wrong.map { RulePackProblem.ExampleOutcome(status: $0.status.rawValue, group: $0.group.code) }
        return [
            .error(
                at: example.location,
                .rulePack(
                    .exampleFails(
                        rule: rule.id, expected: example.expect.rawValue,
                        asOf: asOf.description, got: got)))
        ]
    }
}
