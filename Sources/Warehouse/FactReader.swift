import DataContract
import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation

/// Reads the rows of a plan's queries back into the facts a session absorbs, and rows of a
/// data set's table back into records.
struct FactReader {
    let layout: Layout

    func facts(_ plan: FactPlan, _ results: [(role: FactQuery.Role, rows: [[String?]])]) throws(WarehouseError)
        -> RuleFacts
    {
        let kind = plan.rule.dataset
        switch plan.form {
        case .aggregate(let aggregate):
            var facts = AggregateFacts()
            var distinct: [Bool: [Int: [Key: [Value]]]] = [:]
            for (role, rows) in results {
                guard case .distinct(let call, let before) = role else { continue }
                let type = argumentType(aggregate.calls[call].arguments[0], kind)
                for row in rows {
                    let key = try self.key(row, kind)
                    distinct[before, default: [:]][call, default: [:]][key, default: []].append(
                        try cell(row[3], type, kind, "value"))
                }
            }
            for (role, rows) in results {
                switch role {
                case .states(let before):
                    let states = try rows.map { row throws(WarehouseError) in
                        try state(row, aggregate, kind, distinct: distinct[before] ?? [:])
                    }
                    if before { facts.foundedBefore = states } else { facts.states = states }
                case .baselines:
                    facts.baselines = try rows.map { row throws(WarehouseError) in
                        let value = try cell(row[2], .decimal, kind, "value")
                        return (try cell(row[1], .string, kind, "unit_group"), RowEvaluator.number(value) ?? 0)
                    }
                case .distinct, .selected, .failing, .records: continue
                }
            }
            return .aggregate(facts)
        case .requirement:
            var facts = RequirementFacts()
            for (role, rows) in results {
                switch role {
                case .selected:
                    facts.selected = try rows.map { row throws(WarehouseError) in
                        (try cell(row[1], .string, kind, "unit_group"), try count(row[2], kind, "selected"))
                    }
                case .failing:
                    facts.failing = try rows.map { row throws(WarehouseError) in
                        let missing = try cell(row.last ?? nil, .bool, kind, "missing")
                        return (try record(row, kind), missing == .bool(true))
                    }
                case .states, .distinct, .baselines, .records: continue
                }
            }
            return .requirement(facts)
        case .records:
            return .records(try results.flatMap { $0.rows }.map { row throws(WarehouseError) in try record(row, kind) })
        }
    }

    struct Key: Hashable {
        let group: Value
        let year: Int
    }

    private func key(_ row: [String?], _ kind: DatasetKind) throws(WarehouseError) -> Key {
        let year = try count(row[2], kind, "year")
        return Key(group: try cell(row[1], .string, kind, "unit_group"), year: year)
    }

    private func state(
        _ row: [String?], _ plan: AggregatePlan, _ kind: DatasetKind, distinct: [Int: [Key: [Value]]]
    ) throws(WarehouseError) -> AggregateFacts.State {
        let key = try self.key(row, kind)
        var column = 4
        var calls: [Accumulation] = []
        for (i, call) in plan.calls.enumerated() {
            var state = Accumulation(distinct: distinct[i]?[key] ?? [])
            for part in StatePart.parts(of: call.function) {
                let text = row[column]
                let name = "c\(i)_\(part)"
                column += 1
                switch part {
                case .hits: state.hits = try count(text, kind, name)
                case .numbers: state.numbers = try count(text, kind, name)
                case .perYearHits: state.perYearHits = try count(text, kind, name)
                case .sum: state.sum = try number(text, kind, name)
                case .denominatorSum: state.denominatorSum = try number(text, kind, name)
                case .extreme:
                    let value = try cell(text, argumentType(call.arguments[0], kind), kind, name)
                    state.extreme = value == .null ? nil : value
                }
            }
            calls.append(state)
        }
        return AggregateFacts.State(
            group: key.group, year: key.year, selected: try count(row[3], kind, "selected"), calls: calls)
    }

    /// A whole record: the submission, every field, its row and line.
    func record(_ row: [String?], _ kind: DatasetKind) throws(WarehouseError) -> Record {
        var values: [Value] = []
        for (i, field) in kind.fields.enumerated() { values.append(try cell(row[i + 1], field.type, kind, field.name)) }
        let n = kind.fields.count
        let line = try count(row[n + 2], kind, Layout.lineColumn, missing: -1)
        let ordinal = try count(row[n + 1], kind, Layout.rowColumn)
        return Record(
            kind: kind, values: values,
            position: SourcePosition(file: layout.table(kind), line: line >= 0 ? line : ordinal, column: 1))
    }

    /// The type an aggregate's argument has: its field's, or a number's for arithmetic.
    private func argumentType(_ expression: Expressions.Expression, _ kind: DatasetKind) -> ValueType {
        if case .field(let name, _) = expression, let type = kind.schema[name] { return type }
        return .decimal
    }

    private func count(_ text: String?, _ kind: DatasetKind, _ column: String, missing: Int = 0) throws(WarehouseError)
        -> Int
    {
        guard let text else { return missing }
        guard let n = Int(text) else {
            throw .badCell(table: layout.table(kind), column: column, text: text)
        }
        return n
    }

    private func number(_ text: String?, _ kind: DatasetKind, _ column: String) throws(WarehouseError) -> Decimal {
        RowEvaluator.number(try cell(text, .decimal, kind, column)) ?? 0
    }

    /// A cell as a value of its column's type; NULL is `null`.
    func cell(_ text: String?, _ type: ValueType, _ kind: DatasetKind, _ column: String) throws(WarehouseError)
        -> Value
    {
        guard let text else { return .null }
        if let value = Self.value(text, type) { return value }
        throw .badCell(table: layout.table(kind), column: column, text: text)
    }

    static func value(_ text: String, _ type: ValueType) -> Value? {
        switch type {
        case .string, .enumeration: return .string(text)
        case .integer: return Int64(text).map(Value.integer)
        case .decimal:
            return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).map(Value.decimal)
        case .date: return CivilDate.parseISO(text.prefix(10)).map(Value.date)
        case .bool:
            switch text.lowercased() {
            case "true", "t", "1": return .bool(true)
            case "false", "f", "0": return .bool(false)
            default: return nil
            }
        }
    }
}
