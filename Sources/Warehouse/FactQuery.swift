import DataContract
import Evaluation
import Expressions
import Foundation
import Rules

/// One query of a rule's facts: its SQL, and what its rows are. Every column is cast to text,
/// so any engine's client reads the cells alike.
public struct FactQuery: Sendable {
    /// The plan (by index among those compiled) whose facts the rows are.
    public let plan: Int
    public let role: Role
    public let sql: String

    public enum Role: Hashable, Sendable {
        /// Per submission, group and year: the records selected and each call's state.
        case states(foundedBefore: Bool)
        /// Per submission, group and year: the distinct values of one call's argument.
        case distinct(call: Int, foundedBefore: Bool)
        /// Per submission and group: the sum of the baseline indicator.
        case baselines
        /// Per submission and group: the records the filter selects.
        case selected
        /// The selected records failing the requirement, whole, and whether it is missing.
        case failing
        /// The records a report or task plan selects, whole.
        case records
    }
}

/// What a state column of an aggregate call holds: the parts of its running state a function needs.
enum StatePart: CaseIterable {
    case hits, sum, numbers, denominatorSum, extreme, perYearHits

    static func parts(of function: AggregateFunction) -> [StatePart] {
        switch function {
        case .count, .share: [.hits]
        case .sum, .avg: [.sum, .numbers]
        case .ratio: [.sum, .denominatorSum]
        case .min, .max: [.extreme]
        case .perYear: [.perYearHits]
        case .distinct, .coverage, .units: []
        }
    }
}

/// Compiles fact plans to queries in one dialect, over one layout, for one submission or all.
public struct FactCompiler: Sendable {
    public let dialect: Dialect
    public let layout: Layout
    /// The submission whose rows are read; nil: every submission, told apart by the first column.
    public let submission: String?

    public init(dialect: Dialect, layout: Layout = .standard, submission: String? = nil) {
        self.dialect = dialect
        self.layout = layout
        self.submission = submission
    }

    /// The queries of every plan, plan by plan.
    public func queries(_ plans: [FactPlan]) -> [FactQuery] {
        plans.enumerated().flatMap { queries($1, index: $0) }
    }

    func queries(_ plan: FactPlan, index: Int) -> [FactQuery] {
        let row = RowSQL(dialect: dialect, kind: plan.rule.dataset)
        let sql = PlanSQL(compiler: self, plan: plan, row: row)
        switch plan.form {
        case .aggregate(let aggregate):
            var roles: [FactQuery.Role] = [.states(foundedBefore: false)]
            roles += aggregate.calls.indices.filter { Self.isDistinct(aggregate.calls[$0].function) }.map {
                .distinct(call: $0, foundedBefore: false)
            }
            if aggregate.foundedBefore != nil { roles += roles.map(\.foundedBefore) }
            if aggregate.baseline != nil, Self.hasIndicators(plan.rule.dataset) { roles.append(.baselines) }
            return roles.map { FactQuery(plan: index, role: $0, sql: sql.aggregate($0, aggregate)) }
        case .requirement(let filter, let requirement):
            return [
                FactQuery(plan: index, role: .selected, sql: sql.selected(filter)),
                FactQuery(plan: index, role: .failing, sql: sql.failing(filter, requirement)),
            ]
        case .records(let field, let value):
            return [FactQuery(plan: index, role: .records, sql: sql.records(where: field, is: value))]
        }
    }

    /// The query of a submission's units file, read whole: who owes what comes from it.
    public func units() -> String {
        let row = RowSQL(dialect: dialect, kind: .units)
        return PlanSQL.wholeRecords(compiler: self, row: row, conditions: [])
    }

    /// The query of the submissions table.
    public func submissions() -> String {
        let columns = [layout.submissionColumn] + Layout.submissionColumns.map(\.name)
        var sql = "SELECT " + columns.map { text(dialect.identifier($0), as: $0) }.joined(separator: ", ")
        sql += "\nFROM \(dialect.table(layout.submissions))"
        if let submission {
            sql += "\nWHERE \(dialect.identifier(layout.submissionColumn)) = \(dialect.string(submission))"
        }
        return sql + "\nORDER BY \(dialect.identifier(layout.submissionColumn))"
    }

