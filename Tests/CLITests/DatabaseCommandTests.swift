import CoopCheckCLI
import Foundation
import TestSupport
import Testing

/// `coopcheck sql` and `check --database`: the samples loaded into a real PostgreSQL server
/// (`make test` starts one on a private port) check as their folders do.
@Suite(.serialized) struct DatabaseCommandTests {
    static let samples = ["dak-nong-2025", "lam-dong-2026"].map {
        TestPaths.root.appendingPathComponent("Samples/\($0)").path
    }

    /// A fresh database with the tables of `sql schema` and the samples loaded by `sql load`,
    /// each under its folder's path, as `check --data` names it; nil when no server runs.
    static func loaded() throws -> String? {
        guard let url = try PostgresServer.freshDatabase("cli") else { return nil }
        let schema = Run("sql", "schema", "--dialect", "postgres")
        #expect(schema.status == 0)
        try PostgresServer.psql(url, schema.out)
        for sample in samples {
            let load = Run("sql", "load", "--id", sample, sample)
            #expect(load.status == 0, "\(load.err)")
            try PostgresServer.psql(url, load.out)
        }
        return url
    }

    /// The report with every place a record is read from named the same.
    static func located(_ report: String) -> String {
        report.replacingOccurrences(of: #""file" : "[^"]*""#, with: #""file" : "…""#, options: .regularExpression)
            .replacingOccurrences(of: #""file": "[^"]*""#, with: #""file": "…""#, options: .regularExpression)
    }

    @Test func eachSampleFromTheDatabaseIsTheJSONOfItsFolder() throws {
        guard let url = try Self.loaded() else { return }
        for sample in Self.samples {
            let database = Run("check", "--database", url, "--submission", sample, "--format", "json")
            let folder = Run("check", "--data", sample, "--format", "json")
            #expect(database.status == 1 && folder.status == 1, "\(database.err)")
            #expect(Self.located(database.out) == Self.located(folder.out), "\(sample)")
            #expect(database.out != folder.out, "records are placed by table, not by file")
            #expect(
                database.out.contains(#""file" : "cooperatives""#) || database.out.contains(#""file": "cooperatives""#))
        }
    }

    @Test func everySubmissionOfTheDatabaseIsJudgedAsTheFoldersTogether() throws {
        guard let url = try Self.loaded() else { return }
        let database = Run("check", "--database", url, "--format", "json")
        let folders = Run(["check", "--format", "json"] + Self.samples.flatMap { ["--data", $0] })
        #expect(database.status == folders.status)
        #expect(Self.located(database.out) == Self.located(folders.out))
    }

    /// A registry of its own: the tables in a schema, named in Vietnamese, the submission column too.
    @Test func aSourceConfigurationNamesTheTablesOfARegistry() throws {
        guard let url = try Self.loaded() else { return }
        var rename = "CREATE SCHEMA registry;\n"
        for (table, name) in [
            ("coopcheck_submissions", "nop_bao_cao"), ("cooperatives", "hop_tac_xa"), ("units", "don_vi"),
            ("indicators", "chi_tieu"), ("reports", "bao_cao"), ("tasks", "nhiem_vu"),
        ] {
            rename += "ALTER TABLE \(table) RENAME COLUMN submission TO ma_ho_so;\n"
            rename += "ALTER TABLE \(table) SET SCHEMA registry;\nALTER TABLE registry.\(table) RENAME TO \(name);\n"
        }
        try PostgresServer.psql(url, rename)
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-source-\(UUID()).yaml")
        try """
        coopcheck_source: 1
        database: \(url)
        submissions: registry.nop_bao_cao
        submission_column: ma_ho_so
        tables:
          cooperatives: registry.hop_tac_xa
          units: registry.don_vi
          indicators: registry.chi_tieu
          reports: registry.bao_cao
          tasks: registry.nhiem_vu

        """.write(to: source, atomically: true, encoding: .utf8)
        let database = Run("check", "--source", source.path, "--submission", Self.samples[1], "--format", "json")
        let folder = Run("check", "--data", Self.samples[1], "--format", "json")
        #expect(database.status == 1, "\(database.err)")
        #expect(Self.located(database.out) == Self.located(folder.out))
        #expect(database.out.contains("registry.hop_tac_xa"))
    }

    @Test func anInvalidSourceConfigurationIsExit2AtItsPositions() throws {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-source-\(UUID()).yaml")
        try """
        coopcheck_source: 1
        database: postgresql://me:secret@db.example.vn/kttt
        tables:
          htx: registry.hop_tac_xa

        """.write(to: source, atomically: true, encoding: .utf8)
        let run = Run("check", "--source", source.path)
        #expect(run.status == 2)
        #expect(
            run.err == """
                \(source.path):2:11: error: the database address must not hold a password, which logs and process \
                lists would show: give it in PGPASSWORD or in a file named by --password-file
                \(source.path):4:3: error: unknown key 'htx' in 'tables'

                """)
        #expect(!run.err.contains("secret"))
    }

    @Test func thePrintedQueriesRunOnTheLoadedTables() throws {
        guard let url = try Self.loaded() else { return }
        let queries = Run("sql", "--dialect", "postgres", "--as-of", "2025-12-31")
        #expect(queries.status == 0)
        let output = try PostgresServer.psql(url, queries.out)
        // The first query counts Đắk Nông's and Lâm Đồng's new farmers'-union cooperatives by province.
        #expect(output.contains("dak-nong-2025"))
        #expect(output.contains("(0 rows)") && output.contains("(1 row)"))
    }

    @Test func anUnknownSubmissionIsExit2NamingThoseThereAre() throws {
        guard let url = try Self.loaded() else { return }
        let run = Run("check", "--database", url, "--submission", "dak-nong")
        #expect(run.status == 2)
        let address = url.replacingOccurrences(of: "postgresql://", with: "")
        #expect(
            run.err.hasSuffix(
                "error: the database postgresql://\(address) holds no submission 'dak-nong'; it holds: "
                    + Self.samples.sorted().joined(separator: ", ") + "\n"))
    }

    @Test func aServerThatDoesNotAnswerIsExit2() {
        let run = Run("check", "--database", "postgresql://coopcheck@127.0.0.1:1/none")
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("error: cannot reach the database postgresql://coopcheck@127.0.0.1:1/none: "))
        #expect(
            run.err.hasSuffix(
                "check the address, that the server runs, and the password in PGPASSWORD or --password-file\n"))
    }

    @Test(arguments: [
        (
            ["--database", "postgresql://me:secret@db/kttt"],
            "Error: --database: the database address must not hold a password"
        ),
        (
            ["--database", "localhost:5432"],
            "Error: --database: 'localhost:5432' is not a database address like postgresql://"
        ),
        (["--database", "postgresql://db/kttt?sslmode=always"], "Error: --database: sslmode 'always' is not one of"),
        (["--submission", "x"], "Error: --submission is used only with --database"),
        (
            ["--database", "postgresql://db/kttt", "--data", "Samples/dak-nong-2025"],
            "Error: give --data or --database, not both"
        ),
    ])
    func badDatabaseOptionsAreUsageErrors(_ arguments: [String], _ message: String) {
        let run = Run(["check"] + arguments)
        #expect(run.status == 2)
        #expect(run.err.hasPrefix(message), "\(run.err)")
        #expect(!run.err.contains("secret"))
    }

    @Test(arguments: ["postgres", "duckdb", "spark"])
    func theSchemaOfEachDialect(_ dialect: String) {
        let run = Run("sql", "schema", "--dialect", dialect)
        #expect(run.status == 0)
        let golden = TestPaths.tests.appendingPathComponent("CLITests/Fixtures/sql/schema.\(dialect).sql")
        #expect(Golden.mismatch(run.out, goldenFile: golden) == nil)
    }

    @Test(arguments: ["postgres", "duckdb", "spark"])
    func theQueriesOfAPackInEachDialect(_ dialect: String) {
        let run = Run("sql", "--dialect", dialect, "--pack", "ctph-254-2024", "--as-of", "2025-12-31")
        #expect(run.status == 0)
        let golden = TestPaths.tests.appendingPathComponent("CLITests/Fixtures/sql/ctph-254-2024.\(dialect).sql")
        #expect(Golden.mismatch(run.out, goldenFile: golden) == nil)
    }

    @Test func aLoadOfAnInvalidSubmissionPrintsItsErrorsAndLoadsNothing() {
        let invalid = TestPaths.root.appendingPathComponent("Samples/invalid/bad-dates").path
        let run = Run("sql", "load", invalid)
        #expect(run.status == 2)
        #expect(run.out == "")
        #expect(
            run.err.hasSuffix(
                "\(invalid)/cooperatives.csv:6:52: error: founded on 15/12/2026, after the reporting period ends (31/12/2025)\n"
                    + "error: the submission \(invalid) is invalid; nothing is loaded (run 'coopcheck validate \(invalid)')\n"
            ))
    }
}
