import Diagnostics
import Foundation
import GRDB
import Rules

/// The history of runs in one SQLite file. The schema is migrated in place, never recreated, and
/// a run is written in one transaction: a run killed part-way leaves the earlier runs as they
/// were (SQLite rolls the unfinished transaction back the next time the file is opened).
public struct HistoryStore: Sendable {
    public let path: String
    private let database: DatabaseQueue

    /// Opens the history at `path`, creating it when `create` is set, and brings its schema up to date.
    public init(path: String, create: Bool) throws(HistoryError) {
        self.path = path
        if !create, !FileManager.default.fileExists(atPath: path) { throw .missing(file: path) }
        do {
            if create {
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            database = try DatabaseQueue(path: path, configuration: configuration)
            // Recognise a coopcheck history before anything is written: another program's
            // database is refused, not taken over.
            guard try database.read({ try Self.isHistoryOrEmpty($0) }) else {
                throw HistoryError.notAHistory(file: path)
            }
            if try database.read({ try Self.migrator.hasBeenSuperseded($0) }) {
                throw HistoryError.newerSchema(file: path)
            }
            try Self.migrator.migrate(database)
            try database.write { try $0.execute(sql: "PRAGMA application_id = \(Self.applicationID)") }
        } catch let error as HistoryError {
            throw error
        } catch let error as DatabaseError {
            throw .unreadable(file: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .unreadable(file: path, reason: error.localizedDescription)
        }
    }

    /// The SQLite application id of a coopcheck history ("coop"), set in every history it writes.
    static let applicationID: Int32 = 0x636F_6F70

    /// Whether the database is a coopcheck history (by its application id, or for one written
    /// before the id was set, by its own migrations) or holds nothing yet.
    static func isHistoryOrEmpty(_ db: Database) throws -> Bool {
        let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if id == applicationID { return true }
        guard id == 0 else { return false }
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if tables.isEmpty { return true }
        guard tables.contains("grdb_migrations"), tables.contains("run"), tables.contains("finding") else {
            return false
        }
        let first = try String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid LIMIT 1")
        return first?.hasPrefix("v1: runs, inputs, submissions") == true
    }

    /// The schema, one migration per change; a history written by an earlier coopcheck is
    /// brought forward by the migrations it has not seen.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: runs, inputs, submissions, findings, scorecards") { db in
            try db.execute(
                sql: """
                    CREATE TABLE run (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        started_at TEXT NOT NULL,
                        finished_at TEXT NOT NULL,
                        as_of_rule TEXT NOT NULL,
                        as_of TEXT NOT NULL,
                        configuration TEXT NOT NULL,
                        tool_version TEXT NOT NULL
                    );
                    CREATE TABLE run_input (
                        run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        name TEXT NOT NULL,
                        path TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        version TEXT
                    );
                    CREATE INDEX run_input_run ON run_input(run_id);
                    CREATE TABLE run_submission (
                        run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        path TEXT NOT NULL,
                        as_of TEXT,
                        valid INTEGER NOT NULL,
                        errors INTEGER NOT NULL,
                        warnings INTEGER NOT NULL,
                        first_error TEXT
                    );
                    CREATE INDEX run_submission_run ON run_submission(run_id);
                    CREATE TABLE finding (
                        run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                        submission TEXT NOT NULL,
                        pack TEXT NOT NULL,
                        rule TEXT NOT NULL,
                        grp TEXT NOT NULL,
                        status TEXT NOT NULL,
                        severity TEXT NOT NULL,
                        observed TEXT,
                        observed_text TEXT,
                        target TEXT,
                        due TEXT,
                        title TEXT NOT NULL,
                        title_en TEXT NOT NULL,
                        message TEXT NOT NULL,
                        message_vi TEXT NOT NULL,
                        records INTEGER NOT NULL
                    );
                    CREATE INDEX finding_run ON finding(run_id);
                    CREATE TABLE scorecard (
                        run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                        submission TEXT NOT NULL,
                        pack TEXT NOT NULL,
                        grp TEXT NOT NULL,
                        status TEXT NOT NULL,
                        count INTEGER NOT NULL
                    );
                    CREATE INDEX scorecard_run ON scorecard(run_id);
                    """)
        }
        migrator.registerMigration("v2: Vietnamese observed values and first errors") { db in
            try db.execute(
                sql: """
                    ALTER TABLE finding ADD COLUMN observed_text_vi TEXT;
                    ALTER TABLE run_submission ADD COLUMN first_error_vi TEXT;
                    """)
        }
        migrator.registerMigration("v3: expected provinces not submitted") { db in
            try db.execute(sql: "ALTER TABLE run_submission ADD COLUMN not_submitted INTEGER NOT NULL DEFAULT 0")
        }
        return migrator
    }

