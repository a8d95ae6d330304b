import ArgumentParser
import Diagnostics
import Evaluation
import Messages
import Rules

/// `coopcheck rules test`: every rule evaluated on its own examples.
struct RulesTestCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule on its own examples and report those whose result differs.",
        discussion: """
            Each example of a rule (`examples:` in its pack) is a small submission with the status \
            the rule must give it. The rule is evaluated on it at the example's `as_of` date (by \
            default the rule's due date) and every finding must have the expected status. Each \
            example that differs is printed as `file:line:column: error: message`; a rule without \
            examples, or without both a passing and a failing one, is a warning.

            Exit codes: 0 when every example passes, 1 when one does not, 2 for invalid packs.

            EXAMPLES:
              coopcheck rules test
              coopcheck rules test Rules/kh-127-2023-dak-nong.yaml
              coopcheck rules test --strict Rules
            """)

    @Argument(
        help: ArgumentHelp(
            "Rule-pack files or folders of them; without any, the packs built into coopcheck.", valueName: "PATH"))
    var paths: [String] = []

    @Flag(help: "Fail (exit 1) on rules that lack a passing and a failing example too.")
    var strict = false

    @OptionGroup var language: LanguageOption

    static let passing: Set<FindingStatus> = [.met, .onTrack]
    static let failing: Set<FindingStatus> = [.violated, .atRisk, .noData]

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let ruleSet = RuleLoader.load(pathsOrEmbedded: paths)
        guard !ruleSet.hasErrors else {
            for diagnostic in ruleSet.diagnostics { console.line(c.line(diagnostic)) }
            console.note(c.notice(.packsInvalidRunLint))
            return .invalidInput
        }
        var failures: [ExampleRunner.Failure] = []
        var examples = 0
        for pack in ruleSet.packs {
            for rule in pack.rules {
                examples += rule.examples.count
                failures += ExampleRunner.failures(rule, in: pack)
                let expected = Set(rule.examples.map(\.expect))
                if expected.isDisjoint(with: Self.passing) || expected.isDisjoint(with: Self.failing) {
                    let warning = Diagnostic.warning(at: rule.location, .rulePack(.examplesIncomplete(rule: rule.id)))
                    failures.append(ExampleRunner.Failure(diagnostic: warning))
                }
            }
        }
        // In reading order; under each failing example, what each finding that differs says.
        let diagnostics = failures.map(\.diagnostic)
        let order = Dictionary(diagnostics.sortedForOutput().enumerated().map { ($1, $0) }) { first, _ in first }
        for failure in failures.sorted(by: { order[$0.diagnostic]! < order[$1.diagnostic]! }) {
            console.line(c.line(failure.diagnostic))
            for finding in failure.findings { console.line("    \(c.group(finding.group)): \(c.message(finding))") }
        }
        let failed = diagnostics.errorCount
        console.note(
            c.notice(
                .examplesSummary(
                    rules: ruleSet.rules.count, examples: examples, failed: failed,
                    warnings: diagnostics.warningCount)))
        return failed > 0 || (strict && diagnostics.warningCount > 0) ? .findings : .success
    }
}
