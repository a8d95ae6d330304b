import DataContract
import DataLoading
import Expressions
import Foundation

/// The statements that put a validated submission into a layout's tables: its row of the
/// submissions table and every record, in reading order with its source line, replacing
/// whatever was loaded under the same id before. PostgreSQL gets `COPY … FROM STDIN` blocks
/// (psql runs them); DuckDB and Spark get `INSERT`s, or with CSV files one bulk load per table.
public struct LoadScript: Sendable {
    public let dialect: Dialect
    public let layout: Layout
    /// Rows per `INSERT`.
    public var batch = 500

    public init(dialect: Dialect, layout: Layout = .standard) {
        self.dialect = dialect
        self.layout = layout
    }

    /// One table's rows, with its columns.
    struct Table {
        let name: String
        let columns: [String]
        let types: [ValueType]
        let rows: [[Value]]
    }

    /// The whole load of `submission` under `id`, as one script.
    public func statements(_ submission: LoadedSubmission, id: String) -> String {
        script(submission, id: id) { table in
            dialect == .postgres ? copy(table) : inserts(table)
        }
    }

    /// Writes the load as a CSV file per table (`TABLE.csv` in `folder`, made if missing) and
    /// returns the statements that read them: what a bulk load of a large submission wants.
    public func csv(_ submission: LoadedSubmission, id: String, into folder: URL) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written: (any Error)?
        let statements = script(submission, id: id) { table in
            let file = folder.appendingPathComponent(table.name + ".csv")
            do {
                try csvText(table, header: true).write(to: file, atomically: true, encoding: .utf8)
            } catch {
                written = written ?? error
            }
            return bulkLoad(table, path: file.path)
        }
        if let written { throw written }
        return statements
    }

    private func script(_ submission: LoadedSubmission, id: String, load: (Table) -> String) -> String {
        var out = "-- coopcheck: submission \(id), loaded from \(submission.folder) (\(dialect.title)).\n"
        if let begin = dialect.begin { out += begin + "\n" }
        let key = dialect.identifier(layout.submissionColumn)
        if dialect.deletes {
            for table in [layout.submissions] + DatasetKind.allCases.map(layout.table) {
                out += "DELETE FROM \(dialect.table(table)) WHERE \(key) = \(dialect.string(id));\n"
            }
        }
        for table in tables(submission, id: id) where !table.rows.isEmpty { out += load(table) }
        if let commit = dialect.commit { out += commit + "\n" }
        return out
    }

    func tables(_ submission: LoadedSubmission, id: String) -> [Table] {
        let m = submission.manifest
        let kinds = DatasetKind.allCases.filter { submission.has($0) }.map(\.rawValue).joined(separator: ",")
        let facts: [Value] = [
            .string(id), .string(m.unit), m.unitName.map(Value.string) ?? .null, m.province.map(Value.string) ?? .null,
            .date(m.period.lowerBound), .date(m.period.upperBound), .date(m.preparedOn), .string(kinds),
        ]
        var tables = [
            Table(
                name: layout.submissions, columns: [layout.submissionColumn] + Layout.submissionColumns.map(\.name),
                types: [.string] + Layout.submissionColumns.map(\.type), rows: [facts])
        ]
        for kind in DatasetKind.allCases {
            let rows = (submission.records[kind] ?? []).enumerated().map { ordinal, record in
                [.string(id)] + record.values + [.integer(Int64(ordinal + 1)), .integer(Int64(record.position.line))]
            }
            tables.append(
                Table(
                    name: layout.table(kind),
                    columns: [layout.submissionColumn] + kind.fields.map(\.name) + [
                        Layout.rowColumn, Layout.lineColumn,
                    ],
                    types: [.string] + kind.fields.map(\.type) + [.integer, .integer], rows: rows))
        }
        return tables
    }

    private func columnList(_ table: Table) -> String {
        "(" + table.columns.map(dialect.identifier).joined(separator: ", ") + ")"
    }

    private func inserts(_ table: Table) -> String {
        stride(from: 0, to: table.rows.count, by: batch).map { start in
            "INSERT INTO \(dialect.table(table.name)) \(columnList(table)) VALUES\n"
                + table.rows[start..<min(start + batch, table.rows.count)].map {
                    "(" + $0.map(dialect.literal).joined(separator: ", ") + ")"
                }.joined(separator: ",\n") + ";\n"
        }.joined()
    }

    /// PostgreSQL's `COPY … FROM STDIN`, its rows following as CSV up to `\.`.
    private func copy(_ table: Table) -> String {
        "COPY \(dialect.table(table.name)) \(columnList(table)) FROM STDIN WITH (FORMAT csv);\n"
            + csvText(table, header: false) + "\\.\n"
    }

    private func bulkLoad(_ table: Table, path: String) -> String {
        let name = dialect.table(table.name)
        switch dialect {
        case .postgres:
            return "\\copy \(name) \(columnList(table)) FROM \(dialect.string(path)) WITH (FORMAT csv, HEADER true)\n"
        case .duckdb:
            return "COPY \(name) \(columnList(table)) FROM \(dialect.string(path)) (FORMAT csv, HEADER true);\n"
        case .spark:
            // Spark reads a CSV file as a view of text columns, cast on the way into the table.
            let view = dialect.identifier("coopcheck_load_" + table.name.replacingOccurrences(of: ".", with: "_"))
            let casts = zip(table.columns, table.types).map {
                "CAST(\(dialect.identifier($0)) AS \(dialect.type($1)))"
            }
            return "CREATE OR REPLACE TEMPORARY VIEW \(view) USING csv OPTIONS (path \(dialect.string(path)), "
                + "header 'true');\nINSERT INTO \(name) SELECT \(casts.joined(separator: ", ")) FROM \(view);\n"
        }
    }

    /// Rows as CSV: a missing value is an empty field, text is always quoted (so an empty text
    /// is not a missing one), numbers, dates and booleans as SQL reads them.
    private func csvText(_ table: Table, header: Bool) -> String {
        var out = header ? table.columns.joined(separator: ",") + "\n" : ""
        for row in table.rows {
            out += row.map(Self.csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    static func csvField(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .decimal(let d): Dialect.plain(d)
        case .date(let d): d.description
        case .string(let s): "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
