import DataContract
import DataLoading
import Expressions

/// The statements that put a validated submission into a layout's tables: its row of the
/// submissions table and every record, in reading order with its source line, replacing
/// whatever was loaded under the same id before.
public struct LoadScript: Sendable {
    public let dialect: Dialect
    public let layout: Layout
    /// Rows per `INSERT`.
    public var batch = 500

    public init(dialect: Dialect, layout: Layout = .standard) {
        self.dialect = dialect
        self.layout = layout
    }

    /// The whole load of `submission` under `id`, one statement per line group.
    public func statements(_ submission: LoadedSubmission, id: String) -> String {
        let m = submission.manifest
        var out = "-- coopcheck: submission \(id), loaded from \(submission.folder) (\(dialect.title)).\n"
        if let begin = dialect.begin { out += begin + "\n" }
        let key = dialect.identifier(layout.submissionColumn)
        let tables = [layout.submissions] + DatasetKind.allCases.map(layout.table)
        if dialect.deletes {
            for table in tables {
                out += "DELETE FROM \(dialect.identifier(table)) WHERE \(key) = \(dialect.string(id));\n"
            }
        }
        let kinds = DatasetKind.allCases.filter { submission.has($0) }.map(\.rawValue).joined(separator: ",")
        let facts: [Value] = [
            .string(id), .string(m.unit), m.unitName.map(Value.string) ?? .null, m.province.map(Value.string) ?? .null,
            .date(m.period.lowerBound), .date(m.period.upperBound), .date(m.preparedOn), .string(kinds),
        ]
        out += insert(
            layout.submissions, [layout.submissionColumn] + Layout.submissionColumns.map(\.name), [facts])
        for kind in DatasetKind.allCases {
            let records = submission.records[kind] ?? []
            let columns = [layout.submissionColumn] + kind.fields.map(\.name) + [Layout.rowColumn, Layout.lineColumn]
            var rows: [[Value]] = []
            for (ordinal, record) in records.enumerated() {
                rows.append(
                    [.string(id)] + record.values + [
                        .integer(Int64(ordinal + 1)), .integer(Int64(record.position.line)),
                    ])
                if rows.count == batch {
                    out += insert(layout.table(kind), columns, rows)
                    rows = []
                }
            }
            if !rows.isEmpty { out += insert(layout.table(kind), columns, rows) }
        }
        if let commit = dialect.commit { out += commit + "\n" }
        return out
    }

    private func insert(_ table: String, _ columns: [String], _ rows: [[Value]]) -> String {
        "INSERT INTO \(dialect.identifier(table)) (" + columns.map(dialect.identifier).joined(separator: ", ")
            + ") VALUES\n"
            + rows.map { "(" + $0.map(dialect.literal).joined(separator: ", ") + ")" }.joined(
                separator: ",\n") + ";\n"
    }
}
