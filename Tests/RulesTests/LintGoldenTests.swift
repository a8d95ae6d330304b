import Foundation
import Rules
import TestSupport
import Testing

/// The linter's output on broken packs, compared with golden files (`make golden` rewrites them).
@Suite struct LintGoldenTests {
    static let fixtures = TestPaths.tests.appendingPathComponent("RulesTests/Fixtures/lint")

    /// Lints fixture paths and renders the diagnostics with paths relative to the fixtures folder.
    static func lint(_ names: [String]) -> (RuleSet, String) {
        let ruleSet = RuleLoader.load(paths: names.map { fixtures.appendingPathComponent($0).path })
        let prefix = fixtures.path + "/"
        let text = ruleSet.diagnostics
            .map { $0.english.replacingOccurrences(of: prefix, with: "") + "\n" }
            .joined()
        return (ruleSet, text)
    }

    @Test(arguments: ["unknown-keys", "bad-values", "yaml-errors", "bomb", "duplicates"])
    func brokenPackMatchesGolden(name: String) {
        let input = name == "duplicates" ? name : name + ".yaml"
        let (ruleSet, output) = Self.lint([input])
        #expect(ruleSet.hasErrors)
        if let problem = Golden.mismatch(output, goldenFile: Self.fixtures.appendingPathComponent(name + ".expected")) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func validPackHasNoDiagnostics() {
        let (ruleSet, output) = Self.lint(["valid.yaml"])
        #expect(output == "")
        #expect(ruleSet.packs.map(\.id) == ["valid-pack"])
        #expect(ruleSet.rules.map(\.id) == ["T.share", "T.report", "T.task", "T.audit"])
    }

    @Test func everyLineNamesFileLineAndColumn() {
        let (_, output) = Self.lint(["unknown-keys.yaml", "bad-values.yaml", "yaml-errors.yaml", "duplicates"])
        let lines = output.split(separator: "\n")
        #expect(lines.count > 20)
        for line in lines {
            #expect(line.wholeMatch(of: /[^:]+\.yaml:\d+:\d+: (error|warning): .+/) != nil, "\(line)")
        }
    }

    @Test func aPackNamedTwiceIsReadOnce() {
        let (ruleSet, output) = Self.lint(["valid.yaml", "./valid.yaml", "../lint/valid.yaml"])
        #expect(output == "")
        #expect(ruleSet.packs.map(\.id) == ["valid-pack"])
    }

    @Test func theShippedRulePacksAreValid() {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        #expect(ruleSet.diagnostics.map(\.english) == [])
        #expect(ruleSet.packs.count >= 1)
    }
}