    func text(_ sql: String, as name: String) -> String {
        "CAST(\(sql) AS \(dialect.textType)) AS \(dialect.identifier(name))"
    }

    static func isDistinct(_ function: AggregateFunction) -> Bool { function == .distinct || function == .coverage }

    static func hasIndicators(_ kind: DatasetKind) -> Bool {
        ["indicator", "year", "value"].allSatisfy { kind.fieldIndex[$0] != nil }
    }
}

extension FactQuery.Role {
    /// The same query over the records founded before the programme's start.
    var foundedBefore: FactQuery.Role {
        switch self {
        case .states: .states(foundedBefore: true)
        case .distinct(let call, _): .distinct(call: call, foundedBefore: true)
        case .baselines, .selected, .failing, .records: self
        }
    }
}

/// The SQL of one plan's queries.
private struct PlanSQL {
    let compiler: FactCompiler
    let plan: FactPlan
    let row: RowSQL

    var dialect: Dialect { compiler.dialect }
    var submission: String { dialect.identifier(compiler.layout.submissionColumn) }
    var table: String { dialect.table(compiler.layout.table(plan.rule.dataset)) }
    var group: String? { plan.groupField.map(dialect.identifier) }

    /// The conditions every query of a submission starts with.
    static func base(_ compiler: FactCompiler) -> [String] {
        compiler.submission.map {
            ["\(compiler.dialect.identifier(compiler.layout.submissionColumn)) = \(compiler.dialect.string($0))"]
        } ?? []
    }

    /// The submission's, then the rule's filter and the founding cut-off, when there are.
    func conditions(_ filter: Expressions.Expression?, foundedBefore: CivilDate? = nil) -> [String] {
        Self.base(compiler) + selecting(filter, foundedBefore: foundedBefore)
    }

    /// What selects a rule's records among the submission's.
    func selecting(_ filter: Expressions.Expression?, foundedBefore: CivilDate? = nil) -> [String] {
        var conditions: [String] = []
        if let filter { conditions.append(row.sql(filter)) }
        if let foundedBefore {
            conditions.append("\(dialect.identifier("founded_on")) < \(dialect.date(foundedBefore))")
        }
        return conditions
    }

    func select(
        _ columns: [String], where conditions: [String], groupBy keys: [String] = []
    ) -> String {
        var sql = "SELECT " + columns.joined(separator: ",\n       ") + "\nFROM \(table)"
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
        if !keys.isEmpty { sql += "\nGROUP BY " + keys.joined(separator: ", ") }
        if !keys.isEmpty { sql += "\nORDER BY " + keys.joined(separator: ", ") }
        return sql
    }

    /// The group and year columns of an aggregate's rows, and what they are grouped by.
    func keys(_ plan: AggregatePlan) -> (columns: [String], groupBy: [String]) {
        let year = plan.yearField.map { "COALESCE(\(dialect.identifier($0)), 0)" }
        let columns = [
            compiler.text(submission, as: "submission"), compiler.text(group ?? "NULL", as: "unit_group"),
            compiler.text(year ?? "0", as: "year"),
        ]
        return (columns, [submission] + [group, year].compactMap { $0 })
    }

    func aggregate(_ role: FactQuery.Role, _ plan: AggregatePlan) -> String {
        let (keyColumns, groupBy) = keys(plan)
        switch role {
        case .states(let before):
            var columns = keyColumns + [compiler.text("COUNT(*)", as: "selected")]
            for (i, call) in plan.calls.enumerated() {
                for part in StatePart.parts(of: call.function) {
                    columns.append(compiler.text(state(part, call, plan), as: "c\(i)_\(part)"))
                }
            }
            return select(
                columns, where: conditions(plan.filter, foundedBefore: before ? plan.foundedBefore : nil),
                groupBy: groupBy)
        case .distinct(let i, let before):
            let value = row.sql(plan.calls[i].arguments[0])
            let columns = keyColumns + [compiler.text(value, as: "value")]
            return select(
                columns,
                where: conditions(plan.filter, foundedBefore: before ? plan.foundedBefore : nil) + [
                    "\(value) IS NOT NULL"
                ], groupBy: groupBy + [value])
        case .baselines:
            guard let (indicator, year) = plan.baseline else { preconditionFailure("a baseline query has a baseline") }
            let value = dialect.identifier("value")
            let columns = [
                compiler.text(submission, as: "submission"), compiler.text(group ?? "NULL", as: "unit_group"),
                compiler.text("SUM(\(value))", as: "value"),
            ]
            return select(
                columns,
                where: Self.base(compiler) + [
                    "\(dialect.identifier("indicator")) = \(dialect.string(indicator))",
                    "\(dialect.identifier("year")) = \(year)", "\(value) IS NOT NULL",
                ], groupBy: [submission] + [group].compactMap { $0 })
        case .selected, .failing, .records:
            preconditionFailure("an aggregate's queries are of states, distinct values and baselines")
        }
    }

