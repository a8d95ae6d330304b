import Reporters
import Rules
import TestSupport
import Testing

/// docs/rule-packs.md starts with what `coopcheck rules list --format markdown` prints (`make
/// docs`); what follows the marker `<!-- reviews -->` is written by hand and kept.
@Suite struct RulePackListingTests {
    static let marker = "<!-- reviews -->"

    @Test func theCommittedCatalogueIsCurrent() throws {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        let path = TestPaths.root.appendingPathComponent("docs/rule-packs.md")
        let committed = try String(contentsOf: path, encoding: .utf8)
        let kept = try #require(committed.range(of: Self.marker), "docs/rule-packs.md lost its reviews marker")
        let expected = RulePackListing.markdown(ruleSet.packs) + "\n" + committed[kept.lowerBound...]
        if let problem = Golden.mismatch(expected, goldenFile: path) {
            Issue.record(Comment(rawValue: problem + " (or run `make docs`)"))
        }
    }
}
