import Foundation
import Rules
import TestSupport
import Testing

/// Every rule's quote is found verbatim in its source document (white space collapsed).
@Suite struct RuleQuoteTests {
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test func everyQuoteIsInItsSeed() throws {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        #expect(!ruleSet.hasErrors)
        var missing: [String] = []
        for pack in ruleSet.packs {
            let seed = TestPaths.root.appendingPathComponent("Rules/sources/\(pack.document.seed)")
            let text = Self.collapsed(try String(contentsOf: seed, encoding: .utf8))
            for rule in pack.rules where !text.contains(Self.collapsed(rule.citation.quote)) {
                missing.append("\(rule.location): \(rule.id): \(rule.citation.quote)")
            }
        }
        #expect(missing == [])
    }
}