    /// Records a run in one transaction and returns its id. `checkpoint`, for tests, is called
    /// inside the transaction after the findings are written.
    @discardableResult
    public func record(_ run: RunRecord, checkpoint: () -> Void = {}) throws(HistoryError) -> Int64 {
        do {
            return try database.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO run (started_at, finished_at, as_of_rule, as_of, configuration, tool_version) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        Self.timestamp(run.startedAt), Self.timestamp(run.finishedAt), run.asOfRule, run.asOf,
                        run.configuration, run.toolVersion,
                    ])
                let id = db.lastInsertedRowID
                let input = try db.makeStatement(sql: "INSERT INTO run_input VALUES (?, ?, ?, ?, ?, ?)")
                for i in run.inputs {
                    try input.execute(arguments: [id, i.kind.rawValue, i.name, i.path, i.sha256, i.version])
                }
                let submission = try db.makeStatement(
                    sql: """
                        INSERT INTO run_submission (run_id, name, path, as_of, valid, errors, warnings, first_error,
                                                    first_error_vi, not_submitted)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for s in run.submissions {
                    try submission.execute(arguments: [
                        id, s.name, s.path, s.asOf, s.valid, s.errorCount, s.warningCount,
                        s.firstError?.en, s.firstError?.vi, s.status == .notSubmitted,
                    ])
                }
                let finding = try db.makeStatement(
                    sql: """
                        INSERT INTO finding (run_id, submission, pack, rule, grp, status, severity, observed, observed_text,
                                             observed_text_vi, target, due, title, title_en, message, message_vi, records)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for f in run.findings {
                    try finding.execute(arguments: [
                        id, f.key.submission, f.key.pack, f.key.rule, f.key.group, f.status.rawValue,
                        f.severity, f.observed.map { "\($0)" }, f.observedText?.en, f.observedText?.vi,
                        f.target, f.due, f.title.vi, f.title.en, f.message.en, f.message.vi,
                        f.recordCount,
                    ])
                }
                checkpoint()
                let card = try db.makeStatement(sql: "INSERT INTO scorecard VALUES (?, ?, ?, ?, ?, ?)")
                for c in run.scorecards {
                    for status in FindingStatus.allCases {
                        guard let n = c.counts[status] else { continue }
                        try card.execute(arguments: [id, c.submission, c.pack, c.group, status.rawValue, n])
                    }
                }
                return id
            }
        } catch {
            throw .writeFailed(file: path, reason: (error as? DatabaseError)?.message ?? error.localizedDescription)
        }
    }

    /// Every recorded run, oldest first, with its counts.
    public func runs() throws(HistoryError) -> [RunSummary] {
        try summaries(of: "SELECT id FROM run")
    }

    /// The last `count` recorded runs (fewer when the history holds fewer), oldest first.
    public func lastRuns(_ count: Int) throws(HistoryError) -> [RunSummary] {
        try summaries(of: "SELECT id FROM run ORDER BY id DESC LIMIT \(count)")
    }

    /// A run by id.
    public func run(_ id: Int64) throws(HistoryError) -> RunSummary {
        if let run = try summaries(of: "SELECT \(id)").first { return run }
        let range = try reading { db in try Row.fetchOne(db, sql: "SELECT MIN(id) AS low, MAX(id) AS high FROM run") }
        let known: ClosedRange<Int64>? = (range?["low"] as Int64?).flatMap { low in
            (range?["high"] as Int64?).map { low...$0 }
        }
        throw .noSuchRun(file: path, id: id, known: known)
    }

    /// The summaries of the runs whose ids `ids` (a SELECT of one column) gives, oldest first;
    /// counting findings only for those runs, so looking up one run does not read the whole history.
    private func summaries(of ids: String) throws(HistoryError) -> [RunSummary] {
        try reading { db in
            var counts: [Int64: [FindingStatus: Int]] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT run_id, status, COUNT(*) AS n FROM finding WHERE run_id IN (\(ids)) GROUP BY run_id, status"
            ) {
                if let status = FindingStatus(rawValue: row["status"]) {
                    counts[row["run_id"], default: [:]][status] = row["n"]
                }
            }
            let sql = """
                SELECT run.*, (SELECT COUNT(*) FROM run_submission s WHERE s.run_id = run.id AND NOT s.not_submitted) AS submissions,
                       (SELECT COUNT(*) FROM run_submission s WHERE s.run_id = run.id AND NOT s.valid AND NOT s.not_submitted) AS invalid
                FROM run WHERE id IN (\(ids)) ORDER BY id
                """
            return try Row.fetchAll(db, sql: sql).map { row in
                RunSummary(
                    id: row["id"], startedAt: row["started_at"], finishedAt: row["finished_at"],
                    asOfRule: row["as_of_rule"],
                    asOf: row["as_of"], configuration: row["configuration"], toolVersion: row["tool_version"],
                    submissionCount: row["submissions"], invalidSubmissionCount: row["invalid"],
                    counts: counts[row["id"]] ?? [:])
            }
        }
    }

    /// A run's findings, in key order.
    public func findings(ofRun id: Int64) throws(HistoryError) -> [StoredFinding] {
        try reading { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM finding WHERE run_id = ? ORDER BY submission, pack, rule, grp", arguments: [id]
            ).map(Self.finding)
        }
    }

    /// A run's scorecards, in key order.
    public func scorecards(ofRun id: Int64) throws(HistoryError) -> [StoredScorecard] {
        try reading { db in
            var cards: [[String]: [FindingStatus: Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM scorecard WHERE run_id = ?", arguments: [id]) {
                guard let status = FindingStatus(rawValue: row["status"]) else { continue }
                cards[[row["submission"], row["pack"], row["grp"]], default: [:]][status] = row["count"]
            }
            return cards.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { k in
                StoredScorecard(submission: k[0], pack: k[1], group: k[2], counts: cards[k]!)
            }
        }
    }

    /// What became of each submission in a run, by name.
    public func submissions(ofRun id: Int64) throws(HistoryError) -> [SubmissionOutcome] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run_submission WHERE run_id = ? ORDER BY name", arguments: [id])
                .map { row in
                    SubmissionOutcome(
                        name: row["name"], path: row["path"], asOf: row["as_of"],
                        status: row["valid"] ? .checked : row["not_submitted"] ? .notSubmitted : .invalid,
                        errorCount: row["errors"],
                        warningCount: row["warnings"], firstError: Self.localized(row, "first_error"))
                }
        }
    }

    /// The inputs a run read, in the order it read them.
    public func inputs(ofRun id: Int64) throws(HistoryError) -> [RunInput] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run_input WHERE run_id = ? ORDER BY rowid", arguments: [id])
                .compactMap { row in
                    RunInput.Kind(rawValue: row["kind"]).map {
                        RunInput(
                            kind: $0, name: row["name"], path: row["path"], sha256: row["sha256"],
                            version: row["version"])
                    }
                }
        }
    }

    /// The observed values of the last `runs` runs, per finding, oldest first: what trend lines are drawn from.
    public func trends(lastRuns runs: Int) throws(HistoryError) -> [FindingKey: [TrendPoint]] {
        try reading { db in
            let sql = """
                SELECT f.run_id, COALESCE(s.as_of, r.as_of) AS as_of, f.submission, f.pack, f.rule, f.grp, f.status, f.observed
                FROM finding f JOIN run r ON r.id = f.run_id LEFT JOIN run_submission s ON s.run_id = f.run_id AND s.name = f.submission
                WHERE f.run_id IN (SELECT id FROM run ORDER BY id DESC LIMIT ?) AND f.observed IS NOT NULL ORDER BY f.run_id
                """
            var trends: [FindingKey: [TrendPoint]] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: [runs]) {
                guard let value = Decimal(string: row["observed"], locale: Self.posix),
                    let status = FindingStatus(rawValue: row["status"])
                else { continue }
                let key = FindingKey(
                    submission: row["submission"], pack: row["pack"], rule: row["rule"], group: row["grp"])
                trends[key, default: []].append(
                    TrendPoint(run: row["run_id"], asOf: row["as_of"], value: value, status: status))
            }
            return trends
        }
    }

    private func reading<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw .unreadable(file: path, reason: (error as? DatabaseError)?.message ?? error.localizedDescription)
        }
    }

    private static func finding(_ row: Row) -> StoredFinding {
        StoredFinding(
            key: FindingKey(submission: row["submission"], pack: row["pack"], rule: row["rule"], group: row["grp"]),
            status: FindingStatus(rawValue: row["status"]) ?? .error, severity: row["severity"],
            observed: (row["observed"] as String?).flatMap { Decimal(string: $0, locale: posix) },
            observedText: localized(row, "observed_text"), target: row["target"], due: row["due"],
            title: LocalizedText(vi: row["title"], en: row["title_en"]),
            message: LocalizedText(vi: row["message_vi"], en: row["message"]), recordCount: row["records"])
    }

    /// A text kept in the column `name` (English) and `name_vi`; runs recorded before the
    /// Vietnamese column existed read the English text in both.
    private static func localized(_ row: Row, _ name: String) -> LocalizedText? {
        guard let english: String = row[name] else { return nil }
        return LocalizedText(vi: row[name + "_vi"] ?? english, en: english)
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    /// UTC, to the second: `2026-11-30T02:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}

/// One run's observed value of a finding, for a trend line.
public struct TrendPoint: Hashable, Sendable {
    /// The run, or nil for the run being reported.
    public let run: Int64?
    public let asOf: String
    public let value: Decimal
    public let status: FindingStatus

    public init(run: Int64?, asOf: String, value: Decimal, status: FindingStatus) {
        self.run = run
        self.asOf = asOf
        self.value = value
        self.status = status
    }
}
