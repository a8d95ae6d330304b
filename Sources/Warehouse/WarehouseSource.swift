import DataContract
import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Rules

/// A database that runs fact queries: PostgreSQL through its client, or any engine a test drives.
public protocol SQLEngine: Sendable {
    /// Runs each query, in order, giving each one's rows as text cells (nil for NULL).
    func run(_ queries: [String]) async throws(WarehouseError) -> [[[String?]]]
}

/// A submission as the submissions table describes it.
public struct DatabaseSubmission: Sendable {
    public let id: String
    public let manifest: Manifest
}

/// Submissions held in a database, evaluated by queries that compute each rule's facts there:
/// the findings are then made by the same code as a check of files.
public struct WarehouseSource: Sendable {
    public let engine: any SQLEngine
    public let dialect: Dialect
    public let layout: Layout

    public init(engine: any SQLEngine, dialect: Dialect, layout: Layout = .standard) {
        self.engine = engine
        self.dialect = dialect
        self.layout = layout
    }

    /// Every submission of the submissions table, or only the one named `id`.
    public func submissions(only id: String? = nil) async throws(WarehouseError) -> [DatabaseSubmission] {
        let query = FactCompiler(dialect: dialect, layout: layout).submissions()
        let rows = try await engine.run([query])[0]
        let all = try rows.enumerated().map { index, row throws(WarehouseError) in try submission(row, line: index + 1)
        }
        guard !all.isEmpty else { throw .noSubmissions(table: layout.submissions) }
        guard let id else { return all }
        guard let one = all.first(where: { $0.id == id }) else {
            throw .unknownSubmission(id, known: all.map(\.id))
        }
        return [one]
    }

    /// Evaluates one submission at `asOf` (default: the end of its period), as `Evaluator.check`
    /// evaluates a folder; a `part` of several judges no national target itself.
    public func evaluate(
        packs: [RulePack], _ submission: DatabaseSubmission, asOf: CivilDate? = nil, part: Bool = false,
        include: (Rule) -> Bool = { _ in true }
    ) async throws(WarehouseError) -> EvaluationResult {
        var session = EvaluationSession(
            packs: packs, folder: submission.id, manifest: submission.manifest,
            asOf: asOf ?? submission.manifest.period.upperBound, part: part, include: include)
        let compiler = FactCompiler(dialect: dialect, layout: layout, submission: submission.id)
        let plans = session.factPlans
        let queries = compiler.queries(plans)
        let results = try await engine.run([compiler.units()] + queries.map(\.sql))
        let reader = FactReader(layout: layout)
        for row in results[0] { session.addUnit(try reader.record(row, .units)) }
        var byPlan: [[(role: FactQuery.Role, rows: [[String?]])]] = Array(repeating: [], count: plans.count)
        for (query, rows) in zip(queries, results.dropFirst()) { byPlan[query.plan].append((query.role, rows)) }
        for (index, plan) in plans.enumerated() {
            session.absorb(try reader.facts(plan, byPlan[index]), forPlan: index)
        }
        return session.finish()
    }

    /// A row of the submissions table as a manifest: the data sets it lists are the files it has.
    private func submission(_ row: [String?], line: Int) throws(WarehouseError) -> DatabaseSubmission {
        let table = layout.submissions
        func text(_ i: Int) -> String? { row[i].flatMap { $0.isEmpty ? nil : $0 } }
        func date(_ i: Int) throws(WarehouseError) -> CivilDate {
            let name = Layout.submissionColumns[i - 1].name
            guard let text = row[i], case .date(let day) = FactReader.value(text, .date) else {
                throw .badCell(table: table, column: name, text: row[i] ?? "NULL")
            }
            return day
        }
        guard let id = text(0) else { throw .badCell(table: table, column: layout.submissionColumn, text: "NULL") }
        let from = try date(4)
        let to = try date(5)
        guard from <= to else { throw .badCell(table: table, column: "period_to", text: row[5] ?? "") }
        let location = SourcePosition(file: table, line: line, column: 1)
        var files: [Manifest.DataFile] = []
        for word in (text(7) ?? "").split(separator: ",") {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let kind = DatasetKind(rawValue: name) else {
                throw .badCell(table: table, column: "datasets", text: row[7] ?? "")
            }
            files.append(Manifest.DataFile(path: layout.table(kind), kind: kind, location: location))
        }
        let manifest = Manifest(
            unit: text(1) ?? "", unitName: text(2), province: text(3), period: from...to, preparedOn: try date(6),
            conventions: Conventions(), files: files, location: location)
        return DatabaseSubmission(id: id, manifest: manifest)
    }
}
