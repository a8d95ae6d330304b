import Foundation
import TestSupport
import Testing

/// `validate` and `check` on the Lâm Đồng 2026 sample (map of 1/7/2025), against golden files:
/// a clerk's report in Vietnamese, and the JSON of the rules the reorganisation changes.
@Suite struct PostReformSampleCommandTests {
    static let sample = TestPaths.root.appendingPathComponent("Samples/lam-dong-2026").path
    static let rules = TestPaths.root.appendingPathComponent("Rules").path

    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let golden = TestPaths.tests.appendingPathComponent("CLITests/Fixtures/lam-dong-2026/\(name)")
        if let problem = Golden.mismatch(LanguageTests.normalized(text), goldenFile: golden) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    @Test func validatePasses() {
        let run = Run("validate", Self.sample, "--lang", "vi")
        #expect(run.status == 0)
        Self.expectGolden(run.out + run.err, "validate.vi.txt")
    }

    /// The whole report in Vietnamese, as Markdown: a row per finding, so the golden does not
    /// depend on where the sample lies (text wraps its paths).
    @Test func checkInVietnameseMatchesGolden() {
        let run = Run("check", "--rules", Self.rules, "--data", Self.sample, "--lang", "vi", "--format", "markdown")
        #expect(run.status == 1)
        Self.expectGolden(run.out, "check.vi.md")
    }

    @Test func jsonSaysWhyDistrictDutiesAreNotJudged() throws {
        let run = Run(
            "check", "--rules", Self.rules, "--data", Self.sample, "--format", "json", "--rule", "KH127.IV.1",
            "--rule", "KH188.II.1", "--rule", "KH188.III.1.a1")
        #expect(run.status == 1)
        Self.expectGolden(run.out, "check-reorganisation.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        let districtDuty = try #require(findings.first { $0["rule"] as? String == "KH127.IV.1" })
        #expect(districtDuty["status"] as? String == "not_owed")
        let reason = try #require(districtDuty["reason"] as? [String: Any])
        #expect(reason["code"] as? String == "owner_ceased")
        let packs = try #require(root["former_province_packs"] as? [[String: Any]])
        #expect(packs.map { $0["communes"] as? Int } == [28, 28])
    }
}
