import Foundation
import History
import Rules
import TestSupport
import Testing

/// A history written by an earlier coopcheck is migrated in place and keeps its runs. The fixture
/// was written once by coopcheck 0.1.0 (schema v1) and must never be regenerated: when a
/// migration is added, this test is what shows it keeps the runs of the schema before it.
@Suite struct SchemaFixtureTests {
    static let fixture = TestPaths.tests.appendingPathComponent("HistoryTests/Fixtures/history-v1.sqlite")

    @Test func aVersion1HistoryOpensWithItsRunsAndFindings() throws {
        if !FileManager.default.fileExists(atPath: Self.fixture.path),
            ProcessInfo.processInfo.environment["COOPCHECK_UPDATE_GOLDEN"] == "1"
        {
            let store = try HistoryStore(path: Self.fixture.path, create: true)
            try store.record(
                record(
                    asOf: "2025-06-30", findings: [finding("KH188.II.2.1", .onTrack, observed: "0.35")],
                    submissions: [outcome("dak-nong-2025")]))
            try store.record(
                record(
                    asOf: "2025-12-31", findings: [finding("KH188.II.2.1", .met, observed: "0.41")],
                    submissions: [outcome("dak-nong-2025"), outcome("duplicate-id", valid: false)]))
        }
        let copy = temporaryHistory()
        try FileManager.default.createDirectory(
            atPath: (copy as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: copy)
        let store = try HistoryStore(path: copy, create: false)
        let runs = try store.runs()
        #expect(runs.map(\.id) == [1, 2])
        #expect(runs.map(\.asOf) == ["2025-06-30", "2025-12-31"])
        #expect(runs.map(\.invalidSubmissionCount) == [0, 1])
        #expect(try store.findings(ofRun: 2) == [finding("KH188.II.2.1", .met, observed: "0.41")])
        let diff = try store.diff()
        #expect(diff.statusChanges.map(\.key.rule) == ["KH188.II.2.1"])
        #expect(diff.submissionChanges.map(\.name) == ["duplicate-id"])
    }
}
