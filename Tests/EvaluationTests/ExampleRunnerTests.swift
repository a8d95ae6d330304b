import Evaluation
import Rules
import TestSupport
import Testing

/// `rules test`: a rule's examples must give their expected status.
@Suite struct ExampleRunnerTests {
    @Test func examplesThatDisagreeAreReportedAtTheirLine() {
        let path = TestPaths.tests.appendingPathComponent("EvaluationTests/Fixtures/examples.yaml").path
        let ruleSet = RuleLoader.load(paths: [path])
        #expect(!ruleSet.hasErrors)
        let pack = ruleSet.packs[0]
        #expect(ExampleRunner.check(pack.rules[0], in: pack).map(\.english) == [])
        let problems = ExampleRunner.check(pack.rules[1], in: pack).map {
            $0.english.replacingOccurrences(of: path, with: "examples.yaml")
        }
        #expect(
            problems == [
                "examples.yaml:31:9: error: rule 'E.wrong' should give met on this example as of 2030-12-31 but gives violated for group national"
            ])
    }

    @Test func theShippedPacksPassTheirExamples() {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        var problems: [String] = []
        for pack in ruleSet.packs {
            for rule in pack.rules {
                problems += ExampleRunner.check(rule, in: pack).map(\.english)
            }
        }
        #expect(problems == [])
    }
}