    /// The SQL of one part of an aggregate call's state, as `Accumulator.add` keeps it.
    func state(
        _ part: StatePart, _ call: (function: AggregateFunction, arguments: [Expressions.Expression]),
        _ plan: AggregatePlan
    ) -> String {
        let a = call.arguments.map(row.sql)
        switch part {
        case .hits: return a.isEmpty ? "COUNT(*)" : "SUM(CASE WHEN \(a[0]) THEN 1 ELSE 0 END)"
        case .sum where call.function == .ratio:
            return "SUM(CASE WHEN \(a[1]) IS NOT NULL THEN \(a[0]) END)"
        case .sum: return "SUM(\(a[0]))"
        case .numbers: return "COUNT(\(a[0]))"
        case .denominatorSum: return "SUM(CASE WHEN \(a[0]) IS NOT NULL THEN \(a[1]) END)"
        case .extreme: return call.function == .min ? "MIN(\(a[0]))" : "MAX(\(a[0]))"
        case .perYearHits:
            let (from, to) = (dialect.date(plan.window.lowerBound), dialect.date(plan.window.upperBound))
            return "SUM(CASE WHEN \(a[0]) >= \(from) AND \(a[0]) <= \(to) THEN 1 ELSE 0 END)"
        }
    }

    func selected(_ filter: Expressions.Expression?) -> String {
        let columns = [
            compiler.text(submission, as: "submission"), compiler.text(group ?? "NULL", as: "unit_group"),
            compiler.text("COUNT(*)", as: "selected"),
        ]
        return select(columns, where: conditions(filter), groupBy: [submission] + [group].compactMap { $0 })
    }

    func failing(_ filter: Expressions.Expression?, _ requirement: Expressions.Expression) -> String {
        let test = row.sql(requirement)
        return Self.wholeRecords(
            compiler: compiler, row: row, conditions: selecting(filter) + ["NOT COALESCE(\(test), FALSE)"],
            extra: [compiler.text("(\(test)) IS NULL", as: "missing")])
    }

    func records(where field: String, is value: String) -> String {
        Self.wholeRecords(
            compiler: compiler, row: row, conditions: ["\(dialect.identifier(field)) = \(dialect.string(value))"])
    }

    /// Whole records of a data set, in reading order: the submission, every field, where the row
    /// was loaded from, and `extra` columns.
    static func wholeRecords(
        compiler: FactCompiler, row: RowSQL, conditions: [String], extra: [String] = []
    ) -> String {
        let d = compiler.dialect
        let submission = d.identifier(compiler.layout.submissionColumn)
        let (rowColumn, line) = (d.identifier(Layout.rowColumn), d.identifier(Layout.lineColumn))
        let columns =
            [compiler.text(submission, as: "submission")]
            + row.kind.fields.map { compiler.text(d.identifier($0.name), as: $0.name) }
            + [compiler.text(rowColumn, as: Layout.rowColumn), compiler.text(line, as: Layout.lineColumn)] + extra
        var sql = "SELECT " + columns.joined(separator: ",\n       ")
        sql += "\nFROM \(d.table(compiler.layout.table(row.kind)))"
        let all = base(compiler) + conditions
        if !all.isEmpty { sql += "\nWHERE " + all.joined(separator: "\n  AND ") }
        return sql + "\nORDER BY \(submission), \(rowColumn), \(line)"
    }
}
