import Reporters
import Rules
import TestSupport
import Testing

/// docs/rule-packs.md is what `coopcheck rules list --format markdown` prints (`make docs`).
@Suite struct RulePackListingTests {
    @Test func theCommittedCatalogueIsCurrent() throws {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        let expected = RulePackListing.markdown(ruleSet.packs)
        let path = TestPaths.root.appendingPathComponent("docs/rule-packs.md")
        if let problem = Golden.mismatch(expected, goldenFile: path) {
            Issue.record(Comment(rawValue: problem + " (or run `make docs`)"))
        }
    }
}
