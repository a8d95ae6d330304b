import DataContract
import Expressions

/// Where a warehouse keeps submissions: a table per data set whose columns are the contract's
/// fields, plus the submission each row belongs to and where it was loaded from; and a table of
/// submissions, one row per submission with the facts its manifest gives. `standard` is what
/// `coopcheck sql schema` creates; a source configuration names other tables.
public struct Layout: Hashable, Sendable {
    /// The table of each data set.
    public var tables: [DatasetKind: String]
    /// The table of submissions.
    public var submissions: String
    /// The column every table names a row's submission in.
    public var submissionColumn: String

    /// The columns of the submissions table, in order, with their types.
    public static let submissionColumns: [(name: String, type: ValueType)] = [
        ("unit", .string), ("unit_name", .string), ("province", .string), ("period_from", .date),
        ("period_to", .date), ("prepared_on", .date), ("datasets", .string),
    ]
    /// The reading order of a row among its submission's records of the data set (1, 2, …).
    public static let rowColumn = "source_row"
    /// The line of its file the row was loaded from.
    public static let lineColumn = "source_line"

    public static let standard = Layout(
        tables: Dictionary(uniqueKeysWithValues: DatasetKind.allCases.map { ($0, $0.rawValue) }),
        submissions: "coopcheck_submissions", submissionColumn: "submission")

    public func table(_ kind: DatasetKind) -> String { tables[kind] ?? kind.rawValue }

    /// The `CREATE TABLE` statements of every table, in the dialect.
    public func schema(_ dialect: Dialect) -> String {
        var text = "-- coopcheck: the tables of submissions, \(dialect.title).\n"
        text += "-- One table per data set, one column per field of the data format (docs/data-format.md).\n\n"
        let key = dialect.identifier(submissionColumn)
        text += create(
            submissions,
            [(key, dialect.textType + " NOT NULL")]
                + Self.submissionColumns.map { (dialect.identifier($0.name), dialect.type($0.type)) }, dialect)
        for kind in DatasetKind.allCases {
            let columns =
                [(key, dialect.textType + " NOT NULL")]
                + kind.fields.map { (dialect.identifier($0.name), dialect.type($0.type)) }
                + [(dialect.identifier(Self.rowColumn), "BIGINT"), (dialect.identifier(Self.lineColumn), "BIGINT")]
            text += "\n" + create(table(kind), columns, dialect)
        }
        return text
    }

    private func create(_ table: String, _ columns: [(String, String)], _ dialect: Dialect) -> String {
        "CREATE TABLE IF NOT EXISTS \(dialect.table(table)) (\n"
            + columns.map { "  \($0.0) \($0.1)" }.joined(separator: ",\n") + "\n)\(dialect.tableOptions);\n"
    }
}
