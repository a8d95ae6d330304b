import Diagnostics
import Foundation
import History
import Messages
import Rules
import TestSupport
import Testing

/// A finding of the sample kind, varied by what the tests compare.
func finding(
    _ rule: String, _ status: FindingStatus, observed: String? = nil, in submission: String = "dak-nong-2025",
    group: String = "national"
) -> StoredFinding {
    StoredFinding(
        key: FindingKey(submission: submission, pack: "kh-188-2021-dak-nong", rule: rule, group: group), status: status,
        severity: "error", observed: observed.flatMap { Decimal(string: $0) },
        observedText: observed.map { LocalizedText(vi: $0, en: $0) }, target: ">= 0.45", due: "2025-12-31",
        title: LocalizedText(vi: "tiêu đề \(rule)", en: "title \(rule)"),
        message: LocalizedText(vi: "vi \(rule)", en: "\(status.rawValue) \(rule)"), recordCount: 2)
}

func outcome(_ name: String, valid: Bool = true, asOf: String = "2025-12-31") -> SubmissionOutcome {
    SubmissionOutcome(
        name: name, path: "Samples/\(name)", asOf: valid ? asOf : nil, status: valid ? .checked : .invalid,
        errorCount: valid ? 0 : 1,
        warningCount: 0,
        firstError: valid
            ? nil
            : LocalizedText(
                vi: "Samples/\(name)/cooperatives.csv:4:1: lỗi: mã HTX '6700001' bị trùng",
                en: "Samples/\(name)/cooperatives.csv:4:1: error: duplicate cooperative id '6700001'"))
}

func record(
    asOf: String, findings: [StoredFinding], scorecards: [StoredScorecard] = [], submissions: [SubmissionOutcome]
) -> RunRecord {
    RunRecord(
        startedAt: Date(timeIntervalSince1970: 1_764_460_800), finishedAt: Date(timeIntervalSince1970: 1_764_460_805),
        asOfRule: "period_end", asOf: asOf, configuration: "nightly.yaml", toolVersion: "0.1.0",
        inputs: [
            RunInput(
                kind: .rulePack, name: "kh-188-2021-dak-nong", path: "Rules/kh-188-2021-dak-nong.yaml", sha256: "ab12",
                version: "188/KH-UBND (2021-09-06)")
        ],
        submissions: submissions, findings: findings, scorecards: scorecards)
}

func temporaryHistory() -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-history-\(UUID().uuidString)")
    return folder.appendingPathComponent("history.sqlite").path
}

/// Runs `body`, which must throw a history error with exactly this message.
func expectError(
    _ message: String, otherwise: Comment, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws(HistoryError) -> Void
) {
    do {
        try body()
        Issue.record(otherwise, sourceLocation: sourceLocation)
    } catch {
        #expect(English().historyError(error) == message, sourceLocation: sourceLocation)
    }
}

