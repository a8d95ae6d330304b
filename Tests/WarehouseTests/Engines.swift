import DataLoading
import Evaluation
import Foundation
import Reporters
import Rules
import Synchronization
import SyntheticData
import TestSupport
import Warehouse

/// DuckDB or Spark SQL run by `Tests/Tools/sql_engine.py` (duckdb, pyspark from pip): the tables
/// made and filled once by `scripts`, then every batch of queries on them.
struct ScriptEngine: SQLEngine {
    let engine: String
    /// The database file (DuckDB) or warehouse folder (Spark).
    let target: String

    /// The engine with `scripts` run; nil, having said why, when Python or its module is missing.
    static func prepare(_ engine: String, module: String, scripts: [String]) throws -> ScriptEngine? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-\(engine)-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = engine == "duckdb" ? folder.appendingPathComponent("facts.duckdb").path : folder.path
        let made = ScriptEngine(engine: engine, target: target)
        switch try made.call(scripts: scripts, queries: []) {
        case .missing:
            print("skipped: python3 with \(module) is needed for the \(engine) checks (make setup installs it)")
            return nil
        case .answered: return made
        }
    }

    func run(_ queries: [String]) async throws(WarehouseError) -> [[[String?]]] {
        do {
            guard case .answered(let rows) = try call(scripts: [], queries: queries) else {
                throw WarehouseError.unreachable(reason: "\(engine) is not installed")
            }
            return rows
        } catch let error as WarehouseError {
            throw error
        } catch {
            throw .queryFailed(reason: "\(error)", query: "")
        }
    }

    enum Answer {
        case missing
        case answered([[[String?]]])
    }

    private func call(scripts: [String], queries: [String]) throws -> Answer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", TestPaths.tests.appendingPathComponent("Tools/sql_engine.py").path, engine, target,
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: target).deletingLastPathComponent()
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let request = try JSONSerialization.data(withJSONObject: ["scripts": scripts, "queries": queries])
        let writer = Thread {
            input.fileHandleForWriting.write(request)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorText = Mutex("")
        let errorsRead = DispatchSemaphore(value: 0)
        Thread {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            errorText.withLock { $0 = text }
            errorsRead.signal()
        }.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorsRead.wait()
        let message = errorText.withLock { $0 }
        if process.terminationStatus != 0 {
            if message.contains("No module named") { return .missing }
            throw WarehouseError.queryFailed(reason: message, query: "")
        }
        let answers = try JSONSerialization.jsonObject(with: data) as? [[[Any]]] ?? []
        return .answered(answers.map { $0.map { $0.map { $0 as? String } } })
    }
}

/// A submission checked from its files and from an engine: the JSON reports must be the same
/// but for where records are (a file and line, or a table and line).
enum Equality {
    static let packs = RuleLoader.load(pathsOrEmbedded: []).packs

    /// The schema and a load of each submission, as a test fills an engine with them: PostgreSQL's
    /// `COPY` blocks, or for the others CSV files bulk-loaded.
    static func scripts(_ dialect: Dialect, _ submissions: [(folder: String, id: String)]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-load-\(UUID())")
        var scripts = [Layout.standard.schema(dialect)]
        for (source, id) in submissions {
            let (loaded, report) = SubmissionReader.load(folder: source)
            guard let loaded, report.isValid else { throw LoadError(folder: source) }
            let load = LoadScript(dialect: dialect)
            guard dialect != .postgres else {
                scripts.append(load.statements(loaded, id: id))
                continue
            }
            scripts.append(try load.csv(loaded, id: id, into: folder.appendingPathComponent(id)))
        }
        return scripts
    }

    struct LoadError: Error {
        let folder: String
    }

    /// The findings of a submission folder, named `id`, checked natively.
    static func native(_ folder: String, id: String, part: Bool = false, packs: [RulePack] = packs)
        -> EvaluationResult
    {
        Evaluator.check(packs: packs, folder: folder, submissionName: id, part: part).0!
    }

    /// The JSON report, with every file named the same.
    static func report(_ result: EvaluationResult) -> String {
        JSONReporter.generateReport(result, options: ReportOptions(workingDirectory: TestPaths.root.path))
            .replacingOccurrences(of: #""file" ?: ?"[^"]*""#, with: #""file": "…""#, options: .regularExpression)
    }

    /// Where two reports first differ, or nil when they are the same.
    static func difference(_ native: String, _ engine: String) -> String? {
        guard native != engine else { return nil }
        let a = native.split(separator: "\n", omittingEmptySubsequences: false)
        let b = engine.split(separator: "\n", omittingEmptySubsequences: false)
        let i = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
        return "line \(i + 1):\n  native: \(i < a.count ? a[i] : "(end)")\n  engine: \(i < b.count ? b[i] : "(end)")"
    }

    /// Every submission evaluated from `source` (all of them judged together when several) and
    /// natively from its folder: nil when the reports are the same, else where they differ.
    static func compare(
        _ source: WarehouseSource, _ submissions: [(folder: String, id: String)], packs: [RulePack] = packs
    ) async throws -> String? {
        let part = submissions.count > 1
        var fromEngine: [EvaluationResult] = []
        for submission in try await source.submissions() {
            fromEngine.append(try await source.evaluate(packs: packs, submission, part: part))
        }
        let native = submissions.map { Self.native($0.folder, id: $0.id, part: part, packs: packs) }
        return difference(
            report(EvaluationResult.combining(native)), report(EvaluationResult.combining(fromEngine)))
    }

    /// Each sample from an engine filled with it alone, then the three judged together: nil when
    /// every report is the native one, else which differs and where. Nil as well when `source`
    /// gives no engine (it has said why).
    static func compareSamples(
        _ source: ([(folder: String, id: String)]) throws -> WarehouseSource?
    ) async throws -> String? {
        for batch in samples.map({ [$0] }) + [samples] {
            guard let engine = try source(batch) else { return nil }
            if let difference = try await compare(engine, batch) {
                return "\(batch.map(\.id).joined(separator: " + ")): \(difference)"
            }
        }
        return nil
    }

    /// The samples, and where they are.
    static let samples: [(folder: String, id: String)] = ["dak-nong-2025", "lam-dong-2026", "national-2025"].map {
        (TestPaths.root.appendingPathComponent("Samples/\($0)").path, $0)
    }

    /// A generated submission of `cooperatives` cooperatives, written once per size.
    static func generated(_ cooperatives: Int) throws -> (folder: String, id: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-generated-\(cooperatives)-\(ProcessInfo.processInfo.processIdentifier)")
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("submission.yaml").path) {
            _ = try SubmissionGenerator(cooperatives: cooperatives, seed: 21).write(to: folder.path)
        }
        return (folder.path, "generated-\(cooperatives)")
    }
}
