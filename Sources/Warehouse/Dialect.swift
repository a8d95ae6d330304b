import Expressions
import Foundation

/// The SQL engines coopcheck writes for. Everything that differs between them — quoting, types,
/// literals, statements a load needs — is here, one switch per difference; the rest of the SQL
/// is ANSI.
public enum Dialect: String, CaseIterable, Sendable {
    case postgres, duckdb, spark

    /// The engine's name, for comments.
    public var title: String {
        switch self {
        case .postgres: "PostgreSQL"
        case .duckdb: "DuckDB"
        case .spark: "Spark SQL"
        }
    }

    /// A table or column name, quoted so any name is one.
    public func identifier(_ name: String) -> String {
        switch self {
        case .postgres, .duckdb: "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .spark: "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        }
    }

    /// A table's name, which may be qualified by its schema (`registry.cooperatives`): each
    /// part quoted.
    public func table(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { identifier(String($0)) }.joined(
            separator: ".")
    }

    /// A string literal: standard SQL doubles a quote; Spark reads backslash escapes.
    public func string(_ text: String) -> String {
        switch self {
        case .postgres, .duckdb: "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .spark:
            "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }
    }

    /// Text compared in code-point order, as the native evaluator compares it (PostgreSQL's
    /// default collation may follow a language's rules; the others compare bytes).
    func binaryCollation(_ sql: String) -> String {
        self == .postgres ? "(\(sql) COLLATE \"C\")" : sql
    }

    /// A column type for a field's values.
    public func type(_ type: ValueType) -> String {
        switch type {
        case .string, .enumeration: textType
        case .integer: "BIGINT"
        case .decimal: decimalType
        case .date: "DATE"
        case .bool: "BOOLEAN"
        }
    }

    /// The type text is cast to, so every result cell reads the same from any client.
    var textType: String {
        switch self {
        case .postgres: "TEXT"
        case .duckdb: "VARCHAR"
        case .spark: "STRING"
        }
    }

    /// Exact decimals: PostgreSQL's are unbounded; DuckDB and Spark keep 38 digits, 9 after the point.
    var decimalType: String {
        switch self {
        case .postgres: "NUMERIC"
        case .duckdb, .spark: "DECIMAL(38, 9)"
        }
    }

    public func date(_ day: CivilDate) -> String { "DATE '\(day)'" }

    /// A value as a literal of its column's type.
    public func literal(_ value: Value) -> String {
        switch value {
        case .null: "NULL"
        case .bool(let b): b ? "TRUE" : "FALSE"
        case .integer(let i): String(i)
        case .decimal(let d): decimal(d)
        case .string(let s): string(s)
        case .date(let d): date(d)
        }
    }

    /// A decimal literal; Spark reads a bare one with an exponent as a double, so it is cast.
    func decimal(_ value: Decimal) -> String {
        "CAST(\(Self.plain(value)) AS \(decimalType))"
    }

    /// A decimal's digits with a point, as every engine reads a number (no grouping, no exponent).
    static func plain(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    /// What follows a `CREATE TABLE`'s columns: Spark stores plain tables as Parquet files.
    var tableOptions: String { self == .spark ? " USING parquet" : "" }

    /// Statements around a load, so it lands whole or not at all; Spark's tables take none.
    var begin: String? { self == .spark ? nil : "BEGIN;" }
    var commit: String? { self == .spark ? nil : "COMMIT;" }

    /// Whether rows already loaded for a submission can be deleted before it is loaded again
    /// (Spark's plain tables cannot: a team overwrites the partition).
    var deletes: Bool { self != .spark }
}