@Suite struct HistoryStoreTests {
    @Test func aRecordedRunReadsBackAsWritten() throws {
        let path = temporaryHistory()
        let store = try HistoryStore(path: path, create: true)
        let findings = [
            finding("KH188.II.1", .violated, observed: "0.8028"), finding("KH188.II.2.1", .met, observed: "0.41"),
        ]
        let cards = [
            StoredScorecard(
                submission: "dak-nong-2025", pack: "kh-188-2021-dak-nong", group: "national",
                counts: [.met: 1, .violated: 1])
        ]
        let id = try store.record(
            record(
                asOf: "2025-12-31", findings: findings, scorecards: cards,
                submissions: [outcome("dak-nong-2025"), outcome("duplicate-id", valid: false)]))
        #expect(id == 1)

        let reopened = try HistoryStore(path: path, create: false)
        let runs = try reopened.runs()
        #expect(runs.count == 1)
        #expect(runs[0].startedAt == "2025-11-30T00:00:00Z")
        #expect(runs[0].finishedAt == "2025-11-30T00:00:05Z")
        #expect(runs[0].asOf == "2025-12-31")
        #expect(runs[0].submissionCount == 2)
        #expect(runs[0].invalidSubmissionCount == 1)
        #expect(runs[0].counts == [.violated: 1, .met: 1])
        #expect(try reopened.findings(ofRun: 1) == findings)
        #expect(try reopened.scorecards(ofRun: 1) == cards)
        #expect(
            try reopened.submissions(ofRun: 1) == [outcome("dak-nong-2025"), outcome("duplicate-id", valid: false)])
        #expect(try reopened.inputs(ofRun: 1).map(\.sha256) == ["ab12"])
    }

    @Test func reopeningMigratesInPlaceAndKeepsTheRuns() throws {
        let path = temporaryHistory()
        try HistoryStore(path: path, create: true).record(
            record(asOf: "2025-06-30", findings: [finding("A", .met)], submissions: [outcome("dak-nong-2025")]))
        try HistoryStore(path: path, create: true).record(
            record(asOf: "2025-12-31", findings: [finding("A", .violated)], submissions: [outcome("dak-nong-2025")]))
        let runs = try HistoryStore(path: path, create: false).runs()
        #expect(runs.map(\.id) == [1, 2])
        #expect(runs.map(\.asOf) == ["2025-06-30", "2025-12-31"])
    }

    @Test func aMissingHistoryIsNotCreatedByReaders() {
        let path = temporaryHistory()
        #expect(throws: HistoryError.self) { try HistoryStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
        do {
            _ = try HistoryStore(path: path, create: false)
        } catch {
            #expect(
                English().historyError(error)
                    == "\(path): error: no history here; record a run first with 'coopcheck run --config FILE' (or give --history)"
            )
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedWithItsName() throws {
        let path = temporaryHistory()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(String(repeating: "not sqlite\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        expectError(
            "\(path): error: not a readable coopcheck history (file is not a database); give another --history, or move this file away to start a new one",
            otherwise: "a text file was opened as a history"
        ) { () throws(HistoryError) in _ = try HistoryStore(path: path, create: true) }
    }

    @Test func aHistoryFromANewerCoopcheckIsRefused() throws {
        let path = temporaryHistory()
        _ = try HistoryStore(path: path, create: true)
        // A migration this coopcheck does not know, as a newer one would have applied.
        try OtherSQLite.run(path, "INSERT INTO grdb_migrations VALUES ('v9: from the future')")
        expectError(
            "\(path): error: this history was written by a newer coopcheck; use that version to read it",
            otherwise: "a newer history was opened"
        ) { () throws(HistoryError) in _ = try HistoryStore(path: path, create: false) }
    }

    @Test func runsAreNamedByIdAndUnknownOnesSaySoWithTheKnownRange() throws {
        let path = temporaryHistory()
        let store = try HistoryStore(path: path, create: true)
        expectError(
            "\(path): error: a comparison needs two runs and the history holds 0; record another with 'coopcheck run'",
            otherwise: "an empty history was compared"
        ) { () throws(HistoryError) in _ = try store.diff() }
        try store.record(record(asOf: "2025-06-30", findings: [], submissions: []))
        try store.record(record(asOf: "2025-12-31", findings: [], submissions: []))
        expectError(
            "\(path): error: no run 7 in the history; runs 1 to 2 are recorded (see 'coopcheck history')",
            otherwise: "run 7 was found"
        ) { () throws(HistoryError) in _ = try store.diff(from: 1, to: 7) }
        for (a, b) in [(Int64(2), Int64?.none), (1, 1)] {
            expectError(
                "\(path): error: both runs to compare are run \(a); give two different runs (see 'coopcheck history')",
                otherwise: "run \(a) was compared with itself"
            ) { () throws(HistoryError) in _ = try store.diff(from: a, to: b) }
        }
        #expect(try store.diff(from: 2, to: 1).from?.id == 2, "backwards is allowed")
    }

    @Test func trendsListEachFindingsObservedValuesOldestFirst() throws {
        let store = try HistoryStore(path: temporaryHistory(), create: true)
        for (asOf, value) in [("2025-03-31", "0.30"), ("2025-06-30", "0.35"), ("2025-09-30", "0.41")] {
            try store.record(
                record(
                    asOf: asOf,
                    findings: [finding("KH188.II.2.1", .onTrack, observed: value), finding("KH188.PL.III.1", .atRisk)],
                    submissions: [outcome("dak-nong-2025", asOf: asOf)]))
        }
        let key = FindingKey(
            submission: "dak-nong-2025", pack: "kh-188-2021-dak-nong", rule: "KH188.II.2.1", group: "national")
        let all = try store.trends(lastRuns: 10)
        #expect(all.keys.map(\.rule) == ["KH188.II.2.1"])
        #expect(all[key]!.map(\.asOf) == ["2025-03-31", "2025-06-30", "2025-09-30"])
        #expect(
            all[key]!.map(\.value) == [Decimal(string: "0.30")!, Decimal(string: "0.35")!, Decimal(string: "0.41")!])
        #expect(try store.trends(lastRuns: 2)[key]!.map(\.run) == [2, 3])
    }
}
