import Foundation
import TestSupport
import Testing

/// `coopcheck rules lint|list|explain`: exit codes, output and help.
@Suite struct RulesCommandTests {
    static let lintFixtures = TestPaths.tests.appendingPathComponent("RulesTests/Fixtures/lint").path
    static let fixtures = TestPaths.tests.appendingPathComponent("CLITests/Fixtures")
    static let rules = TestPaths.root.appendingPathComponent("Rules").path

    @Test func lintOfABrokenPackPrintsOneLinePerProblemAndExits2() {
        let run = Run("rules", "lint", Self.lintFixtures + "/unknown-keys.yaml")
        #expect(run.status == 2)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(
            lines.first?.hasSuffix("unknown-keys.yaml:1:1: error: the rule pack is missing required key 'document'")
                == true)
        #expect(run.err == "coopcheck: 1 pack file, 0 valid rules: 10 errors, 0 warnings\n")
    }

    @Test func lintOfAValidPackExits0() {
        let run = Run("rules", "lint", Self.lintFixtures + "/valid.yaml")
        #expect(run.status == 0)
        #expect(run.out == "")
        #expect(run.err == "coopcheck: 1 pack file, 4 valid rules: no problems\n")
    }

    @Test func lintRejectsAnAliasBombWithExit2() {
        let run = Run("rules", "lint", Self.lintFixtures + "/bomb.yaml")
        #expect(run.status == 2)
        #expect(run.out.contains("bomb.yaml:"))
        #expect(run.out.contains("alias"))
    }

    @Test func lintOfAMissingPathExits2() {
        let run = Run("rules", "lint", "/nonexistent/rules")
        #expect(run.status == 2)
        #expect(
            run.out
                == "/nonexistent/rules:1:1: error: no such file or folder; give a rule-pack file or a folder of them\n")
    }

    @Test func unknownOptionIsAUsageErrorWithExit2() {
        let run = Run("rules", "lint", "--no-such-option")
        #expect(run.status == 2)
        #expect(run.err.contains("Unknown option '--no-such-option'"))
    }

    @Test(arguments: [
        ["--help"], ["rules", "--help"], ["rules", "lint", "--help"], ["rules", "list", "--help"],
        ["rules", "explain", "--help"], ["check", "--help"], ["validate", "--help"], ["generate", "--help"],
    ])
    func helpIsCompleteWithExamplesAndExits0(arguments: [String]) {
        let run = Run(arguments)
        #expect(run.status == 0)
        #expect(run.out.contains("EXAMPLES:"))
        #expect(run.out.contains("USAGE:"))
    }

    @Test func listMatchesGolden() {
        let run = Run("rules", "list", "--rules", Self.lintFixtures + "/valid.yaml")
        #expect(run.status == 0)
        if let problem = Golden.mismatch(
            run.out, goldenFile: Self.fixtures.appendingPathComponent("list-valid.expected"))
        {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func explainMatchesGolden() {
        let run = Run("rules", "explain", "--rules", Self.lintFixtures + "/valid.yaml", "T.share")
        #expect(run.status == 0)
        let output = run.out.replacingOccurrences(of: Self.lintFixtures + "/", with: "")
        if let problem = Golden.mismatch(
            output, goldenFile: Self.fixtures.appendingPathComponent("explain-share.expected"))
        {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func explainOfAnUnknownIDSuggestsTheClosestAndExits2() {
        let run = Run("rules", "explain", "--rules", Self.lintFixtures + "/valid.yaml", "T.shar")
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("error: no rule 'T.shar' in "))
        #expect(run.err.hasSuffix("; did you mean 'T.share'?\n"))
    }

    @Test func theShippedPacksLintClean() {
        let run = Run("rules", "lint", Self.rules)
        #expect(run.status == 0)
        #expect(run.out == "")
    }
}
