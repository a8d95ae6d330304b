import DataContract
import Diagnostics
import Foundation
import YAMLNodes

/// A source configuration: which tables of a database hold the submissions, when they are not
/// the tables `coopcheck sql schema` makes, and the database's address.
///
///     coopcheck_source: 1
///     database: postgresql://kttt@db.example.vn:5432/kttt?sslmode=require
///     submissions: registry.nop_bao_cao
///     submission_column: ma_ho_so
///     tables:
///       cooperatives: registry.hop_tac_xa
public struct SourceConfiguration: Hashable, Sendable {
    public static let formatVersion = 1
    static let keys = ["coopcheck_source", "database", "submissions", "submission_column", "tables"]

    /// The database's address; nil when the command line gives it.
    public let database: DatabaseAddress?
    public let layout: Layout

    /// Reads the configuration at `path`; nil with the problems, at their positions, when it is invalid.
    public static func load(path: String, environment: [String: String] = [:]) -> (SourceConfiguration?, [Diagnostic]) {
        let document: YAMLDocument
        do {
            document = try YAMLParser.parseFile(atPath: path)
        } catch {
            return (nil, error.diagnostics)
        }
        var reader = NodeReader()
        let root = document.root
        guard let entries = reader.mapping(root, what: .sourceConfiguration, allowedKeys: keys) else {
            return (nil, reader.diagnostics)
        }
        reader.formatVersion(
            entries, key: "coopcheck_source", expected: formatVersion, format: .sourceConfiguration, in: root)
        var layout = Layout.standard
        if let node = entries["submissions"], let name = reader.text(node, key: "submissions") {
            layout.submissions = name
        }
        if let node = entries["submission_column"], let name = reader.text(node, key: "submission_column") {
            layout.submissionColumn = name
        }
        if let node = entries["tables"],
            let tables = reader.mapping(
                node, what: .sourceTables, allowedKeys: DatasetKind.allCases.map(\.rawValue))
        {
            for (key, value) in tables {
                if let kind = DatasetKind(rawValue: key), let name = reader.text(value, key: key) {
                    layout.tables[kind] = name
                }
            }
        }
        var database: DatabaseAddress?
        if let node = entries["database"], let text = reader.text(node, key: "database") {
            switch DatabaseAddress.parse(text, environment: environment) {
            case .success(let address): database = address
            case .failure(let problem): reader.error(node, .source(problem))
            }
        }
        let diagnostics = reader.diagnostics.sortedForOutput()
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (SourceConfiguration(database: database, layout: layout), diagnostics)
    }
}
